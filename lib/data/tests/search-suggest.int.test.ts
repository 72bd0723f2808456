import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { connect } from '@/db/connect';
import * as schema from '@/db/schema';
import { parseSearchRequest } from '@/lib/search/params';
import { forgivingPublicSearch } from '../search/suggest-search';
import { MAX_CORRECTED_WORDS, typoFixes } from '../search/suggest';
import { createStory, uniqueWord, unpublishStory } from './public-fixtures';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());

const storiesWith = async (word: string) => (await db.select().from(schema.searchWords).where(eq(schema.searchWords.word, word)))[0]?.stories ?? 0;
/** The word with its last letter replaced: one typing slip. */
const slip = (w: string) => w.slice(0, -1) + (w.endsWith('x') ? 'y' : 'x');
/** A unique word with a mark on its third letter ("zqả…"), and its folded form. */
function markedWord() {
  const folded = uniqueWord('zqa');
  return { folded, word: `zqả${folded.slice(3)}` };
}
const search = (q: string, exact = false) => forgivingPublicSearch(parseSearchRequest({ q }), { exact });

describe('the vocabulary of public stories (search_words)', () => {
  it('counts each word of public titles and sapos, and forgets it when the story goes', async () => {
    const { folded, word } = markedWord();
    const a = await createStory(db, { title: `Tin ${word}`, sapo: `Tóm tắt ${word} ${word}` });
    expect(await storiesWith(word)).toBe(1);
    const [row] = await db.select().from(schema.searchWords).where(eq(schema.searchWords.word, word));
    expect(row?.folded).toBe(folded);
    await createStory(db, { title: `Tin khác ${word.toUpperCase()}` });
    expect(await storiesWith(word)).toBe(2);
    // A draft has no search row; one never live is not counted.
    await createStory(db, { title: `Bản nháp ${word}`, status: 'draft', search: false });
    expect(await storiesWith(word)).toBe(2);
    await unpublishStory(db, a.id);
    expect(await storiesWith(word)).toBe(1);
  });

  it('keeps numbers and codes out', async () => {
    const w = uniqueWord();
    await createStory(db, { title: `Nghị quyết 45-NQ/TW ${w} covid-19 2024` });
    const words = (await db.select({ word: schema.searchWords.word }).from(schema.searchWords)).map((r) => r.word);
    expect(words).toContain(w);
    expect(words.filter((x) => /[^\p{L}]/u.test(x))).toEqual([]);
  });
});

