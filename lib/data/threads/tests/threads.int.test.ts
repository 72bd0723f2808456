// Comment threads anchored to the text (issue 23, step 1) on the real database: the anchor is a
// comment mark in a new working revision, the policy is the data layer's, mentions notify, resolve
// and reopen are audited, the sign-off waits for every thread, and readers never see an anchor.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { commentQuotes, commentThreadIds } from '@/lib/content/comment-marks';
import type { JSONContent } from '@/lib/content/types';
import { ANONYMOUS } from '@/lib/policy/roles';
import { createArticle } from '../../articles/create-article';
import { revisionsOf } from '../../articles/read-article';
import { saveArticle } from '../../articles/save-article';
import { transitionArticle } from '../../articles/transition-article';
import { publicArticleBySlug } from '../../public/articles';
import { createStaff, refusal, type StaffViewer } from '../../tests/staff-fixtures';
import { createPreviewLink, previewByToken } from '../../tokens/preview-links';
import { MAX_THREADS_PER_ARTICLE } from '../input';
import { addThreadReply, createThread, listThreads, openThreads, reopenThread, resolveThread } from '../threads';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
let sectionId = '';
const v = {} as Record<'reporter' | 'otherReporter' | 'editor' | 'leader' | 'leader2' | 'inactive' | 'admin', StaffViewer>;

beforeAll(async () => {
  const staff = await createStaff(db, { prefix: 'thr', run, sectionName: `Góp ý ${run}` }, {
    reporter: { roles: ['reporter'] },
    otherReporter: { roles: ['reporter'] },
    editor: { roles: ['editor'] },
    leader: { roles: ['leader'] },
    leader2: { roles: ['leader'] },
    inactive: { roles: ['editor'], active: false },
    admin: { roles: ['admin'] },
  });
  sectionId = staff.sectionId;
  Object.assign(v, staff.viewers);
});

const BODY = 'Hội nghị tổng kết công tác năm 2026. Số liệu quý hai tăng 6,5%.';
const body = (text = BODY) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const story = (title: string) => createArticle(v.reporter, { title, sapo: 'Sapo.', body: body(), byline: 'TTTTPT&DBKT', sectionId, tags: ['Kinh tế'] });
const article = async (id: string) => (await db.select().from(s.articles).where(eq(s.articles.id, id)))[0]!;
const workingBody = async (id: string) => {
  const a = await article(id);
  const [r] = await db.select({ body: s.revisions.body, origin: s.revisions.origin }).from(s.revisions).where(eq(s.revisions.id, a.currentRevisionId!));
  return r!;
};
async function awaitingApproval(title: string) {
  const ref = await story(title);
  await transitionArticle(v.reporter, ref.id, { event: 'submit' });
  await transitionArticle(v.editor, ref.id, { event: 'forward_for_approval' });
  return ref;
}

