import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { createArticle } from '../articles/create-article';
import { saveArticle } from '../articles/save-article';
import { transitionArticle } from '../articles/transition-article';
import { exportWorkflowEventsCsv } from '../audit/export';
import { addComment, listComments } from '../comments/comments';
import { DataError } from '../errors';
import { listNotifications, markNotificationsRead } from '../notifications/notifications';
import { createPreviewLink, previewByToken, revokePreviewLink, staffPreview } from '../tokens/preview-links';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());
const run = crypto.randomUUID().slice(0, 8);
let sectionId = '';
const v = {} as Record<'reporter' | 'editor' | 'leader' | 'admin' | 'outsider', Viewer & { kind: 'user' }>;

beforeAll(async () => {
  const [section] = await db.insert(s.sections).values({ slug: `collab-${run}`, name: `Cộng tác ${run}` }).returning();
  sectionId = section!.id;
  for (const [key, roles] of [['reporter', ['reporter']], ['editor', ['editor']], ['leader', ['leader']], ['admin', ['admin']], ['outsider', ['reporter']]] as const) {
    const [u] = await db.insert(s.users).values({ email: `${key}-collab-${run}@test.vn`, name: `${key} ${run}`, roles: [...roles] as Role[] }).returning();
    v[key] = { kind: 'user', id: u!.id, roles: [...roles] as Role[] };
  }
});

const doc = (t: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
const refusal = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof DataError ? e.code : String(e)));

describe('notifications', () => {
  it('tell the next person to act, and the writer, in the newsroom; reading marks only your own', async () => {
    const ref = await createArticle(v.reporter, { title: `Thông báo ${run}`, sapo: 'Sapo.', sectionId, body: doc('x') });
    await transitionArticle(v.reporter, ref.id, { event: 'submit' });
    const editorInbox = await listNotifications(v.editor);
    const mine = editorInbox.items.filter((n) => n.articleId === ref.id);
    expect(mine.map((n) => n.kind)).toEqual(['submit']);
    expect(mine[0]!.message).toContain(`Thông báo ${run}`);
    expect(editorInbox.unread).toBeGreaterThanOrEqual(1);

    await transitionArticle(v.editor, ref.id, { event: 'return', note: 'Bổ sung số liệu' });
    const reporterInbox = await listNotifications(v.reporter);
    const returned = reporterInbox.items.find((n) => n.articleId === ref.id && n.kind === 'return');
    expect(returned?.message).toContain('Bổ sung số liệu');
    // The actor is not told about their own act.
    expect((await listNotifications(v.editor)).items.filter((n) => n.articleId === ref.id && n.kind === 'return')).toHaveLength(0);

    expect(await markNotificationsRead(v.outsider, [returned!.id])).toBe(0);
    expect(await markNotificationsRead(v.reporter, [returned!.id])).toBe(1);
    const [row] = await db.select().from(s.notifications).where(eq(s.notifications.id, returned!.id));
    expect(row!.readAt).not.toBeNull();
  });

  it('tell the leader who approved when the content changes afterwards', async () => {
    const ref = await createArticle(v.reporter, { title: `Duyệt rồi sửa ${run}`, sapo: 'Sapo.', sectionId, body: doc('x') });
    await transitionArticle(v.reporter, ref.id, { event: 'submit' });
    await transitionArticle(v.editor, ref.id, { event: 'forward_for_approval' });
    const approved = await transitionArticle(v.leader, ref.id, { event: 'approve' });
    await saveArticle(v.editor, ref.id, { title: `Duyệt rồi sửa ${run}`, sapo: 'Sapo.', sectionId, body: doc('y'), baseVersion: approved.version });
    const leaderInbox = await listNotifications(v.leader);
    expect(leaderInbox.items.filter((n) => n.articleId === ref.id).map((n) => n.kind)).toEqual(['approval_voided', 'forward_for_approval']);
  });
});

describe('story language', () => {
  it('is chosen at creation and changed by a save as a new revision (it is part of what is signed); anything but vi/en is refused with a message', async () => {
    const ref = await createArticle(v.reporter, { title: `Story in English ${run}`, sapo: 'Sapo.', sectionId, body: doc('x'), language: 'en' });
    const [created] = await db.select().from(s.articles).where(eq(s.articles.id, ref.id));
    expect(created!.language).toBe('en');
    const saved = await saveArticle(v.reporter, ref.id, { title: `Story in English ${run}`, sapo: 'Sapo.', sectionId, body: doc('x'), language: 'vi', baseVersion: created!.version });
    expect(saved.changed).toBe(true);
    const [after] = await db.select().from(s.articles).where(eq(s.articles.id, ref.id));
    expect(after!.language).toBe('vi');
    expect(after!.currentRevisionId).not.toBe(created!.currentRevisionId);
    const [revision] = await db.select().from(s.revisions).where(eq(s.revisions.id, after!.currentRevisionId!));
    expect(revision!.placement?.language).toBe('vi');
    expect(revision!.changedFields).toEqual(['language']);
    const refused = saveArticle(v.reporter, ref.id, { title: `Story in English ${run}`, body: doc('x'), language: 'fr' as 'vi', baseVersion: after!.version });
    await expect(refused).rejects.toThrow(/Ngôn ngữ bài viết/);
    const [unchanged] = await db.select().from(s.articles).where(eq(s.articles.id, ref.id));
    expect(unchanged!.language).toBe('vi');
  });
});

