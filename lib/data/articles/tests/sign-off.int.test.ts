// The sign-off promise on the real database: what a leader approves is exactly what readers get.
// Every field a reader sees or that decides when and where a story appears is covered by the
// approval; a live story changes only through a new sign-off; nobody ever credited approves;
// approving names the version seen; the emergency door (unpublish, archive, scheduled removal)
// works while an update is pending.
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { exportWorkflowEventsCsv } from '../../audit/export';
import { refusal } from '../../tests/staff-fixtures';
import { publicArticleBySlug } from '../../public/articles';
import { createArticle } from '../create-article';
import { editorView } from '../editor-view';
import { getStaffArticle } from '../read-article';
import { restoreRevision } from '../restore-revision';
import { saveArticle, type SaveInput } from '../save-article';
import { runDueSchedules } from '../scheduled';
import { transitionArticle } from '../transition-article';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
let sectionId = '';
let otherSectionId = '';
let mediaId = '';
let unitId = '';
const viewers = {} as Record<'reporter' | 'editor' | 'leader' | 'leader2' | 'otherReporter' | 'admin', Viewer & { kind: 'user' }>;

beforeAll(async () => {
  const [a, b] = await db.insert(s.sections).values([{ slug: `so-${run}`, name: `Chuyên mục A ${run}` }, { slug: `so2-${run}`, name: `Chuyên mục B ${run}` }]).returning();
  sectionId = a!.id;
  otherSectionId = b!.id;
  const [unit] = await db.insert(s.units).values({ slug: `u-${run}`, name: `Vụ ${run}` }).returning();
  unitId = unit!.id;
  const [photo] = await db
    .insert(s.media)
    .values({ storageKey: `so-${run}.jpg`, originalFilename: 'anh.jpg', mimeType: 'image/jpeg', byteSize: 10, width: 10, height: 10, sha256: run, alt: 'Ảnh', caption: `Ảnh bìa ${run}` })
    .returning();
  mediaId = photo!.id;
  for (const [key, roles] of [['reporter', ['reporter']], ['otherReporter', ['reporter']], ['editor', ['editor']], ['leader', ['leader']], ['leader2', ['leader']], ['admin', ['admin']]] as const) {
    const [user] = await db.insert(s.users).values({ email: `so-${key}-${run}@test.vn`, name: `${key} ${run}`, roles: [...roles] }).returning();
    viewers[key] = { kind: 'user', id: user!.id, roles: [...roles] as Role[] };
  }
});

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const meeting = (location: string) => ({ startsAt: '2019-12-23T14:00:00+07:00', location, organiserUnitId: unitId, organiserName: '', people: [], participants: '', conclusions: '' });
const base = (title: string): Omit<SaveInput, 'baseVersion'> => ({ title, sapo: 'Sapo của bài.', body: doc('Nội dung'), byline: 'TTTTPT&DBKT', sectionId, tags: ['Kinh tế'] });
const row = async (id: string) => (await db.select().from(s.articles).where(eq(s.articles.id, id)))[0]!;
const events = async (id: string) => db.select().from(s.workflowEvents).where(eq(s.workflowEvents.articleId, id)).orderBy(asc(s.workflowEvents.id));


async function approvedStory(title: string) {
  const ref = await createArticle(viewers.reporter, base(title));
  await transitionArticle(viewers.reporter, ref.id, { event: 'submit' });
  await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
  await transitionArticle(viewers.leader, ref.id, { event: 'approve' });
  return ref;
}

async function liveStory(title: string) {
  const ref = await approvedStory(title);
  await transitionArticle(viewers.editor, ref.id, { event: 'publish' });
  return ref;
}