describe('createThread', () => {
  it('anchors the first occurrence of the quote with a comment mark in a new working revision', async () => {
    const ref = await story(`Neo ${run}`);
    const before = await article(ref.id);
    const thread = await createThread(v.leader, ref.id, { quote: 'Số liệu quý hai', body: 'Xem lại số liệu đoạn này.' });
    expect(thread).toMatchObject({ quote: 'Số liệu quý hai', status: 'open', anchored: true });
    expect(thread.replies).toEqual([expect.objectContaining({ body: 'Xem lại số liệu đoạn này.', authorId: v.leader.id })]);

    const after = await article(ref.id);
    expect(after.version).toBe(before.version + 1);
    expect(after.currentRevisionId).not.toBe(before.currentRevisionId);
    const working = await workingBody(ref.id);
    expect(working.origin).toBe('comment');
    expect(commentThreadIds(working.body as JSONContent)).toEqual([thread.id]);
    const texts = ((working.body as JSONContent).content![0]!.content ?? []).map((n) => [n.text, (n.marks ?? []).map((m) => m.type)]);
    expect(texts).toEqual([
      ['Hội nghị tổng kết công tác năm 2026. ', []],
      ['Số liệu quý hai', ['comment']],
      [' tăng 6,5%.', []],
    ]);
    // The writer's next save carries the anchor and the version check still holds.
    const stale = await refusal(saveArticle(v.reporter, ref.id, { title: `Neo ${run}`, sapo: 'Sapo.', body: body(), byline: 'TTTTPT&DBKT', sectionId, tags: ['Kinh tế'], baseVersion: before.version }));
    expect(stale.code).toBe('conflict');
  });

  it('answers 422 (invalid) in Vietnamese when the quote is not in the working text, and writes nothing', async () => {
    const ref = await story(`Không thấy ${run}`);
    const before = await article(ref.id);
    const error = await refusal(createThread(v.leader, ref.id, { quote: 'số liệu quý ba', body: 'Góp ý.' }));
    expect(error.code).toBe('invalid');
    expect(error.userMessage).toMatch(/Không tìm thấy đoạn «số liệu quý ba»/);
    expect((await article(ref.id)).version).toBe(before.version);
    expect(await db.select().from(s.articleThreads).where(eq(s.articleThreads.articleId, ref.id))).toEqual([]);
  });

  it.each([
    ['an empty quote', { quote: '', body: 'Góp ý.' }, /đoạn văn/],
    ['a quote over 1.000 characters', { quote: 'a'.repeat(1001), body: 'Góp ý.' }, /1\.000/],
    ['an empty comment', { quote: 'Hội nghị', body: '   ' }, /nội dung góp ý/],
    ['a comment over 4.000 characters', { quote: 'Hội nghị', body: 'x'.repeat(4001) }, /4\.000/],
    ['an unknown field', { quote: 'Hội nghị', body: 'Góp ý.', status: 'resolved' }, /status/],
    ['not an object', 'Hội nghị', /quote/],
  ])('refuses %s', async (_label, input, message) => {
    const ref = await story(`Sai ${run}`);
    const error = await refusal(createThread(v.leader, ref.id, input));
    expect(error.code).toBe('invalid');
    expect(error.userMessage).toMatch(message);
  });

  it('is for signed-in staff who may read the story', async () => {
    const ref = await story(`Quyền ${run}`);
    expect((await refusal(createThread(ANONYMOUS, ref.id, { quote: 'Hội nghị', body: 'a' }))).code).toBe('unauthenticated');
    expect((await refusal(createThread(v.otherReporter, ref.id, { quote: 'Hội nghị', body: 'a' }))).code).toBe('forbidden');
    expect((await refusal(listThreads(ANONYMOUS, ref.id))).code).toBe('unauthenticated');
    expect((await refusal(listThreads(v.otherReporter, ref.id))).code).toBe('forbidden');
    expect((await refusal(listThreads(v.leader, 'not-a-uuid'))).code).toBe('not_found');
    // The writer may comment on their own story.
    await createThread(v.reporter, ref.id, { quote: 'Hội nghị', body: 'Tự ghi chú.' });
    expect(await listThreads(v.reporter, ref.id)).toHaveLength(1);
  });

  it('keeps at most 200 threads on a story', async () => {
    const ref = await story(`Giới hạn ${run}`);
    await db.insert(s.articleThreads).values(Array.from({ length: 200 }, () => ({ articleId: ref.id, quote: 'Hội nghị', createdBy: v.leader.id })));
    const error = await refusal(createThread(v.leader, ref.id, { quote: 'Hội nghị', body: 'Thêm một.' }));
    expect(error.code).toBe('invalid');
    expect(error.userMessage).toMatch(/200 góp ý/);
  });
});

describe('a thread after the sign-off', () => {
  it('is a change like any other: the approval is voided and the approver told, the story goes back to review', async () => {
    const ref = await awaitingApproval(`Sau duyệt ${run}`);
    await transitionArticle(v.leader, ref.id, { event: 'approve' });
    expect((await article(ref.id)).status).toBe('approved');
    await createThread(v.editor, ref.id, { quote: 'quý hai', body: 'Còn một chỗ.' });
    const after = await article(ref.id);
    expect(after).toMatchObject({ status: 'in_review', approvedRevisionId: null });
    const voided = await db.select().from(s.workflowEvents).where(and(eq(s.workflowEvents.articleId, ref.id), eq(s.workflowEvents.event, 'approval_voided')));
    expect(voided).toHaveLength(1);
    const told = await db.select().from(s.notifications).where(and(eq(s.notifications.articleId, ref.id), eq(s.notifications.kind, 'approval_voided')));
    expect(told.map((n) => n.userId)).toContain(v.leader.id);
  });
});