describe('comments', () => {
  it('let staff who may read the story discuss it, and nobody else', async () => {
    const ref = await createArticle(v.reporter, { title: `Góp ý ${run}`, sapo: 'Sapo.', sectionId, body: doc('x') });
    await addComment(v.reporter, ref.id, 'Nhờ anh xem giúp đoạn 2.');
    await addComment(v.editor, ref.id, 'Đã xem, cần thêm nguồn.');
    expect((await listComments(v.reporter, ref.id)).map((c) => c.body)).toEqual(['Nhờ anh xem giúp đoạn 2.', 'Đã xem, cần thêm nguồn.']);
    expect(await refusal(addComment(v.outsider, ref.id, 'chen vào'))).toBe('forbidden');
    expect(await refusal(listComments({ kind: 'anonymous' }, ref.id))).toBe('unauthenticated');
    expect(await refusal(addComment(v.reporter, ref.id, '   '))).toBe('invalid');
    expect(await refusal(addComment(v.reporter, ref.id, 'x'.repeat(5001)))).toBe('invalid');
  });
});

describe('preview links', () => {
  it('show the exact revision to someone without an account until they expire or are revoked', async () => {
    const ref = await createArticle(v.reporter, { title: `Xem trước ${run}`, body: doc('Bản một') });
    const link = await createPreviewLink(v.reporter, ref.id);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(47 * 3_600_000);
    const token = link.url.split('/').pop()!;
    expect((await previewByToken(token))?.title).toBe(`Xem trước ${run}`);
    // A later save does not change what the link shows: it is bound to its revision.
    await saveArticle(v.reporter, ref.id, { title: `Xem trước ${run} (sửa)`, body: doc('Bản hai'), baseVersion: 1 });
    expect((await previewByToken(token))?.title).toBe(`Xem trước ${run}`);
    expect((await staffPreview(v.editor, ref.id)).title).toBe(`Xem trước ${run} (sửa)`);
    // Stored hashed only.
    expect(JSON.stringify(await db.select().from(s.previewLinks))).not.toContain(token);
    // Someone who may read another article cannot revoke this article's link through it.
    const other = await createArticle(v.editor, { title: `Bài khác ${run}`, body: doc('x') });
    expect(await refusal(revokePreviewLink(v.editor, other.id, link.id))).toBe('not_found');
    expect((await previewByToken(token))?.title).toBe(`Xem trước ${run}`);
    await revokePreviewLink(v.reporter, ref.id, link.id);
    expect(await previewByToken(token)).toBeNull();
    expect(await previewByToken('xem_' + 'A'.repeat(43))).toBeNull();
    expect(await previewByToken('../../etc/passwd')).toBeNull();
    expect(await refusal(createPreviewLink(v.reporter, ref.id, { hours: 0 }))).toBe('invalid');
    expect(await refusal(createPreviewLink(v.outsider, ref.id))).toBe('forbidden');
  });

  it('stop working after their expiry', async () => {
    const ref = await createArticle(v.reporter, { title: `Hết hạn ${run}`, sapo: 'Sapo.', sectionId, body: doc('x') });
    const link = await createPreviewLink(v.reporter, ref.id, { hours: 1 });
    await db.update(s.previewLinks).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(s.previewLinks.id, link.id));
    expect(await previewByToken(link.url.split('/').pop()!)).toBeNull();
  });
});

describe('audit export', () => {
  it('gives admins every workflow event as CSV, and nobody else', async () => {
    const ref = await createArticle(v.reporter, { title: `Xuất nhật ký ${run}`, sapo: 'Sapo.', sectionId, body: doc('x') });
    await transitionArticle(v.reporter, ref.id, { event: 'submit' });
    await transitionArticle(v.editor, ref.id, { event: 'return', note: '=HYPERLINK("http://evil")' });
    const csv = await exportWorkflowEventsCsv(v.admin);
    const lines = csv.split('\r\n').filter((l) => l.includes(ref.id));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.startsWith('\uFEFFid,thoi_gian_utc')).toBe(true);
    for (const who of [v.editor, v.leader, v.reporter]) expect(await refusal(exportWorkflowEventsCsv(who))).toBe('forbidden');
    expect(await refusal(exportWorkflowEventsCsv(v.admin, { from: 'hôm qua' }))).toBe('invalid');
  });
});