/** Each field a reader sees or that decides when and where the story appears, with a changed value. */
const CHANGES: Array<[string, () => Partial<SaveInput>]> = [
  ['title', () => ({ title: `Tiêu đề mới ${run}` })],
  ['sapo', () => ({ sapo: 'Sapo khác.' })],
  ['body', () => ({ body: doc('Nội dung khác') })],
  ['byline', () => ({ byline: 'Ban Biên tập' })],
  ['seoTitle', () => ({ seoTitle: 'Tiêu đề SEO' })],
  ['seoDescription', () => ({ seoDescription: 'Mô tả SEO' })],
  ['coverMediaId', () => ({ coverMediaId: mediaId })],
  ['meeting', () => ({ meeting: meeting('Hà Nội') })],
  ['sectionId', () => ({ sectionId: otherSectionId })],
  ['tags', () => ({ tags: ['Kinh tế', 'Hội nghị'] })],
  ['authorIds', () => ({ authorIds: [viewers.reporter.id, viewers.otherReporter.id] })],
  ['slug', () => ({ slug: `duong-dan-khac-${run}-${Math.random().toString(36).slice(2, 6)}` })],
  ['language', () => ({ language: 'en' })],
  ['kind', () => ({ kind: 'meeting_report' })],
  ['embargoUntil', () => ({ embargoUntil: new Date(Date.now() + 86_400_000).toISOString() })],
  ['scheduledUnpublishAt', () => ({ scheduledUnpublishAt: new Date(Date.now() + 86_400_000).toISOString() })],
];

describe('the signed content is the whole story', () => {
  for (const [field, change] of CHANGES) {
    it(`a change to ${field} after approval voids it, and publish is refused`, async () => {
      const ref = await approvedStory(`Duyệt rồi đổi ${field} ${run}`);
      const before = await row(ref.id);
      const saved = await saveArticle(viewers.editor, ref.id, { ...base(`Duyệt rồi đổi ${field} ${run}`), ...change(), baseVersion: before.version });
      expect(saved).toMatchObject({ status: 'in_review', approvalVoided: true, changedFields: [field] });
      const after = await row(ref.id);
      expect(after.approvedRevisionId).toBeNull();
      const refused = await refusal(transitionArticle(viewers.editor, ref.id, { event: 'publish' }));
      expect(refused.code).toBe('conflict');
      expect((await row(ref.id)).liveRevisionId).toBeNull();
      expect((await events(ref.id)).map((e) => e.event)).toContain('approval_voided');
      const [revision] = await db.select().from(s.revisions).where(eq(s.revisions.id, saved.revisionId));
      expect(revision!.changedFields).toEqual([field]);
    });
  }

  it('saving the same version again changes nothing and keeps the approval', async () => {
    const ref = await approvedStory(`Lưu lại y nguyên ${run}`);
    const before = await row(ref.id);
    const saved = await saveArticle(viewers.editor, ref.id, { ...base(`Lưu lại y nguyên ${run}`), baseVersion: before.version });
    expect(saved).toMatchObject({ changed: false, status: 'approved' });
    await transitionArticle(viewers.editor, ref.id, { event: 'publish' });
  });
});

