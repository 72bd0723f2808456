// The story editor's door to comment threads (thread-actions.ts): a thread opened on the selected
// occurrence of the version on screen (a story changed since is a conflict, nothing half-made), the
// "Nhắc đến" picker offers only staff who may read the story, the panel gets the names its
// mentions stand for, and the approval refusal links to the first open thread.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { commentQuotes } from '@/lib/content/comment-marks';
import type { JSONContent } from '@/lib/content/types';
import { createArticle } from '../../articles/create-article';
import { saveArticle } from '../../articles/save-article';
import { transitionArticle } from '../../articles/transition-article';
import { createStaff, refusal, type StaffViewer } from '../../tests/staff-fixtures';
import { addThreadReply, mentionCandidates, openThread, threadsForEditor } from '../threads';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
let sectionId = '';
const v = {} as Record<'reporter' | 'otherReporter' | 'editor' | 'leader', StaffViewer>;

beforeAll(async () => {
  const staff = await createStaff(db, { prefix: 'thr-ui', run, sectionName: `Góp ý UI ${run}` }, {
    reporter: { roles: ['reporter'], name: `Phóng viên Hà ${run}` },
    otherReporter: { roles: ['reporter'], name: `Phóng viên Hà Khác ${run}` },
    editor: { roles: ['editor'], name: `Biên tập Hà ${run}` },
    leader: { roles: ['leader'], name: `Lãnh đạo ${run}` },
  });
  sectionId = staff.sectionId;
  Object.assign(v, staff.viewers);
});

const TEXT = 'Số liệu quý hai khả quan. Số liệu quý hai tăng 6,5%.';
const story = () => createArticle(v.reporter, { title: `Bài góp ý ${run}`, sapo: 'Sapo.', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: TEXT }] }] }, byline: 'TTTTPT&DBKT', sectionId, tags: [] });
const version = async (id: string) => (await db.select({ version: s.articles.version }).from(s.articles).where(eq(s.articles.id, id)))[0]!.version;

describe('openThread from the editor', () => {
  it('anchors the selected occurrence and answers the new version', async () => {
    const ref = await story();
    const before = await version(ref.id);
    // The second "Số liệu quý hai": characters 26 to 41 of the paragraph, positions 27 to 42.
    const { thread, version: after } = await openThread(v.reporter, ref.id, { quote: 'Số liệu quý hai', body: 'Xem lại.' }, { version: before, from: 27, to: 42 });
    expect(after).toBe(before + 1);
    expect(await version(ref.id)).toBe(after);
    const [a] = await db.select().from(s.articles).where(eq(s.articles.id, ref.id));
    const [r] = await db.select({ body: s.revisions.body }).from(s.revisions).where(eq(s.revisions.id, a!.currentRevisionId!));
    const para = (r!.body as JSONContent).content![0]!.content!;
    expect(para.map((n) => n.text)).toEqual(['Số liệu quý hai khả quan. ', 'Số liệu quý hai', ' tăng 6,5%.']);
    expect(commentQuotes(r!.body as JSONContent).get(thread.id)).toBe('Số liệu quý hai');
  });

  it('refuses as a conflict when the story changed since the version on screen, and opens nothing', async () => {
    const ref = await story();
    const seen = await version(ref.id);
    await saveArticle(v.reporter, ref.id, { title: `Bài góp ý ${run}`, sapo: 'Sapo mới.', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: TEXT }] }] }, baseVersion: seen }, { origin: 'save' });
    const e = await refusal(openThread(v.reporter, ref.id, { quote: 'Số liệu quý hai', body: 'Xem lại.' }, { version: seen, from: 1, to: 16 }));
    expect(e.code).toBe('conflict');
    expect(await db.select().from(s.articleThreads).where(eq(s.articleThreads.articleId, ref.id))).toHaveLength(0);
  });
});

describe('mention picker and names', () => {
  it('offers staff who may read the story, matched without diacritics, never the viewer nor a reporter who is not a writer of it', async () => {
    const ref = await story();
    const names = (await mentionCandidates(v.leader, ref.id, `ha ${run}`)).map((p) => p.name);
    expect(names).toEqual([`Biên tập Hà ${run}`, `Phóng viên Hà ${run}`]);
    expect((await mentionCandidates(v.editor, ref.id, `ha ${run}`)).map((p) => p.name)).toEqual([`Phóng viên Hà ${run}`]);
    expect(await mentionCandidates(v.leader, ref.id, '%')).toEqual([]);
    expect((await refusal(mentionCandidates(v.otherReporter, ref.id, 'ha'))).code).toBe('forbidden');
  });

  it('gives the panel the names its @[id] stand for, and who settles any thread', async () => {
    const ref = await story();
    const { thread } = await openThread(v.reporter, ref.id, { quote: 'khả quan', body: 'Nhờ xem.' });
    await addThreadReply(v.reporter, ref.id, thread.id, { body: `Nhờ @[${v.editor.id}] xem.` });
    const forWriter = await threadsForEditor(v.reporter, ref.id);
    expect(forWriter.names).toEqual({ [v.editor.id]: `Biên tập Hà ${run}` });
    expect(forWriter.canSettleAll).toBe(true);
    expect(forWriter.threads).toHaveLength(1);
  });
});

describe('approval refusal', () => {
  it('links to the first open thread', async () => {
    const ref = await story();
    const { thread } = await openThread(v.reporter, ref.id, { quote: 'khả quan', body: 'Xem lại.' });
    await transitionArticle(v.reporter, ref.id, { event: 'submit' });
    await transitionArticle(v.editor, ref.id, { event: 'forward_for_approval' });
    const e = await refusal(transitionArticle(v.leader, ref.id, { event: 'approve' }));
    expect(e.details?.link).toEqual({ href: `/toa-soan/bai-viet/${ref.id}#gop-y-${thread.id}`, label: 'Đến góp ý đầu tiên' });
  });
});
