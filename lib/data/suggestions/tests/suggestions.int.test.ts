// Suggestions (issue 23) on the real database: accept and reject through the data layer save a new
// working revision with the ordinary save's policy and version check, the audit trail records each
// decision, the sign-off waits for every suggestion, and the signed text is the accepted text only.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { bodyToPlainText } from '@/lib/content/plain-text';
import { hasSuggestionMark } from '@/lib/content/suggestions';
import type { JSONContent } from '@/lib/content/types';
import { createArticle } from '../../articles/create-article';
import { saveArticle } from '../../articles/save-article';
import { transitionArticle } from '../../articles/transition-article';
import { createStaff, refusal, type StaffViewer } from '../../tests/staff-fixtures';
import { decideArticleSuggestion, listArticleSuggestions } from '../suggestions';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
let sectionId = '';
const v = {} as Record<'reporter' | 'otherReporter' | 'editor' | 'leader', StaffViewer>;

beforeAll(async () => {
  const staff = await createStaff(db, { prefix: 'sug', run, sectionName: `Gợi ý ${run}` }, {
    reporter: { roles: ['reporter'] },
    otherReporter: { roles: ['reporter'] },
    editor: { roles: ['editor'] },
    leader: { roles: ['leader'] },
  });
  sectionId = staff.sectionId;
  Object.assign(v, staff.viewers);
});

const INS = '3f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';
const DEL = '4f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7c';
const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const mark = (type: string, id: string, authorId = v.leader.id) => ({ type, attrs: { id, authorId, createdAt: '2026-12-06T03:00:00.000Z' } });
const plain = { type: 'doc', content: [{ type: 'paragraph', content: [t('Hội nghị diễn ra tại Hà Nội. Đại biểu đông đủ.')] }] };
// The leader suggests "sáng nay " and the removal of the second sentence.
const suggested = (authorId = v.leader.id) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [t('Hội nghị diễn ra '), t('sáng nay ', [mark('insertion', INS, authorId)]), t('tại Hà Nội.'), t(' Đại biểu đông đủ.', [mark('deletion', DEL, authorId)])] }],
});
const article = async (id: string) => (await db.select().from(s.articles).where(eq(s.articles.id, id)))[0]!;
const working = async (id: string) => {
  const a = await article(id);
  const [r] = await db.select().from(s.revisions).where(eq(s.revisions.id, a.currentRevisionId!));
  return r!;
};
const fields = () => ({ sapo: 'Sapo.', byline: 'TTTTPT&DBKT', sectionId, tags: ['Kinh tế'] });
async function awaitingApprovalWithSuggestions(title: string) {
  const ref = await createArticle(v.reporter, { title, body: plain, ...fields() });
  await transitionArticle(v.reporter, ref.id, { event: 'submit' });
  await transitionArticle(v.editor, ref.id, { event: 'forward_for_approval' });
  const a = await article(ref.id);
  await saveArticle(v.leader, ref.id, { title, body: suggested(), ...fields(), baseVersion: a.version });
  return ref;
}