describe('galleries and document cards are signed off with the story', () => {
  const photos: string[] = [];
  const documentIds: string[] = [];

  beforeAll(async () => {
    for (const n of [1, 2]) {
      const [photo] = await db
        .insert(s.media)
        .values({ storageKey: `so-bo-anh-${n}-${run}.jpg`, originalFilename: `bo-anh-${n}.jpg`, mimeType: 'image/jpeg', byteSize: 10, width: 10, height: 10, sha256: `${run}-${n}`, alt: 'Ảnh' })
        .returning();
      photos.push(photo!.id);
    }
    const [type] = await db.select({ id: s.documentTypes.id }).from(s.documentTypes).limit(1);
    const typeId = type?.id ?? (await db.insert(s.documentTypes).values({ name: `Quyết định ${run}`, sortOrder: 1 }).returning())[0]!.id;
    for (const n of [1, 2]) {
      const [document] = await db
        .insert(s.documents)
        .values({ slug: `so-van-ban-${n}-${run}`, status: 'published', typeId, issuer: `Ban ${run}`, numberSymbol: `${n}/QĐ-${run}`, numberKey: `${n}-qd-${run}`, uniqueKey: `${n}-qd-${run}`, issuedOn: '2025-03-07', summary: `Quy chế ${n}` })
        .returning();
      documentIds.push(document!.id);
    }
  });

  const photo = (mediaId: string, extra: Record<string, string> = {}) => ({ mediaId, alt: 'Mô tả', caption: 'Chú thích', credit: 'TTXVN', ...extra });
  const blocks = (items: unknown[], documentId: string) => ({ type: 'doc', content: [{ type: 'gallery', attrs: { items } }, { type: 'documentCard', attrs: { documentId } }] });
  const signedBody = () => blocks([photo(photos[0]!), photo(photos[1]!)], documentIds[0]!);
  const BLOCK_CHANGES: Array<[string, () => unknown]> = [
    ['a gallery caption', () => blocks([photo(photos[0]!, { caption: 'Chú thích đã sửa sau khi duyệt' }), photo(photos[1]!)], documentIds[0]!)],
    ['a gallery credit', () => blocks([photo(photos[0]!), photo(photos[1]!, { credit: 'Nguồn khác' })], documentIds[0]!)],
    ['the order of the gallery', () => blocks([photo(photos[1]!), photo(photos[0]!)], documentIds[0]!)],
    ['the document of a card', () => blocks([photo(photos[0]!), photo(photos[1]!)], documentIds[1]!)],
  ];

  for (const [what, changed] of BLOCK_CHANGES) {
    it(`a change to ${what} after approval voids it, and publish is refused`, async () => {
      const title = `Duyệt bộ ảnh rồi đổi ${what} ${run}`;
      const ref = await createArticle(viewers.reporter, { ...base(title), body: signedBody() });
      await transitionArticle(viewers.reporter, ref.id, { event: 'submit' });
      await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
      await transitionArticle(viewers.leader, ref.id, { event: 'approve' });
      const approved = await row(ref.id);
      const [approval] = await db.select({ hash: s.approvals.contentHash }).from(s.approvals).where(eq(s.approvals.revisionId, approved.approvedRevisionId!));
      const saved = await saveArticle(viewers.editor, ref.id, { ...base(title), body: changed(), baseVersion: approved.version });
      expect(saved).toMatchObject({ status: 'in_review', approvalVoided: true, changedFields: ['body'] });
      // The hash the leader signed is not the new version's: no path can publish it under the old sign-off.
      const [revision] = await db.select({ hash: s.revisions.contentHash }).from(s.revisions).where(eq(s.revisions.id, saved.revisionId));
      expect(revision!.hash).not.toBe(approval!.hash);
      expect((await refusal(transitionArticle(viewers.editor, ref.id, { event: 'publish' }))).code).toBe('conflict');
      expect((await row(ref.id)).liveRevisionId).toBeNull();
    });
  }
});