describe('typoFixes', () => {
  it('corrects a one-letter slip to the word of the stories, with its marks', async () => {
    const { folded, word } = markedWord();
    await createStory(db, { title: `Bài viết ${word}` });
    expect(await typoFixes([slip(folded)])).toEqual([{ typed: slip(folded), word }]);
    // Dropped, added and swapped letters too.
    expect((await typoFixes([folded.slice(0, -1)]))[0]?.word).toBe(word);
    expect((await typoFixes([folded + 'k']))[0]?.word).toBe(word);
    // Swap two neighbouring letters that differ (a random word may repeat a letter, and swapping
    // "ii" would type the word itself).
    const i = [...folded].findIndex((c, k) => k >= 3 && k + 1 < folded.length && c !== folded[k + 1]);
    const swapped = folded.slice(0, i) + folded[i + 1] + folded[i] + folded.slice(i + 2);
    expect(swapped).not.toBe(folded);
    expect((await typoFixes([swapped]))[0]?.word).toBe(word);
  });

  it('leaves words that a visible story holds, short words, and two slips alone', async () => {
    const w = uniqueWord();
    const inBody = uniqueWord();
    await createStory(db, { title: `Tiêu đề ${w}`, paragraphs: [`Thân bài ${inBody}`] });
    // inBody is not in the vocabulary (titles and sapos only) but a story holds it: not a typo.
    expect(await typoFixes([inBody])).toEqual([]);
    expect(await typoFixes([w])).toEqual([]);
    expect(await typoFixes([slip(slip(w).slice(0, -2) + 'qq')])).toEqual([]);
    expect(await typoFixes(['zqa'])).toEqual([]);
  });

  it('suggests no word that only an embargoed or withdrawn story holds', async () => {
    const embargoed = uniqueWord();
    const withdrawn = uniqueWord();
    await createStory(db, { title: `Tin giờ G ${embargoed}`, embargoUntil: new Date(Date.now() + 86_400_000) });
    const gone = await createStory(db, { title: `Tin gỡ ${withdrawn}` });
    await unpublishStory(db, gone.id);
    expect(await typoFixes([slip(embargoed), slip(withdrawn)])).toEqual([]);
  });

  it('suggests no accented spelling that only an embargoed story has, even when a public story has the plain letters', async () => {
    const { folded, word } = markedWord();
    await createStory(db, { title: `Tin công khai ${folded}` });
    // Two embargoed stories: the accented spelling is the more common one in the vocabulary.
    for (const n of [1, 2]) await createStory(db, { title: `Tin giờ G ${n} ${word}`, embargoUntil: new Date(Date.now() + 86_400_000) });
    // The public story's unaccented spelling may be offered; the embargoed accented one never.
    expect((await typoFixes([slip(folded)])).map((f) => f.word)).not.toContain(word);
  });

  it(`looks at no more than ${MAX_CORRECTED_WORDS} words, and gives up after its time budget`, async () => {
    const words = Array.from({ length: MAX_CORRECTED_WORDS + 1 }, () => uniqueWord());
    await createStory(db, { title: `Nhiều từ ${words.join(' ')}` });
    const fixes = await typoFixes(words.map(slip));
    expect(fixes.map((f) => f.word)).toEqual(words.slice(0, MAX_CORRECTED_WORDS));
    expect(await typoFixes(words.map(slip), 0)).toEqual([]);
  });

  it(`corrects an unknown word after ${MAX_CORRECTED_WORDS} known ones ("nong nghiep cong nghe caoo")`, async () => {
    const known = Array.from({ length: MAX_CORRECTED_WORDS }, () => uniqueWord());
    const typo = uniqueWord();
    await createStory(db, { title: `Từ đã biết ${known.join(' ')} ${typo}` });
    expect(await typoFixes([...known, slip(typo)])).toEqual([{ typed: slip(typo), word: typo }]);
  });
});

describe('forgivingPublicSearch', () => {
  it('searches the Telex or VNI conversion when the words as typed find nothing, and says so', async () => {
    const w = uniqueWord();
    const story = await createStory(db, { title: `Hội nghị Đà Nẵng ${w}` });
    for (const typed of [`hooij nghij ${w}`, `ho65i ngh5i ${w}`, `ddaf nawxng ${w}`]) {
      const found = await search(typed);
      expect(found.results.hits.map((h) => h.id), typed).toEqual([story.id]);
      expect(found.searchedInstead?.typed).toBe(typed);
      expect(found.didYouMean).toBeNull();
    }
    expect((await search(`hooij nghij ${w}`)).searchedInstead?.text).toBe(`hội nghị ${w}`);
    // "Tìm chính xác": the words as typed, nothing else.
    const exact = await search(`hooij nghij ${w}`, true);
    expect(exact.results.total).toBe(0);
    expect(exact.searchedInstead).toBeNull();
  });

  it('does not convert a query that finds stories as typed', async () => {
    const w = uniqueWord();
    await createStory(db, { title: `Bài về hooij ${w}` });
    const found = await search(`hooij ${w}`);
    expect(found.results.total).toBe(1);
    expect(found.searchedInstead).toBeNull();
  });

  it('offers "Có phải bạn muốn tìm" with the corrected words when a typo finds nothing', async () => {
    const { folded, word } = markedWord();
    const w = uniqueWord();
    await createStory(db, { title: `Hội nghị ${word} ${w}` });
    const found = await search(`Hội nghị ${slip(folded)} ${w}`);
    expect(found.results.total).toBe(0);
    expect(found.didYouMean?.text).toBe(`Hội nghị ${word} ${w}`);
    expect(found.didYouMean?.pieces.filter((p) => p.changed).map((p) => p.text)).toEqual([word]);
    // A correction that would still find nothing is not offered.
    expect((await search(`${slip(folded)} ${uniqueWord()}`)).didYouMean).toBeNull();
  });
});