describe('people outside the newsroom', () => {
  it('a preview link of the anchored working copy shows the text without any trace of the anchor', async () => {
    const ref = await story(`Xem trước ${run}`);
    const thread = await createThread(v.leader, ref.id, { quote: 'quý hai', body: 'Góp ý.' });
    const link = await createPreviewLink(v.reporter, ref.id, { hours: 1 });
    const preview = await previewByToken(link.url.split('/').pop()!);
    expect(preview).not.toBeNull();
    const json = JSON.stringify(preview!.body);
    expect(json).not.toContain('comment');
    expect(json).not.toContain(thread.id);
    expect(preview!.body.content![0]!.content).toEqual([{ type: 'text', text: BODY }]);
  });
});

describe('replies and mentions', () => {
  it('adds a reply; an @[uuid] mention notifies the active staff named, once, never the author or the inactive', async () => {
    const ref = await story(`Nhắc ${run}`);
    const thread = await createThread(v.leader, ref.id, { quote: 'Hội nghị', body: 'Góp ý.' });
    const reply = await addThreadReply(v.reporter, ref.id, thread.id, {
      body: `Nhờ @[${v.editor.id.toUpperCase()}] và @[${v.editor.id}] xem, @[${v.inactive.id}], @[${v.reporter.id}], @[${crypto.randomUUID()}].`,
    });
    expect(reply.mentioned).toEqual([v.editor.id]);
    const notes = await db.select().from(s.notifications).where(eq(s.notifications.articleId, ref.id));
    expect(notes.map((n) => [n.userId, n.kind])).toEqual([[v.editor.id, 'thread_mention']]);
    expect(notes[0]!.message).toContain(`Nhắc ${run}`);
    const [listed] = await listThreads(v.editor, ref.id);
    expect(listed!.replies.map((r) => r.body)).toEqual(['Góp ý.', reply.body]);
  });

  it('refuses a reply to a thread of another story, an empty or too long reply, and past 500 replies', async () => {
    const ref = await story(`Trả lời ${run}`);
    const other = await story(`Khác ${run}`);
    const thread = await createThread(v.leader, ref.id, { quote: 'Hội nghị', body: 'Góp ý.' });
    expect((await refusal(addThreadReply(v.leader, other.id, thread.id, { body: 'a' }))).code).toBe('not_found');
    expect((await refusal(addThreadReply(v.leader, ref.id, 'x', { body: 'a' }))).code).toBe('not_found');
    expect((await refusal(addThreadReply(v.leader, ref.id, thread.id, { body: '' }))).code).toBe('invalid');
    expect((await refusal(addThreadReply(v.leader, ref.id, thread.id, { body: 'y'.repeat(4001) }))).userMessage).toMatch(/4\.000/);
    expect((await refusal(addThreadReply(v.otherReporter, ref.id, thread.id, { body: 'a' }))).code).toBe('forbidden');
    await db.insert(s.articleThreadReplies).values(Array.from({ length: 499 }, () => ({ threadId: thread.id, authorId: v.leader.id, body: 'z' })));
    const error = await refusal(addThreadReply(v.leader, ref.id, thread.id, { body: 'Thêm.' }));
    expect(error.userMessage).toMatch(/500 trả lời/);
  });
});

describe('resolve and reopen', () => {
  it('by the thread author, the writer, editors and leaders; another reporter is refused; each is audited', async () => {
    const ref = await story(`Giải quyết ${run}`);
    const thread = await createThread(v.leader, ref.id, { quote: 'Hội nghị', body: 'Góp ý.' });
    // Another leader than the author may (leaders and editors may); another staff member who cannot read may not.
    expect((await refusal(resolveThread(v.otherReporter, ref.id, thread.id))).code).toBe('forbidden');
    expect((await refusal(resolveThread(ANONYMOUS, ref.id, thread.id))).code).toBe('unauthenticated');
    // An administrator reads every story and may reply, but is none of those who settle a thread.
    await addThreadReply(v.admin, ref.id, thread.id, { body: 'Đã xem.' });
    const admin = await refusal(resolveThread(v.admin, ref.id, thread.id));
    expect(admin.code).toBe('forbidden');
    expect(admin.userMessage).toMatch(/Chỉ người mở góp ý, người viết bài, biên tập viên hoặc lãnh đạo/);
    expect(await resolveThread(v.reporter, ref.id, thread.id)).toMatchObject({ status: 'resolved', resolvedBy: v.reporter.id });
    expect((await refusal(resolveThread(v.leader, ref.id, thread.id))).code).toBe('conflict');
    expect((await refusal(reopenThread(v.admin, ref.id, thread.id))).code).toBe('forbidden');
    expect(await reopenThread(v.leader2, ref.id, thread.id)).toMatchObject({ status: 'open', resolvedBy: null, resolvedAt: null });
    expect(await resolveThread(v.editor, ref.id, thread.id)).toMatchObject({ status: 'resolved' });
    const events = await db
      .select({ event: s.workflowEvents.event, actorId: s.workflowEvents.actorId, data: s.workflowEvents.data })
      .from(s.workflowEvents)
      .where(and(eq(s.workflowEvents.articleId, ref.id)))
      .orderBy(asc(s.workflowEvents.id));
    expect(events.filter((e) => e.event.startsWith('thread_')).map((e) => [e.event, e.actorId, e.data.threadId])).toEqual([
      ['thread_opened', v.leader.id, thread.id],
      ['thread_resolved', v.reporter.id, thread.id],
      ['thread_reopened', v.leader2.id, thread.id],
      ['thread_resolved', v.editor.id, thread.id],
    ]);
  });

  it('a reporter credited on the story but not the thread author may resolve; a reporter who only commented may resolve their own thread', async () => {
    const ref = await story(`Tác giả ${run}`);
    await db.insert(s.articleAuthors).values({ articleId: ref.id, userId: v.otherReporter.id, ordinal: 1 }).onConflictDoNothing();
    const own = await createThread(v.otherReporter, ref.id, { quote: 'Hội nghị', body: 'Ghi chú của tôi.' });
    expect(await resolveThread(v.otherReporter, ref.id, own.id)).toMatchObject({ status: 'resolved' });
  });
});