describe('a live story changes only through a new sign-off', () => {
  // A correction exists only for a story readers saw, so it is checked here and not above.
  const LIVE_CHANGES: typeof CHANGES = [...CHANGES.filter(([f]) => f !== 'slug' && f !== 'embargoUntil'), ['correction', () => ({ correction: 'Bản trước ghi nhầm địa điểm.' })]];
  for (const [field, change] of LIVE_CHANGES) {
    it(`a change to ${field} of a live story reaches readers only once approved and published`, async () => {
      const title = `Đang đăng đổi ${field} ${run}`;
      const ref = await liveStory(title);
      const before = await publicArticleBySlug(ref.slug);
      expect(before.found).toBe('article');
      const live = await row(ref.id);
      const saved = await saveArticle(viewers.editor, ref.id, { ...base(title), ...change(), baseVersion: live.version });
      expect(saved).toMatchObject({ status: 'in_review', changedFields: [field] });

      // Readers still get exactly the approved version, placement included.
      const during = await publicArticleBySlug(ref.slug);
      expect(during).toEqual(before);
      const rowDuring = await row(ref.id);
      for (const column of ['sectionId', 'kind', 'language', 'scheduledUnpublishAt', 'slug'] as const) expect(rowDuring[column]).toEqual(live[column]);
      expect(rowDuring.liveRevisionId).toBe(live.liveRevisionId);

      await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
      await transitionArticle(viewers.leader2, ref.id, { event: 'approve', expectedVersion: (await row(ref.id)).version });
      await transitionArticle(viewers.editor, ref.id, { event: 'publish' });
      const after = await row(ref.id);
      expect(after.liveRevisionId).toBe(saved.revisionId);
      const shown = await publicArticleBySlug(ref.slug);
      expect(shown.found).toBe('article');
      if (shown.found !== 'article') return;
      const story = shown.article;
      const staff = await getStaffArticle(viewers.editor, ref.id);
      const expected: Record<string, unknown> = {
        title: story.title === staff.title,
        sapo: story.sapo === staff.sapo,
        body: JSON.stringify(story.body) === JSON.stringify(staff.body),
        byline: story.meta.byline === staff.meta.byline,
        seoTitle: story.meta.seoTitle === 'Tiêu đề SEO',
        seoDescription: story.meta.seoDescription === 'Mô tả SEO',
        coverMediaId: story.meta.coverMediaId === mediaId,
        meeting: (story.meeting as { location?: string } | null)?.location === 'Hà Nội',
        sectionId: after.sectionId === otherSectionId && story.section?.name === `Chuyên mục B ${run}`,
        tags: story.tags.map((t) => t.name).sort().join() === 'Hội nghị,Kinh tế',
        authorIds: (await db.select().from(s.articleAuthors).where(eq(s.articleAuthors.articleId, ref.id))).length === 2,
        language: story.language === 'en',
        kind: story.kind === 'meeting_report',
        scheduledUnpublishAt: after.scheduledUnpublishAt !== null,
        correction: story.corrections?.[0]?.note === 'Bản trước ghi nhầm địa điểm.',
      };
      expect(expected[field]).toBe(true);
    });
  }

  it('a live story cannot be hidden by moving its embargo into the future: that is a takedown with a reason', async () => {
    const ref = await liveStory(`Đẩy cấm đăng ${run}`);
    const live = await row(ref.id);
    const refused = await refusal(saveArticle(viewers.editor, ref.id, { ...base(`Đẩy cấm đăng ${run}`), embargoUntil: new Date(Date.now() + 365 * 86_400_000).toISOString(), baseVersion: live.version }));
    expect(refused.userMessage).toMatch(/Gỡ bài/);
    expect((await row(ref.id)).version).toBe(live.version);
    expect((await publicArticleBySlug(ref.slug)).found).toBe('article');
  });

  it('a removal time in the past is refused', async () => {
    const ref = await createArticle(viewers.reporter, base(`Gỡ trong quá khứ ${run}`));
    const refused = await refusal(saveArticle(viewers.reporter, ref.id, { ...base(`Gỡ trong quá khứ ${run}`), scheduledUnpublishAt: new Date(Date.now() - 60_000).toISOString(), baseVersion: 1 }));
    expect(refused.userMessage).toMatch(/tương lai/);
  });
});