describe('suggestions through the data layer', () => {
  it('refuses a save that adds a suggestion in someone else\'s name, and keeps earlier ones as they were', async () => {
    const title = `Mạo danh ${run}`;
    const ref = await createArticle(v.reporter, { title, body: plain, ...fields() });
    // The reporter sends a body whose new suggestions claim to be the leader's.
    const forged = await refusal(saveArticle(v.reporter, ref.id, { title, body: suggested(), ...fields(), baseVersion: (await article(ref.id)).version }));
    expect(forged.code).toBe('invalid');
    expect(forged.userMessage).toMatch(/gợi ý mới ghi tên người khác/);
    expect(hasSuggestionMark((await working(ref.id)).body as JSONContent)).toBe(false);
    // Nor can a new story arrive with them.
    expect((await refusal(createArticle(v.reporter, { title: `${title} mới`, body: suggested(), ...fields() }))).userMessage).toMatch(/gợi ý mới ghi tên người khác/);
    // The leader's own suggestions save; the reporter may then save the body with them unchanged.
    await transitionArticle(v.reporter, ref.id, { event: 'submit' });
    await transitionArticle(v.editor, ref.id, { event: 'forward_for_approval' });
    await saveArticle(v.leader, ref.id, { title, body: suggested(), ...fields(), baseVersion: (await article(ref.id)).version });
    const withTitle = await saveArticle(v.leader, ref.id, { title: `${title} (sửa)`, body: suggested(), ...fields(), baseVersion: (await article(ref.id)).version });
    expect(withTitle.changed).toBe(true);
  });

  it('lists each open suggestion with its author name and text', async () => {
    const ref = await awaitingApprovalWithSuggestions(`Liệt kê ${run}`);
    const list = await listArticleSuggestions(v.reporter, ref.id);
    expect(list).toEqual([
      expect.objectContaining({ id: INS, kind: 'insertion', inserted: 'sáng nay ', authorId: v.leader.id, authorName: `leader ${run}` }),
      expect.objectContaining({ id: DEL, kind: 'deletion', deleted: ' Đại biểu đông đủ.', authorId: v.leader.id }),
    ]);
    // A reporter who is not on the story may not read it, nor its suggestions.
    expect((await refusal(listArticleSuggestions(v.otherReporter, ref.id))).code).toBe('forbidden');
  });

  it('refuses approval while any suggestion is open, counted; allows it after; the signed text is the accepted text only', async () => {
    const ref = await awaitingApprovalWithSuggestions(`Duyệt ${run}`);
    const error = await refusal(transitionArticle(v.leader, ref.id, { event: 'approve' }));
    expect(error.userMessage).toMatch(/^Còn 2 gợi ý chưa xử lý/);
    expect(error.details).toMatchObject({ reason: 'open_suggestions', openSuggestions: 2, firstSuggestionId: INS });

    const accepted = await decideArticleSuggestion(v.leader, ref.id, DEL, 'accept');
    expect(accepted.changed).toBe(true);
    expect((await working(ref.id)).origin).toBe('suggestion');
    expect((await refusal(transitionArticle(v.leader, ref.id, { event: 'approve' }))).userMessage).toMatch(/^Còn 1 gợi ý chưa xử lý/);
    await decideArticleSuggestion(v.leader, ref.id, INS, 'reject');

    expect((await transitionArticle(v.leader, ref.id, { event: 'approve' })).to).toBe('approved');
    const signed = await working(ref.id);
    expect(hasSuggestionMark(signed.body as JSONContent)).toBe(false);
    expect(bodyToPlainText(signed.body as JSONContent)).toBe('Hội nghị diễn ra tại Hà Nội.');
    const [approval] = await db.select().from(s.approvals).where(eq(s.approvals.articleId, ref.id));
    expect(approval!.revisionId).toBe(signed.id);
    expect(approval!.contentHash).toBe(signed.contentHash);

    const events = await db
      .select({ event: s.workflowEvents.event, actorId: s.workflowEvents.actorId, data: s.workflowEvents.data })
      .from(s.workflowEvents)
      .where(and(eq(s.workflowEvents.articleId, ref.id)))
      .orderBy(asc(s.workflowEvents.createdAt), asc(s.workflowEvents.id));
    const decisions = events.filter((e) => e.event.startsWith('suggestion_'));
    expect(decisions).toEqual([
      { event: 'suggestion_accepted', actorId: v.leader.id, data: expect.objectContaining({ suggestionId: DEL, kind: 'deletion', authorId: v.leader.id, text: ' Đại biểu đông đủ.' }) },
      { event: 'suggestion_rejected', actorId: v.leader.id, data: expect.objectContaining({ suggestionId: INS, kind: 'insertion', text: 'sáng nay ' }) },
    ]);
  });

  it('has the draft save policy and version check', async () => {
    // The writer's own suggestions on a draft (a body may bring new suggestions only in its saver's name).
    const ref = await createArticle(v.reporter, { title: `Nháp ${run}`, body: suggested(v.reporter.id), ...fields() });
    // Not on the story: may not edit it.
    expect((await refusal(decideArticleSuggestion(v.otherReporter, ref.id, INS, 'accept'))).code).toBe('forbidden');
    // Based on an older version: a conflict, nothing saved.
    const a = await article(ref.id);
    expect((await refusal(decideArticleSuggestion(v.reporter, ref.id, INS, 'accept', a.version - 1))).code).toBe('conflict');
    expect((await article(ref.id)).version).toBe(a.version);
    // The writer accepts on the draft.
    const saved = await decideArticleSuggestion(v.reporter, ref.id, INS, 'accept', a.version);
    expect(saved.version).toBe(a.version + 1);
    expect(bodyToPlainText((await working(ref.id)).body as JSONContent)).toBe('Hội nghị diễn ra sáng nay tại Hà Nội. Đại biểu đông đủ.');
    // Already decided, or never there: not found.
    expect((await refusal(decideArticleSuggestion(v.reporter, ref.id, INS, 'reject'))).code).toBe('not_found');
    expect((await refusal(decideArticleSuggestion(v.reporter, ref.id, 'nope', 'reject'))).code).toBe('not_found');
  });
});

describe('staff search text (SQL tiptap_plain_text)', () => {
  it('reads the body as if every suggestion were rejected, as the JavaScript plain text does', async () => {
    const body = suggested();
    const { rows } = await pool.query<{ text: string }>('select tiptap_plain_text($1::jsonb) as text', [JSON.stringify(body)]);
    expect(rows[0]!.text).toBe(bodyToPlainText(body as JSONContent));
    expect(rows[0]!.text).toBe('Hội nghị diễn ra tại Hà Nội. Đại biểu đông đủ.');
  });
});
