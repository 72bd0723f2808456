import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { DataError } from '../../errors';
import { publicArticleBySlug } from '../../public/articles';
import { createArticle } from '../create-article';
import { saveArticle } from '../save-article';
import { runDueSchedules } from '../scheduled';
import { transitionArticle } from '../transition-article';
import { parseAtDoor, transitionSchema } from '@/lib/api/schemas';
import type { WorkflowEvent } from '@/lib/workflow/transition';

/** A step as a door hands it over: parsed by the door's schema first. */
const viaDoor = async (viewer: Viewer, id: string, input: unknown) => transitionArticle(viewer, id, parseAtDoor(transitionSchema, input));

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
let sectionId = '';
const viewers = {} as Record<'reporter' | 'editor' | 'leader' | 'otherReporter' | 'admin', Viewer & { kind: 'user' }>;

async function makeUser(key: keyof typeof viewers, roles: Role[], personTitle?: string) {
  let personId: string | null = null;
  if (personTitle) {
    const [person] = await db.insert(s.people).values({ slug: `p-${key}-${run}`, fullName: `Lãnh đạo ${run}` }).returning();
    await db.insert(s.positions).values({ personId: person!.id, title: personTitle, startsOn: '2020-01-01' });
    personId = person!.id;
  }
  const [user] = await db.insert(s.users).values({ email: `${key}-${run}@test.vn`, name: `${key} ${run}`, roles, personId }).returning();
  viewers[key] = { kind: 'user', id: user!.id, roles };
}

beforeAll(async () => {
  const [section] = await db.insert(s.sections).values({ slug: `wf-${run}`, name: `Chuyên mục ${run}` }).returning();
  sectionId = section!.id;
  await makeUser('reporter', ['reporter']);
  await makeUser('otherReporter', ['reporter']);
  await makeUser('editor', ['editor']);
  await makeUser('leader', ['leader'], 'Phó Trưởng Ban Chính sách, chiến lược Trung ương');
  await makeUser('admin', ['admin']);
});

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const content = (title: string, text = 'Nội dung') => ({ title, sapo: 'Sapo của bài.', body: paragraph(text), byline: 'TTTTPT&DBKT', sectionId });

async function article(id: string) {
  const [row] = await db.select().from(s.articles).where(eq(s.articles.id, id));
  return row!;
}
async function events(id: string) {
  return db.select().from(s.workflowEvents).where(eq(s.workflowEvents.articleId, id)).orderBy(asc(s.workflowEvents.id));
}
async function expectRefusal(promise: Promise<unknown>, code: DataError['code'], message?: RegExp) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  expect((error as DataError).code).toBe(code);
  if (message) expect((error as DataError).userMessage).toMatch(message);
}

/** Draft -> in review -> awaiting approval, ready for a leader. */
async function awaitingApproval(title: string) {
  const ref = await createArticle(viewers.reporter, content(title));
  await transitionArticle(viewers.reporter, ref.id, { event: 'submit' });
  await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
  return ref;
}