describe('nobody credited approves', () => {
  it('a leader once credited as co-author may not approve after removing themself, and the change is recorded', async () => {
    const ref = await createArticle(viewers.reporter, { ...base(`Đồng tác giả lãnh đạo ${run}`), authorIds: [viewers.reporter.id, viewers.leader.id] });
    await transitionArticle(viewers.reporter, ref.id, { event: 'submit' });
    await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
    const waiting = await row(ref.id);
    // The leader may edit while approving: they take themself off the byline…
    await saveArticle(viewers.leader, ref.id, { ...base(`Đồng tác giả lãnh đạo ${run}`), authorIds: [viewers.reporter.id], baseVersion: waiting.version });
    const authors = await db.select().from(s.articleAuthors).where(eq(s.articleAuthors.articleId, ref.id));
    expect(authors.map((a) => a.userId)).toEqual([viewers.reporter.id]);
    // …and still may not sign it off.
    const refused = await refusal(transitionArticle(viewers.leader, ref.id, { event: 'approve' }));
    expect(refused.code).toBe('forbidden');
    const recorded = (await events(ref.id)).find((e) => e.event === 'authors_changed');
    expect(recorded).toMatchObject({ actorId: viewers.leader.id, data: { removed: [viewers.leader.id], added: [] } });
    expect(recorded!.note).toMatch(/Bỏ: leader/);
    await transitionArticle(viewers.leader2, ref.id, { event: 'approve' });
  });
});

describe('approve names the version seen', () => {
  it('a change saved by someone else in between is not approved unseen; the refusal names it and links the diff', async () => {
    const ref = await createArticle(viewers.reporter, base(`Phiên bản đã xem ${run}`));
    await transitionArticle(viewers.reporter, ref.id, { event: 'submit' });
    await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
    const seen = await row(ref.id);
    // leader2 edits the section and the title while leader reads the old version.
    await saveArticle(viewers.leader2, ref.id, { ...base(`Phiên bản đã sửa ${run}`), sectionId: otherSectionId, baseVersion: seen.version });
    const refused = await refusal(transitionArticle(viewers.leader, ref.id, { event: 'approve', expectedVersion: seen.version }));
    expect(refused.code).toBe('conflict');
    expect(refused.details).toMatchObject({ reason: 'stale', changes: { fields: ['title', 'sectionId'] } });
    expect(refused.userMessage).toMatch(/Tiêu đề và chuyên mục/);
    const link = refused.details!.link as { href: string };
    expect(link.href).toBe(`/toa-soan/bai-viet/${ref.id}/phien-ban?a=${seen.currentRevisionId}&b=${(await row(ref.id)).currentRevisionId}`);
    expect((await row(ref.id)).status).toBe('awaiting_approval');
    await transitionArticle(viewers.leader, ref.id, { event: 'approve', expectedVersion: (await row(ref.id)).version });
    expect((await row(ref.id)).status).toBe('approved');
  });
});

describe('the emergency door while an update is pending', () => {
  it('a scheduled removal fires at its time while an update of the live story is in review', async () => {
    const ref = await createArticle(viewers.reporter, { ...base(`Tự gỡ khi đang sửa ${run}`), scheduledUnpublishAt: new Date(Date.now() + 3_600_000).toISOString() });
    await transitionArticle(viewers.reporter, ref.id, { event: 'submit' });
    await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
    await transitionArticle(viewers.leader, ref.id, { event: 'approve' });
    await transitionArticle(viewers.editor, ref.id, { event: 'publish' });
    const live = await row(ref.id);
    // An update moves the removal a week later; it is not signed yet, so the live removal time holds.
    await saveArticle(viewers.editor, ref.id, { ...base(`Tự gỡ khi đang sửa ${run}`), body: doc('Bản cập nhật'), scheduledUnpublishAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), baseVersion: live.version });
    expect((await row(ref.id)).status).toBe('in_review');
    const result = await runDueSchedules(new Date(Date.now() + 2 * 3_600_000));
    expect(result.unpublished).toBeGreaterThanOrEqual(1);
    const after = await row(ref.id);
    expect(after).toMatchObject({ status: 'unpublished', liveRevisionId: null, approvedRevisionId: null });
    expect((await publicArticleBySlug(ref.slug)).found).toBe('gone');
    expect((await events(ref.id)).at(-1)).toMatchObject({ event: 'unpublish', fromStatus: 'in_review', data: { by: 'scheduler' } });
  });

  it('an editor unpublishes (with a reason) or archives a live story whose update awaits sign-off', async () => {
    for (const event of ['unpublish', 'archive'] as const) {
      const ref = await liveStory(`Gỡ khẩn ${event} ${run}`);
      const live = await row(ref.id);
      await saveArticle(viewers.editor, ref.id, { ...base(`Gỡ khẩn ${event} ${run}`), body: doc('Bản sửa'), baseVersion: live.version });
      await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
      const view = await editorView(viewers.editor, ref.id);
      expect(view.events).toContain(event);
      if (event === 'unpublish') expect((await refusal(transitionArticle(viewers.editor, ref.id, { event }))).userMessage).toMatch(/lý do gỡ bài/);
      await transitionArticle(viewers.editor, ref.id, { event, note: 'Sai số liệu nghiêm trọng' });
      expect(await row(ref.id)).toMatchObject({ status: event === 'unpublish' ? 'unpublished' : 'archived', liveRevisionId: null });
      expect((await publicArticleBySlug(ref.slug)).found).toBe('gone');
      expect((await refusal(transitionArticle(viewers.reporter, ref.id, { event: 'restore' }))).code).toBe('forbidden');
    }
  });
});

