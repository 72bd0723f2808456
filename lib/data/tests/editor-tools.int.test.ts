import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { createArticle } from '../articles/create-article';
import { saveArticle } from '../articles/save-article';
import { transitionArticle } from '../articles/transition-article';
import { linkableStories, tagSuggestions } from '../editor-lookups/lookups';
import { DataError } from '../errors';
import { createPreviewLink, revokePreviewLink, shareLinksOf } from '../tokens/preview-links';
import { creditableWriters } from '../users/writers';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());

const run = crypto.randomUUID().slice(0, 8);
let sectionId = '';
type Key = 'reporter' | 'coAuthor' | 'editor' | 'leader' | 'admin' | 'adminWriter' | 'tester' | 'inactive';
const viewers = {} as Record<Key, Viewer & { kind: 'user' }>;

async function makeUser(key: Key, roles: Role[], email = `${key}-${run}@ktw.gov.vn`, isActive = true) {
  const [user] = await db.insert(s.users).values({ email, name: `${key} ${run}`, roles, isActive }).returning();
  viewers[key] = { kind: 'user', id: user!.id, roles };
}

beforeAll(async () => {
  const [section] = await db.insert(s.sections).values({ slug: `et-${run}`, name: `Chuyên mục ${run}` }).returning();
  sectionId = section!.id;
  await makeUser('reporter', ['reporter']);
  await makeUser('coAuthor', ['reporter']);
  await makeUser('editor', ['editor']);
  await makeUser('leader', ['leader']);
  await makeUser('admin', ['admin']);
  await makeUser('adminWriter', ['admin', 'reporter']);
  await makeUser('tester', ['reporter'], `tester-${run}@e2e.test`);
  await makeUser('inactive', ['reporter'], `inactive-${run}@ktw.gov.vn`, false);
});

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (text?: string) => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });
const row = (...cells: string[]) => ({ type: 'tableRow', content: cells.map((t) => ({ type: 'tableCell', content: [p(t || undefined)] })) });
const content = (title: string, body: unknown = doc(p('Nội dung'))) => ({ title, sapo: 'Sapo.', body, byline: 'TTTTPT&DBKT', sectionId });

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('editor tools on the real database', () => {
  it('never stores a fully empty table row, so none can be published', async () => {
    const ref = await createArticle(viewers.reporter, content(`Bảng ${run}`));
    const saved = await saveArticle(viewers.reporter, ref.id, {
      ...content(`Bảng ${run}`, doc(p('Số liệu'), { type: 'table', content: [row('Vùng', 'Tăng trưởng'), row('', ' '), row('Bắc Bộ', '6,5%')] })),
      baseVersion: 1,
    });
    const [article] = await db.select().from(s.articles).where(eq(s.articles.id, ref.id));
    const [revision] = await db.select().from(s.revisions).where(eq(s.revisions.id, article!.currentRevisionId!));
    const table = (revision!.body as { content: Array<{ type: string; content?: unknown[] }> }).content.find((n) => n.type === 'table');
    expect(table?.content).toHaveLength(2);
    expect(saved.version).toBeGreaterThan(1);
  });

  it('lists a story’s share links (bounded, no tokens) and lets only their creator or senior staff revoke them', async () => {
    const ref = await createArticle(viewers.reporter, content(`Chia sẻ ${run}`));
    await saveArticle(viewers.reporter, ref.id, { ...content(`Chia sẻ ${run}`), authorIds: [viewers.reporter.id, viewers.coAuthor.id], baseVersion: 1 });
    const own = await createPreviewLink(viewers.reporter, ref.id, { hours: 2 });
    const coAuthors = await createPreviewLink(viewers.coAuthor, ref.id, { hours: 2 });
    const editors = await createPreviewLink(viewers.editor, ref.id, { hours: 2 });

    const seen = await shareLinksOf(viewers.reporter, ref.id);
    expect(seen.links.map((l) => l.id).sort()).toEqual([own.id, coAuthors.id, editors.id].sort());
    expect(JSON.stringify(seen)).not.toContain('xem_');
    expect(Object.fromEntries(seen.links.map((l) => [l.id, l.canRevoke]))).toEqual({ [own.id]: true, [coAuthors.id]: false, [editors.id]: false });

    // A co-writing reporter cannot cut off a link someone else sent; an editor can.
    const refused = await refusal(revokePreviewLink(viewers.reporter, ref.id, editors.id));
    expect(refused.code).toBe('forbidden');
    expect(refused.userMessage).toMatch(/do chính mình tạo/);
    await revokePreviewLink(viewers.reporter, ref.id, own.id);
    await revokePreviewLink(viewers.editor, ref.id, coAuthors.id);
    const after = await shareLinksOf(viewers.editor, ref.id);
    expect(after.links[0]).toMatchObject({ id: editors.id, state: 'active', canRevoke: true });
    expect(after.links.filter((l) => l.state === 'revoked').map((l) => l.id).sort()).toEqual([own.id, coAuthors.id].sort());

    // Reading the story is the floor: a stranger reporter sees nothing.
    expect((await refusal(shareLinksOf(viewers.tester, ref.id))).code).toBe('forbidden');
  });

  it('finds published stories to link to by the words of their title, diacritics ignored, never drafts', async () => {
    const word = `zlk${run.replace(/[^a-z]/g, '')}`;
    const live = await createArticle(viewers.reporter, content(`Hội nghị Đà Nẵng ${word}`));
    await transitionArticle(viewers.reporter, live.id, { event: 'submit' });
    await transitionArticle(viewers.editor, live.id, { event: 'forward_for_approval' });
    await transitionArticle(viewers.leader, live.id, { event: 'approve' });
    await transitionArticle(viewers.editor, live.id, { event: 'publish' });
    await createArticle(viewers.reporter, content(`Nháp Đà Nẵng ${word}`));

    const found = await linkableStories(viewers.reporter, `da nang ${word}`);
    expect(found).toEqual([expect.objectContaining({ title: `Hội nghị Đà Nẵng ${word}`, href: `/bai-viet/${live.slug}` })]);
    expect(await linkableStories(viewers.reporter, `hoi ngh ${word.slice(0, 6)}`)).toHaveLength(1);
    expect(await linkableStories(viewers.reporter, '  ')).toEqual([]);
    expect(await linkableStories(viewers.reporter, `'):* | !& ${word}`)).toHaveLength(1);
    expect((await refusal(linkableStories(viewers.admin, word))).code).toBe('forbidden');
  });

  it('suggests existing tags that start a word with what was typed, at most ten', async () => {
    const stem = `tk${run.replace(/[^a-z]/g, '')}`;
    await db.insert(s.tags).values(Array.from({ length: 12 }, (_, i) => ({ slug: `${stem}-${i}`, name: `Kinh tế ${stem} ${i}` })));
    await db.insert(s.tags).values({ slug: `dn-${stem}`, name: `Đà Nẵng ${stem}` });
    expect(await tagSuggestions(viewers.reporter, `kinh te ${stem}`)).toHaveLength(10);
    expect((await tagSuggestions(viewers.reporter, `da nang ${stem}`)).map((t) => t.name)).toEqual([`Đà Nẵng ${stem}`]);
    expect((await tagSuggestions(viewers.reporter, stem)).length).toBe(10);
    expect(await tagSuggestions(viewers.reporter, '%')).toEqual([]);
    expect((await refusal(tagSuggestions({ kind: 'anonymous' }, 'x'))).code).toBe('unauthenticated');
  });

  it('offers as authors only active writers, without admin or test accounts', async () => {
    const ids = new Set((await creditableWriters()).map((w) => w.id));
    for (const key of ['reporter', 'editor', 'leader'] as const) expect(ids.has(viewers[key].id), key).toBe(true);
    for (const key of ['admin', 'adminWriter', 'tester', 'inactive'] as const) expect(ids.has(viewers[key].id), key).toBe(false);
  });
});