describe('editorial workflow on the real database', () => {
  it('goes draft -> review -> approval -> published, public only at the end, with the sign-off bound to the revision', async () => {
    const ref = await createArticle(viewers.reporter, content(`Hội nghị tổng kết ${run}`));
    expect(ref.slug).toBe(`hoi-nghi-tong-ket-${run}`);
    const steps: Array<[Viewer, WorkflowEvent]> = [
      [viewers.reporter, 'submit'],
      [viewers.editor, 'forward_for_approval'],
      [viewers.leader, 'approve'],
    ];
    for (const [viewer, event] of steps) {
      expect((await publicArticleBySlug(ref.slug)).found).toBe('none');
      await transitionArticle(viewer, ref.id, { event });
    }
    expect((await publicArticleBySlug(ref.slug)).found).toBe('none');
    const approved = await article(ref.id);
    const [approval] = await db.select().from(s.approvals).where(eq(s.approvals.articleId, ref.id));
    const [revision] = await db.select().from(s.revisions).where(eq(s.revisions.id, ref.revisionId));
    expect(approval).toMatchObject({
      revisionId: ref.revisionId,
      contentHash: revision!.contentHash,
      approverId: viewers.leader.id,
      approverTitle: 'Phó Trưởng Ban Chính sách, chiến lược Trung ương',
    });
    expect(approved.approvedRevisionId).toBe(ref.revisionId);

    const outcome = await transitionArticle(viewers.editor, ref.id, { event: 'publish' });
    expect(outcome).toMatchObject({ from: 'approved', to: 'published', publicChanged: true });
    const lookup = await publicArticleBySlug(ref.slug);
    expect(lookup.found).toBe('article');
    const published = await article(ref.id);
    expect(published).toMatchObject({ liveRevisionId: ref.revisionId, slugFrozen: true });
    expect(published.publishedAt).not.toBeNull();
    const [search] = await db.select().from(s.articleSearch).where(eq(s.articleSearch.articleId, ref.id));
    expect(search?.title).toBe(`Hội nghị tổng kết ${run}`);
    expect((await events(ref.id)).map((e) => `${e.event}:${e.toStatus}`)).toEqual([
      'create:draft',
      'submit:in_review',
      'forward_for_approval:awaiting_approval',
      'approve:approved',
      'publish:published',
    ]);
  });

  it('voids the sign-off when content changes after approval, so the changed text cannot be published', async () => {
    const ref = await awaitingApproval(`Bài sẽ sửa ${run}`);
    await transitionArticle(viewers.leader, ref.id, { event: 'approve', note: 'Đồng ý' });
    const before = await article(ref.id);
    const saved = await saveArticle(viewers.editor, ref.id, { ...content(`Bài sẽ sửa ${run}`, 'Nội dung đã sửa'), baseVersion: before.version });
    expect(saved).toMatchObject({ status: 'in_review', approvalVoided: true, changed: true });
    const after = await article(ref.id);
    expect(after.approvedRevisionId).toBeNull();
    await expectRefusal(transitionArticle(viewers.editor, ref.id, { event: 'publish' }), 'conflict', /Không thể "Xuất bản"/);
    expect((await events(ref.id)).at(-1)).toMatchObject({ event: 'approval_voided', fromStatus: 'approved', toStatus: 'in_review' });
    // The approval row itself stays: history is never rewritten.
    expect(await db.select().from(s.approvals).where(eq(s.approvals.articleId, ref.id))).toHaveLength(1);
  });

  it('keeps a published story live and unchanged while its revision goes through review, then replaces it', async () => {
    const ref = await awaitingApproval(`Bài sống ${run}`);
    await transitionArticle(viewers.leader, ref.id, { event: 'approve' });
    await transitionArticle(viewers.editor, ref.id, { event: 'publish' });
    const live = await article(ref.id);
    const saved = await saveArticle(viewers.editor, ref.id, { ...content(`Bài sống ${run} (cập nhật)`), baseVersion: live.version });
    expect(saved.status).toBe('in_review');
    let lookup = await publicArticleBySlug(ref.slug);
    expect(lookup.found === 'article' && lookup.article.title).toBe(`Bài sống ${run}`);
    await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
    lookup = await publicArticleBySlug(ref.slug);
    expect(lookup.found === 'article' && lookup.article.title).toBe(`Bài sống ${run}`);
    await transitionArticle(viewers.leader, ref.id, { event: 'approve' });
    await transitionArticle(viewers.editor, ref.id, { event: 'publish' });
    lookup = await publicArticleBySlug(ref.slug);
    expect(lookup.found === 'article' && lookup.article.title).toBe(`Bài sống ${run} (cập nhật)`);
    expect(lookup.found === 'article' && lookup.article.updatedAt).toBeInstanceOf(Date);
    expect((await article(ref.id)).liveRevisionId).toBe(saved.revisionId);
  });

  it('takes an unpublished story off every public read, keeping its history', async () => {
    const ref = await awaitingApproval(`Bài gỡ ${run}`);
    await transitionArticle(viewers.leader, ref.id, { event: 'approve' });
    await transitionArticle(viewers.editor, ref.id, { event: 'publish' });
    await expectRefusal(transitionArticle(viewers.editor, ref.id, { event: 'unpublish' }), 'invalid', /lý do gỡ bài/);
    await transitionArticle(viewers.editor, ref.id, { event: 'unpublish', note: 'Thông tin chưa chính xác' });
    expect((await publicArticleBySlug(ref.slug)).found).toBe('gone'); // 410 for readers, not 404
    expect(await db.select().from(s.articleSearch).where(eq(s.articleSearch.articleId, ref.id))).toHaveLength(0);
    expect((await events(ref.id)).at(-1)).toMatchObject({ event: 'unpublish', note: 'Thông tin chưa chính xác' });
  });

  it('keeps an embargoed story off every public read until its time, and removes a story at its scheduled time', async () => {
    const ref = await awaitingApproval(`Cấm đăng ${run}`);
    const approved = await transitionArticle(viewers.leader, ref.id, { event: 'approve' });
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const removal = new Date(Date.now() + 7_200_000).toISOString();
    // Embargo and removal time decide when readers see the story: they are part of what is signed.
    const saved = await saveArticle(viewers.editor, ref.id, { ...content(`Cấm đăng ${run}`), embargoUntil: future, scheduledUnpublishAt: removal, baseVersion: approved.version });
    expect(saved).toMatchObject({ status: 'in_review', approvalVoided: true, changedFields: ['embargoUntil', 'scheduledUnpublishAt'] });
    await expectRefusal(transitionArticle(viewers.editor, ref.id, { event: 'publish' }), 'conflict');
    await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
    await transitionArticle(viewers.leader, ref.id, { event: 'approve' });
    await transitionArticle(viewers.editor, ref.id, { event: 'publish' });
    expect((await publicArticleBySlug(ref.slug)).found).toBe('none');
    // Readers first see it when the embargo lifts: that, not the sign-off, is its published time
    // (the page, the RSS pubDate and the newest-first order all read it).
    expect((await article(ref.id)).publishedAt?.toISOString()).toBe(future);
    expect((await runDueSchedules(new Date(Date.now() + 3_000_000))).unpublished).toBe(0);
    const result = await runDueSchedules(new Date(Date.now() + 7_300_000));
    expect(result.unpublished).toBeGreaterThanOrEqual(1);
    expect((await article(ref.id)).status).toBe('unpublished');
    expect((await publicArticleBySlug(ref.slug)).found).toBe('gone');
    expect((await events(ref.id)).at(-1)).toMatchObject({ event: 'unpublish', note: 'Gỡ bài theo lịch đã đặt.' });
  });

  it('credits co-authors, who may then edit the draft; only active writers can be authors', async () => {
    const ref = await createArticle(viewers.reporter, content(`Đồng tác giả ${run}`));
    await expectRefusal(saveArticle(viewers.otherReporter, ref.id, { ...content('x'), baseVersion: 1 }), 'forbidden');
    const saved = await saveArticle(viewers.reporter, ref.id, { ...content(`Đồng tác giả ${run}`), authorIds: [viewers.reporter.id, viewers.otherReporter.id], baseVersion: 1 });
    const authors = await db.select().from(s.articleAuthors).where(eq(s.articleAuthors.articleId, ref.id)).orderBy(asc(s.articleAuthors.ordinal));
    expect(authors.map((a) => a.userId)).toEqual([viewers.reporter.id, viewers.otherReporter.id]);
    await saveArticle(viewers.otherReporter, ref.id, { ...content(`Đồng tác giả ${run}`, 'Đoạn của người thứ hai'), baseVersion: saved.version });
    await expectRefusal(saveArticle(viewers.reporter, ref.id, { ...content('x'), authorIds: [viewers.admin.id], baseVersion: saved.version + 1 }), 'invalid', /Tác giả phải là/);
    await expectRefusal(saveArticle(viewers.reporter, ref.id, { ...content('x'), authorIds: [], baseVersion: saved.version + 1 }), 'invalid', /ít nhất một tác giả/);
  });

  it('refuses a new author the picker would not offer (an administrator, a test address), keeps existing ones', async () => {
    const [adminWriter] = await db.insert(s.users).values({ email: `qt-viet-${run}@test.vn`, name: `Quản trị kiêm viết ${run}`, roles: ['admin', 'reporter'] }).returning();
    const [tester] = await db.insert(s.users).values({ email: `thu-${run}@e2e.test`, name: `Tài khoản thử ${run}`, roles: ['reporter'] }).returning();
    const ref = await createArticle(viewers.reporter, content(`Tác giả hợp lệ ${run}`));
    const before = await article(ref.id);
    await expectRefusal(
      saveArticle(viewers.reporter, ref.id, { ...content('x'), authorIds: [viewers.reporter.id, adminWriter!.id], baseVersion: 1 }),
      'invalid',
      new RegExp(`Quản trị kiêm viết ${run}.*quản trị`),
    );
    await expectRefusal(
      saveArticle(viewers.reporter, ref.id, { ...content('x'), authorIds: [viewers.reporter.id, tester!.id], baseVersion: 1 }),
      'invalid',
      new RegExp(`Tài khoản thử ${run}.*thử nghiệm`),
    );
    // Nothing was saved.
    expect(await db.select().from(s.articleAuthors).where(eq(s.articleAuthors.articleId, ref.id))).toEqual([expect.objectContaining({ userId: viewers.reporter.id })]);
    expect((await article(ref.id)).updatedAt).toEqual(before.updatedAt);
    expect((await db.select().from(s.revisions).where(eq(s.revisions.articleId, ref.id))).map((r) => r.title)).not.toContain('x');

    // An author already credited stays, even after the account became an administrator's.
    const saved = await saveArticle(viewers.reporter, ref.id, { ...content(`Tác giả hợp lệ ${run}`), authorIds: [viewers.reporter.id, viewers.otherReporter.id], baseVersion: 1 });
    await db.update(s.users).set({ roles: ['admin', 'reporter'] }).where(eq(s.users.id, viewers.otherReporter.id));
    try {
      await saveArticle(viewers.reporter, ref.id, { ...content(`Tác giả hợp lệ ${run}`), authorIds: [viewers.otherReporter.id, viewers.reporter.id], baseVersion: saved.version });
    } finally {
      await db.update(s.users).set({ roles: ['reporter'] }).where(eq(s.users.id, viewers.otherReporter.id));
    }
  });

  it('refuses what the policy forbids', async () => {
    const ref = await createArticle(viewers.leader, content(`Bài của lãnh đạo ${run}`));
    await transitionArticle(viewers.leader, ref.id, { event: 'submit' });
    await transitionArticle(viewers.editor, ref.id, { event: 'forward_for_approval' });
    await expectRefusal(transitionArticle(viewers.leader, ref.id, { event: 'approve' }), 'forbidden', /tự duyệt/);

    const draft = await createArticle(viewers.reporter, content(`Nháp ${run}`));
    await expectRefusal(saveArticle(viewers.otherReporter, draft.id, { ...content('Sửa trộm'), baseVersion: 1 }), 'forbidden');
    await expectRefusal(transitionArticle(viewers.otherReporter, draft.id, { event: 'submit' }), 'forbidden');
    await expectRefusal(transitionArticle(viewers.reporter, draft.id, { event: 'publish' }), 'forbidden');
    await expectRefusal(transitionArticle(viewers.admin, draft.id, { event: 'archive' }), 'forbidden');
    await expectRefusal(createArticle(viewers.admin, content('Quản trị viết bài')), 'forbidden');
    await expectRefusal(createArticle({ kind: 'anonymous' }, content('Ẩn danh')), 'forbidden');
    expect((await article(draft.id)).version).toBe(1);
  });

  it('enforces the pre-submit checklist on the server, naming what is missing', async () => {
    const ref = await createArticle(viewers.reporter, { title: `Thiếu ${run}`, body: paragraph('x') });
    await expectRefusal(transitionArticle(viewers.reporter, ref.id, { event: 'submit' }), 'invalid', /Chưa gửi được: thiếu sapo; chưa chọn chuyên mục\./);
    expect((await article(ref.id)).status).toBe('draft');
    await saveArticle(viewers.reporter, ref.id, { ...content(`Thiếu ${run}`), baseVersion: 1 });
    await transitionArticle(viewers.reporter, ref.id, { event: 'submit' });
    expect((await article(ref.id)).status).toBe('in_review');
  });

  it('answers bad input with a message that says what to do, changing nothing', async () => {
    const ref = await awaitingApproval(`Bài lỗi ${run}`);
    const before = await article(ref.id);
    // Through the door, as the API and the editor's buttons call it: the door's schema is the one check.
    await expectRefusal(viaDoor(viewers.leader, ref.id, { event: 'fly' }), 'invalid', /event phải là một trong/);
    await expectRefusal(transitionArticle(viewers.leader, ref.id, { event: 'return' }), 'invalid', /lý do trả lại/);
    await expectRefusal(transitionArticle(viewers.editor, ref.id, { event: 'publish' }), 'conflict', /Chờ lãnh đạo duyệt/);
    await transitionArticle(viewers.leader, ref.id, { event: 'approve' });
    const approved = await article(ref.id);
    await expectRefusal(transitionArticle(viewers.editor, ref.id, { event: 'schedule', at: '2001-01-01T00:00:00Z' }), 'invalid', /tương lai/);
    await expectRefusal(viaDoor(viewers.editor, ref.id, { event: 'schedule', at: 'ngày mai' }), 'invalid', /ISO 8601/);
    await expectRefusal(transitionArticle(viewers.editor, ref.id, { event: 'publish', expectedVersion: approved.version - 1 }), 'conflict', /chuyển sang bước "Đã duyệt" sau khi bạn mở/);
    await expectRefusal(transitionArticle(viewers.editor, crypto.randomUUID(), { event: 'publish' }), 'not_found');
    await expectRefusal(transitionArticle(viewers.editor, 'not-a-uuid', { event: 'publish' }), 'not_found');
    expect((await article(ref.id)).version).toBe(approved.version);
    expect(approved.version).toBe(before.version + 1);
  });

  it('refuses a stale save and keeps the newer revision', async () => {
    const ref = await createArticle(viewers.reporter, content(`Bài hai tab ${run}`));
    const first = await saveArticle(viewers.reporter, ref.id, { ...content(`Bài hai tab ${run}`, 'Tab A'), baseVersion: 1 });
    await expectRefusal(saveArticle(viewers.reporter, ref.id, { ...content(`Bài hai tab ${run}`, 'Tab B'), baseVersion: 1 }), 'conflict');
    const [current] = await db.select().from(s.revisions).where(eq(s.revisions.id, (await article(ref.id)).currentRevisionId!));
    expect(JSON.stringify(current!.body)).toContain('Tab A');
    expect(first.version).toBe(2);
    // Saving identical content changes nothing.
    expect(await saveArticle(viewers.reporter, ref.id, { ...content(`Bài hai tab ${run}`, 'Tab A'), baseVersion: 2 })).toMatchObject({ changed: false, version: 2 });
  });

  it('resolves a race of parallel approve/return/publish calls to one consistent outcome per story', async () => {
    const refs = await Promise.all(Array.from({ length: 6 }, (_, i) => awaitingApproval(`Đua ${i} ${run}`)));
    const attempts = refs.flatMap((ref) => [
      transitionArticle(viewers.leader, ref.id, { event: 'approve' }),
      transitionArticle(viewers.leader, ref.id, { event: 'approve' }),
      transitionArticle(viewers.leader, ref.id, { event: 'return', note: 'Sửa lại' }),
      transitionArticle(viewers.editor, ref.id, { event: 'publish' }),
      transitionArticle(viewers.editor, ref.id, { event: 'publish' }),
    ]);
    const results = await Promise.allSettled(attempts);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DataError);
    for (const ref of refs) {
      const row = await article(ref.id);
      const trail = await events(ref.id);
      expect(row.status).toBe(trail.at(-1)!.toStatus);
      // The trail is a chain: each event starts where the previous ended; nothing happened twice.
      for (let i = 1; i < trail.length; i++) expect(trail[i]!.fromStatus).toBe(trail[i - 1]!.toStatus);
      const counts = trail.reduce<Record<string, number>>((m, e) => ({ ...m, [e.event]: (m[e.event] ?? 0) + 1 }), {});
      expect(counts.approve ?? 0).toBeLessThanOrEqual(1);
      expect(counts.publish ?? 0).toBeLessThanOrEqual(1);
      expect(row.version).toBe(trail.length);
      const approvalsFor = await db.select().from(s.approvals).where(inArray(s.approvals.articleId, [ref.id]));
      expect(approvalsFor).toHaveLength(counts.approve ?? 0);
    }
  });
});