describe('every change leaves a trace', () => {
  it('records metadata changes and restores in the timeline, and keeps the returned version in the list', async () => {
    const ref = await createArticle(viewers.reporter, base(`Dấu vết ${run}`));
    const a = await saveArticle(viewers.reporter, ref.id, { ...base(`Dấu vết ${run}`), tags: ['Kinh tế', 'Ngân sách'], sectionId: otherSectionId, baseVersion: 1 });
    await transitionArticle(viewers.reporter, ref.id, { event: 'submit' });
    await transitionArticle(viewers.editor, ref.id, { event: 'return', note: 'Sửa lại số liệu' });
    const returned = (await row(ref.id)).currentRevisionId!;
    let version = (await row(ref.id)).version;
    // A burst of autosaves after the return: they may fold, the returned version may not.
    for (const text of ['một', 'hai', 'ba']) version = (await saveArticle(viewers.reporter, ref.id, { ...base(`Dấu vết ${run}`), tags: ['Kinh tế', 'Ngân sách'], sectionId: otherSectionId, body: doc(text), baseVersion: version }, { origin: 'autosave' })).version;
    const restored = await restoreRevision(viewers.reporter, ref.id, ref.revisionId, version);
    expect(restored.changedFields).toEqual(['body']);
    const kinds = (await events(ref.id)).map((e) => e.event);
    expect(kinds).toEqual(['create', 'metadata_changed', 'submit', 'return', 'revision_restored']);
    const metadata = (await events(ref.id)).find((e) => e.event === 'metadata_changed');
    expect(metadata!.data).toEqual({ fields: ['sectionId', 'tags'] });
    expect(a.changedFields).toEqual(['sectionId', 'tags']);
    const view = await editorView(viewers.reporter, ref.id);
    expect(view.steppedRevisionIds).toContain(returned);
    expect(view.timeline.some((t) => t.kind === 'event' && t.event === 'revision_restored')).toBe(true);
    // The audit CSV carries them too, with what changed.
    const csv = await exportWorkflowEventsCsv(viewers.admin);
    const rows = csv.split('\r\n').filter((line) => line.includes(ref.id));
    expect(rows.some((line) => line.includes('metadata_changed') && line.includes('sectionId'))).toBe(true);
    expect(rows.some((line) => line.includes('revision_restored'))).toBe(true);
  });

  it('never takes origin, status or other server facts from the input', async () => {
    const ref = await createArticle(viewers.reporter, { ...base(`Không tin đầu vào ${run}`), origin: 'import', status: 'published' } as never);
    const [revision] = await db.select().from(s.revisions).where(eq(s.revisions.id, ref.revisionId));
    expect(revision!.origin).toBe('save');
    expect((await row(ref.id)).status).toBe('draft');
  });
});