describe('the sign-off', () => {
  it('is refused while any thread is open, with a count, and allowed once all are resolved', async () => {
    const ref = await awaitingApproval(`Duyệt ${run}`);
    const a = await createThread(v.leader, ref.id, { quote: 'Hội nghị', body: 'Một.' });
    const b = await createThread(v.leader, ref.id, { quote: 'Số liệu', body: 'Hai.' });
    const error = await refusal(transitionArticle(v.leader, ref.id, { event: 'approve' }));
    expect(error.code).toBe('invalid');
    expect(error.userMessage).toMatch(/^Còn 2 góp ý chưa giải quyết/);
    expect(error.details).toMatchObject({ openThreads: 2, firstThreadId: a.id });
    await resolveThread(v.reporter, ref.id, a.id);
    expect((await refusal(transitionArticle(v.leader, ref.id, { event: 'approve' }))).userMessage).toMatch(/^Còn 1 góp ý chưa giải quyết/);
    await resolveThread(v.reporter, ref.id, b.id);
    expect((await transitionArticle(v.leader, ref.id, { event: 'approve' })).to).toBe('approved');

    // Published, the story's readers get the text without any trace of the anchors.
    await transitionArticle(v.editor, ref.id, { event: 'publish' });
    const live = await publicArticleBySlug((await article(ref.id)).slug);
    expect(live.found).toBe('article');
    if (live.found !== 'article') return;
    const json = JSON.stringify(live.article.body);
    expect(json).not.toContain('comment');
    expect(json).not.toContain(a.id);
    expect(live.article.body).toEqual(expect.objectContaining({ content: [expect.objectContaining({ content: [{ type: 'text', text: BODY }] })] }));
  });
});

describe('history', () => {
  it('lists with each revision the threads that were open when it was made', async () => {
    const ref = await story(`Lịch sử góp ý ${run}`);
    await createThread(v.leader, ref.id, { quote: 'Hội nghị', body: 'Góp ý một.' });
    const second = await createThread(v.leader, ref.id, { quote: 'Số liệu', body: 'Góp ý hai.' });
    await resolveThread(v.reporter, ref.id, second.id);
    const a = await article(ref.id);
    await saveArticle(v.reporter, ref.id, { title: `Lịch sử góp ý ${run}`, sapo: 'Sapo sửa.', body: (await workingBody(ref.id)).body as JSONContent, byline: 'TTTTPT&DBKT', sectionId, tags: ['Kinh tế'], baseVersion: a.version });
    const rows = await revisionsOf(ref.id);
    expect(rows.map((r) => [r.number, r.origin, r.openThreads])).toEqual([
      [4, 'save', 1],
      [3, 'comment', 2],
      [2, 'comment', 1],
      [1, 'save', 0],
    ]);
  });
});

