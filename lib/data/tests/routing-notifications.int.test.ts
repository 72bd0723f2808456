import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { createArticle } from '../articles/create-article';
import { workQueues } from '../articles/queues';
import { saveArticle } from '../articles/save-article';
import { transitionArticle } from '../articles/transition-article';
import { DataError } from '../errors';
import { markArticleNotificationsRead, notificationPage, unreadBadge } from '../notifications/inbox';
import { markNotificationsRead } from '../notifications/notifications';
import { assignArticle, claimArticle, routingView, setFollowing } from '../routing/routing';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());
const run = crypto.randomUUID().slice(0, 8);
let sectionId = '';
type Key = 'writer' | 'otherReporter' | 'editorA' | 'editorB' | 'follower' | 'leaderA' | 'leaderB';
const v = {} as Record<Key, Viewer & { kind: 'user' }>;
const ALL: Key[] = ['writer', 'otherReporter', 'editorA', 'editorB', 'follower', 'leaderA', 'leaderB'];

beforeAll(async () => {
  const [section] = await db.insert(s.sections).values({ slug: `routing-${run}`, name: `Định tuyến ${run}` }).returning();
  sectionId = section!.id;
  const roles: Record<Key, Role[]> = {
    writer: ['reporter'],
    otherReporter: ['reporter'],
    editorA: ['editor'],
    editorB: ['editor'],
    follower: ['editor'],
    leaderA: ['leader'],
    leaderB: ['leader'],
  };
  for (const key of ALL) {
    const [u] = await db.insert(s.users).values({ email: `${key}-routing-${run}@test.vn`, name: `${key} ${run}`, roles: roles[key] }).returning();
    v[key] = { kind: 'user', id: u!.id, roles: roles[key] };
  }
});

const doc = (t: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
const refusal = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof DataError ? `${e.code}: ${e.userMessage}` : String(e)));

/** Who of our people got a notification of this kind about the story since the last call. */
let seen = new Set<string>();
async function toldOf(articleId: string, kind: string): Promise<Key[]> {
  const rows = await db.select().from(s.notifications).where(eq(s.notifications.articleId, articleId));
  const fresh = rows.filter((r) => !seen.has(r.id));
  for (const r of rows) seen.add(r.id);
  expect(fresh.every((r) => r.kind === kind), `only ${kind} notices: ${fresh.map((r) => r.kind).join(',')}`).toBe(true);
  return ALL.filter((k) => fresh.some((r) => r.userId === v[k].id));
}

async function version(id: string) {
  const [row] = await db.select({ version: s.articles.version, status: s.articles.status, assigneeId: s.articles.assigneeId }).from(s.articles).where(eq(s.articles.id, id));
  return row!;
}

describe('routing: a story has one assignee per step, and only they, its authors and followers are told', () => {
  it('submit → claim → return → resubmit → forward → assign → leader returns to the writer → resubmit → approve → publish', async () => {
    seen = new Set();
    const title = `Định tuyến ${run}`;
    const ref = await createArticle(v.writer, { title, sapo: 'Sapo.', sectionId, body: doc('x') });
    await setFollowing(v.follower, ref.id, true);

    await transitionArticle(v.writer, ref.id, { event: 'submit' });
    // First submission: the editors' pool (all editors, the follower is one), nobody else.
    expect(await toldOf(ref.id, 'submit')).toEqual(['editorA', 'editorB', 'follower']);
    expect((await version(ref.id)).assigneeId).toBeNull();
    const unclaimed = (await workQueues(v.editorB)).find((q) => q.key === 'unclaimed');
    expect(unclaimed?.items.map((i) => i.id)).toContain(ref.id);

    await claimArticle(v.editorA, ref.id);
    expect(await toldOf(ref.id, 'claim')).toEqual(['writer', 'follower']);
    expect((await version(ref.id)).assigneeId).toBe(v.editorA.id);
    expect(await refusal(claimArticle(v.editorB, ref.id))).toMatch(/^conflict: Bài đã có người nhận \(editorA/);
    expect(await refusal(claimArticle(v.writer, ref.id))).toMatch(/^forbidden/);
    expect((await workQueues(v.editorB)).find((q) => q.key === 'unclaimed')?.items.map((i) => i.id)).not.toContain(ref.id);
    expect((await workQueues(v.editorA)).find((q) => q.key === 'assigned_to_me')?.items.map((i) => i.id)).toContain(ref.id);

    await transitionArticle(v.editorA, ref.id, { event: 'return', note: 'Thêm số liệu' });
    expect(await toldOf(ref.id, 'return')).toEqual(['writer', 'follower']);

    let row = await version(ref.id);
    await saveArticle(v.writer, ref.id, { title, sapo: 'Sapo mới.', sectionId, body: doc('y'), baseVersion: row.version });
    await transitionArticle(v.writer, ref.id, { event: 'submit' });
    // A resubmission goes back to the editor who had it: the pool is not told again.
    expect(await toldOf(ref.id, 'submit')).toEqual(['editorA', 'follower']);
    expect((await version(ref.id)).assigneeId).toBe(v.editorA.id);

    await transitionArticle(v.editorA, ref.id, { event: 'forward_for_approval' });
    expect(await toldOf(ref.id, 'forward_for_approval')).toEqual(['writer', 'follower', 'leaderA', 'leaderB']);

    expect(await refusal(assignArticle(v.editorA, ref.id, v.editorB.id))).toMatch(/^invalid: Hãy chọn một lãnh đạo/);
    expect(await refusal(assignArticle(v.leaderB, ref.id, v.leaderA.id))).toMatch(/^forbidden/);
    // The policy is checked before the target is looked up: someone who may not assign learns nothing about accounts.
    expect(await refusal(assignArticle(v.leaderB, ref.id, crypto.randomUUID()))).toMatch(/^forbidden/);
    await assignArticle(v.editorA, ref.id, v.leaderA.id);
    expect(await toldOf(ref.id, 'assign')).toEqual(['writer', 'follower', 'leaderA']);
    // Assigning the same person again is refused and notifies nobody a second time.
    expect(await refusal(assignArticle(v.editorB, ref.id, v.leaderA.id))).toBe(`conflict: Bài đã giao cho leaderA ${run} rồi.`);
    expect(await toldOf(ref.id, 'assign')).toEqual([]);
    expect((await workQueues(v.leaderA)).find((q) => q.key === 'to_approve')?.items.map((i) => i.id)).toContain(ref.id);
    expect((await workQueues(v.leaderB)).find((q) => q.key === 'to_approve')?.items.map((i) => i.id)).not.toContain(ref.id);

    const view = await routingView(v.leaderA, ref.id);
    expect(view.returnTargets.map((t) => [t.id, t.kind])).toEqual([
      [v.editorA.id, 'editor'],
      [v.writer.id, 'writer'],
    ]);
    // A return to someone who is neither the editor nor a writer is refused, and changes nothing.
    expect(await refusal(transitionArticle(v.leaderA, ref.id, { event: 'return', note: 'x', returnTo: v.otherReporter.id }))).toMatch(/^invalid: Hãy chọn người nhận bài trả lại/);
    expect((await version(ref.id)).status).toBe('awaiting_approval');

    await transitionArticle(v.leaderA, ref.id, { event: 'return', note: 'Sửa lại đoạn mở đầu', returnTo: v.writer.id });
    expect(await toldOf(ref.id, 'return')).toEqual(['writer', 'follower']);
    row = await version(ref.id);
    expect(row.status).toBe('draft');
    expect(row.assigneeId).toBe(v.writer.id);
    const notes = await db.select().from(s.notifications).where(eq(s.notifications.userId, v.writer.id));
    expect(notes.find((n) => n.articleId === ref.id && n.kind === 'return' && n.message.includes('Sửa lại đoạn mở đầu'))?.message).toContain(`chuyển cho writer ${run}`);
    const returned = (await workQueues(v.writer)).find((q) => q.key === 'returned_to_me');
    expect(returned?.items.map((i) => i.id)).toContain(ref.id);
    expect((await workQueues(v.otherReporter)).find((q) => q.key === 'returned_to_me')?.items.map((i) => i.id)).not.toContain(ref.id);

    // The writer it was returned to edits; another reporter still may not.
    expect(await refusal(saveArticle(v.otherReporter, ref.id, { title, sapo: 'Chen ngang.', sectionId, body: doc('z'), baseVersion: row.version }))).toMatch(/^forbidden/);
    await saveArticle(v.writer, ref.id, { title, sapo: 'Đã sửa mở đầu.', sectionId, body: doc('w'), baseVersion: row.version });
    await transitionArticle(v.writer, ref.id, { event: 'submit' });
    expect(await toldOf(ref.id, 'submit')).toEqual(['editorA', 'follower']);

    await transitionArticle(v.editorA, ref.id, { event: 'forward_for_approval' });
    await toldOf(ref.id, 'forward_for_approval');
    await transitionArticle(v.leaderB, ref.id, { event: 'approve' });
    // The sign-off goes to the editor who forwarded it (to publish), the writer and the followers.
    expect(await toldOf(ref.id, 'approve')).toEqual(['writer', 'editorA', 'follower']);
    await transitionArticle(v.editorA, ref.id, { event: 'publish' });
    expect(await toldOf(ref.id, 'publish')).toEqual(['writer', 'follower']);

    await setFollowing(v.follower, ref.id, false);
    await transitionArticle(v.editorA, ref.id, { event: 'unpublish', note: 'Gỡ thử' });
    expect(await toldOf(ref.id, 'unpublish')).toEqual(['writer']);
  });

  it('a first submission nobody claimed tells the editors and waits in "Chưa ai nhận"; returned unclaimed, the resubmission goes to the editor who returned it', async () => {
    seen = new Set();
    const ref = await createArticle(v.writer, { title: `Chưa ai nhận ${run}`, sapo: 'Sapo.', sectionId, body: doc('x') });
    await transitionArticle(v.writer, ref.id, { event: 'submit' });
    // Sections have no editors of their own, so the editors' pool is every active editor; no leader, no other reporter.
    expect(await toldOf(ref.id, 'submit')).toEqual(['editorA', 'editorB', 'follower']);
    expect((await workQueues(v.editorA)).find((q) => q.key === 'unclaimed')?.items.map((i) => i.id)).toContain(ref.id);
    // editorB returns it without claiming it first.
    await transitionArticle(v.editorB, ref.id, { event: 'return', note: 'Thiếu nguồn' });
    expect(await toldOf(ref.id, 'return')).toEqual(['writer']);
    const row = await version(ref.id);
    await saveArticle(v.writer, ref.id, { title: `Chưa ai nhận ${run}`, sapo: 'Đã thêm nguồn.', sectionId, body: doc('y'), baseVersion: row.version });
    await transitionArticle(v.writer, ref.id, { event: 'submit' });
    // Before, nobody was told of this resubmission (no editor on record, and not a first submission).
    expect(await toldOf(ref.id, 'submit')).toEqual(['editorB']);
    expect((await version(ref.id)).assigneeId).toBe(v.editorB.id);
  });

  it("a leader's return goes to the editor by default, back to review and into their queue", async () => {
    seen = new Set();
    const ref = await createArticle(v.writer, { title: `Trả biên tập ${run}`, sapo: 'Sapo.', sectionId, body: doc('x') });
    await transitionArticle(v.writer, ref.id, { event: 'submit' });
    await claimArticle(v.editorB, ref.id);
    await transitionArticle(v.editorB, ref.id, { event: 'forward_for_approval' });
    seen = new Set((await db.select({ id: s.notifications.id }).from(s.notifications).where(eq(s.notifications.articleId, ref.id))).map((r) => r.id));
    await transitionArticle(v.leaderA, ref.id, { event: 'return', note: 'Kiểm tra lại trích dẫn' });
    expect(await toldOf(ref.id, 'return')).toEqual(['writer', 'editorB']);
    const row = await version(ref.id);
    expect(row).toMatchObject({ status: 'in_review', assigneeId: v.editorB.id });
    expect((await workQueues(v.editorB)).find((q) => q.key === 'returned_to_me')?.items.map((i) => i.id)).toContain(ref.id);
    // The writer cannot edit a story in review (edit rights follow the assignee, not the notice).
    expect(await refusal(saveArticle(v.writer, ref.id, { title: 'x', sapo: 'x', sectionId, body: doc('x'), baseVersion: row.version }))).toMatch(/^forbidden/);
  });
});

describe('the inbox: paging, per-item read, read on opening, bounded badge', () => {
  it('pages 20 at a time, counts the badge up to 100, and marks only what is asked', async () => {
    const ref = await createArticle(v.writer, { title: `Hộp thư ${run}`, sapo: 'Sapo.', sectionId, body: doc('x') });
    const [reader] = await db.insert(s.users).values({ email: `inbox-${run}@test.vn`, name: `inbox ${run}`, roles: ['reporter'] }).returning();
    const viewer: Viewer = { kind: 'user', id: reader!.id, roles: ['reporter'] };
    await db.insert(s.notifications).values(Array.from({ length: 105 }, (_, i) => ({ userId: reader!.id, articleId: i < 3 ? ref.id : null, kind: 'submit', message: `Tin ${i}` })));
    expect(await unreadBadge(viewer)).toBe(100);
    const first = await notificationPage(viewer, 1);
    expect(first).toMatchObject({ page: 1, pages: 6, total: 105, unread: 105 });
    expect(first.items).toHaveLength(20);
    const last = await notificationPage(viewer, 6);
    expect(last.items).toHaveLength(5);
    expect(await refusal(notificationPage(viewer, 0))).toMatch(/^invalid: Trang phải là số nguyên/);
    expect(await refusal(notificationPage(viewer, 101))).toMatch(/^invalid/);
    expect(await refusal(notificationPage({ kind: 'anonymous' }, 1))).toMatch(/^unauthenticated/);

    expect(await markNotificationsRead(viewer, [first.items.find((i) => i.articleId === null)!.id])).toBe(1);
    expect((await notificationPage(viewer, 1)).unread).toBe(104);
    // Opening the story reads its notices, only the viewer's own.
    expect(await markArticleNotificationsRead(viewer, ref.id)).toBe(3);
    expect(await markArticleNotificationsRead(v.otherReporter, ref.id)).toBe(0);
    expect((await notificationPage(viewer, 1)).unread).toBe(101);
  });
});

describe("a leader's own story: one definition of 'own' for sign-off, claim, assignment and the queue", () => {
  it('a leader once credited (now off the byline) is neither offered, assigned, nor queued to approve it; another leader is', async () => {
    const title = `Lãnh đạo từng đứng tên ${run}`;
    const ref = await createArticle(v.writer, { title, sapo: 'Sapo.', sectionId, body: doc('x'), authorIds: [v.writer.id, v.leaderA.id] });
    // The writer takes the leader off the byline before submitting: still credited in version 1.
    const draft = await version(ref.id);
    await saveArticle(v.writer, ref.id, { title, sapo: 'Sapo.', sectionId, body: doc('x'), authorIds: [v.writer.id], baseVersion: draft.version });
    await transitionArticle(v.writer, ref.id, { event: 'submit' });
    await claimArticle(v.editorA, ref.id);
    await transitionArticle(v.editorA, ref.id, { event: 'forward_for_approval' });
    // The sign-off refuses them (as before)…
    expect(await refusal(transitionArticle(v.leaderA, ref.id, { event: 'approve' }))).toMatch(/^forbidden: Không ai được tự duyệt/);
    // …so the editor may not hand it to them (it would sit with someone who cannot sign it off)…
    expect((await routingView(v.editorA, ref.id)).assignable.map((p) => p.id)).not.toContain(v.leaderA.id);
    expect((await routingView(v.editorA, ref.id)).assignable.map((p) => p.id)).toContain(v.leaderB.id);
    expect(await refusal(assignArticle(v.editorA, ref.id, v.leaderA.id))).toMatch(/^invalid: Không giao bài cho lãnh đạo đứng tên tác giả/);
    expect((await version(ref.id)).assigneeId).toBeNull();
    // …and it is not in their "Chờ tôi duyệt" queue, while it is in the other leader's.
    expect((await workQueues(v.leaderA)).find((q) => q.key === 'to_approve')?.items.map((i) => i.id)).not.toContain(ref.id);
    expect((await workQueues(v.leaderB)).find((q) => q.key === 'to_approve')?.items.map((i) => i.id)).toContain(ref.id);
    await assignArticle(v.editorA, ref.id, v.leaderB.id);
    await transitionArticle(v.leaderB, ref.id, { event: 'approve' });
    expect((await version(ref.id)).status).toBe('approved');
  });
});