describe('openThreads (many comments at once)', () => {
  it('places every comment it can in ONE revision; a quote not in the text is reported and the others still go in', async () => {
    const ref = await story(`Lô ${run}`);
    const before = await article(ref.id);
    const revisionsBefore = (await db.select().from(s.revisions).where(eq(s.revisions.articleId, ref.id))).length;
    // Positions of "tổng kết" and "6,5%" in the one paragraph (1 is the paragraph's opening).
    const from = 1 + BODY.indexOf('tổng kết');
    const last = 1 + BODY.indexOf('6,5%');
    const { results, version } = await openThreads(
      v.leader,
      ref.id,
      [
        { input: { quote: 'tổng kết', body: 'Một.' }, at: { from, to: from + 'tổng kết'.length } },
        { input: { quote: 'số liệu quý ba', body: 'Không có.' } },
        { input: { quote: 'Số liệu quý hai tăng', body: 'Hai @[' + v.editor.id + ']' } },
        { input: { quote: '', body: 'Trống.' } },
        { input: { quote: '6,5%', body: 'Ba.' }, at: { from: last, to: last + 4 } },
      ],
      before.version,
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false, true]);
    expect(results[1]).toMatchObject({ ok: false, message: expect.stringMatching(/Không tìm thấy đoạn «số liệu quý ba»/) });
    expect(results[1]!.ok === false && results[1]!.error.details).toMatchObject({ field: 'quote', status: 422, reason: 'quote_not_found' });
    expect(results[3]).toMatchObject({ ok: false, message: expect.stringMatching(/đoạn văn/) });

    const after = await article(ref.id);
    expect(after.version).toBe(before.version + 1);
    expect(version).toBe(after.version);
    expect((await db.select().from(s.revisions).where(eq(s.revisions.articleId, ref.id))).length).toBe(revisionsBefore + 1);
    const working = await workingBody(ref.id);
    expect(working.origin).toBe('comment');
    // Each anchor covers exactly its words: anchoring one did not move the next one's positions.
    const ids = results.flatMap((r) => (r.ok ? [r.thread.id] : []));
    expect(Object.fromEntries(commentQuotes(working.body as JSONContent))).toEqual({ [ids[0]!]: 'tổng kết', [ids[1]!]: 'Số liệu quý hai tăng', [ids[2]!]: '6,5%' });
    expect((await listThreads(v.leader, ref.id)).map((t) => [t.quote, t.anchored])).toEqual([
      ['tổng kết', true],
      ['Số liệu quý hai tăng', true],
      ['6,5%', true],
    ]);
    const opened = await db.select().from(s.workflowEvents).where(and(eq(s.workflowEvents.articleId, ref.id), eq(s.workflowEvents.event, 'thread_opened')));
    expect(opened).toHaveLength(3);
    const mentions = await db.select().from(s.notifications).where(and(eq(s.notifications.userId, v.editor.id), eq(s.notifications.articleId, ref.id), eq(s.notifications.kind, 'thread_mention')));
    expect(mentions).toHaveLength(1);
  });

  it('writes nothing when no comment can be placed, and refuses a stale version as a whole', async () => {
    const ref = await story(`Lô rỗng ${run}`);
    const before = await article(ref.id);
    const { results, version } = await openThreads(v.leader, ref.id, [{ input: { quote: 'không có', body: 'a' } }]);
    expect(results).toMatchObject([{ ok: false }]);
    expect(version).toBe(before.version);
    expect((await article(ref.id)).currentRevisionId).toBe(before.currentRevisionId);
    expect((await refusal(openThreads(v.leader, ref.id, [{ input: { quote: 'Hội nghị', body: 'a' } }], before.version - 1))).code).toBe('conflict');
  });

  it('reports the comments over the story\'s thread limit as not placed and places the rest', async () => {
    const ref = await story(`Lô giới hạn ${run}`);
    const [u] = await db.select({ id: s.users.id }).from(s.users).where(eq(s.users.id, v.leader.id));
    await db.insert(s.articleThreads).values(Array.from({ length: MAX_THREADS_PER_ARTICLE - 1 }, () => ({ articleId: ref.id, quote: 'Hội nghị', createdBy: u!.id })));
    const { results } = await openThreads(v.leader, ref.id, [
      { input: { quote: 'không có', body: 'a' } },
      { input: { quote: 'Hội nghị', body: 'b' } },
      { input: { quote: 'Số liệu', body: 'c' } },
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, true, false]);
    expect(results[2]).toMatchObject({ ok: false, message: expect.stringMatching(/Bài đã có 200 góp ý/) });
    expect(commentThreadIds((await workingBody(ref.id)).body as JSONContent)).toHaveLength(1);
  });
});
