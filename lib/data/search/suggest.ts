import 'server-only';
import { sql } from 'drizzle-orm';
// Reader queries tolerate replication lag: a read replica serves them when DATABASE_READ_URL is set.
import { readerDb as db } from '@/db/client';
import { articleSearch, searchWords } from '@/db/schema';
import { foldVietnamese } from '@/lib/search/fold';
import { correctable, oneEditAway } from '@/lib/search/input-edits';
import { MAX_WORDS } from '@/lib/search/parse-query';

/**
 * At most this many unknown words of a query are corrected: each costs a few hundred index probes.
 * Telling known words from unknown ones costs one probe a word, so every word of the query (at most
 * MAX_WORDS) is checked first: "nong nghiep cong nghe caoo" corrects its fifth word.
 */
export const MAX_CORRECTED_WORDS = 4;
/** A correction that takes longer is dropped: the results page must not wait on a hint. */
export const SUGGEST_BUDGET_MS = 300;

export interface TypoFix {
  /** The folded word as typed ("nawng"). */
  typed: string;
  /** The word of the stories it most likely meant, lower case with its marks ("năng"). */
  word: string;
}

const visible = sql`${articleSearch.visibleFrom} <= now()`;
/** `word` is plain letters (correctable), so the tsquery text is the word itself; it is still bound. */
const heldByAVisibleStory = (word: ReturnType<typeof sql>) =>
  sql`exists (select 1 from ${articleSearch} where ${visible} and ${articleSearch.terms} @@ to_tsquery('simple', ${word}))`;

/**
 * The vocabulary counts embargoed stories too, so an accented spelling must itself stand in a
 * visible story (its accented syllables are in `keys`), or an embargoed "Tứ" would be suggested
 * because some public story says "tu".
 */
const accentedHeldByAVisibleStory = (word: ReturnType<typeof sql>) =>
  sql`exists (select 1 from ${articleSearch} where ${visible} and ${articleSearch.keys} @@ quote_literal(${word})::tsquery)`;

async function corrections(words: string[]): Promise<TypoFix[]> {
  // Words some visible story holds (in its body too) are not typos, whatever the vocabulary says.
  const unknown = await db
    .select({ word: sql<string>`w` })
    .from(sql`unnest(${sql.param(words)}::text[]) with ordinality as u(w, n)`)
    .where(sql`not ${heldByAVisibleStory(sql`w`)}`)
    .orderBy(sql`n`)
    .limit(MAX_CORRECTED_WORDS);
  if (unknown.length === 0) return [];
  const fixes: TypoFix[] = [];
  const candidates = unknown.map((u) => ({ typed: u.word, edits: oneEditAway(u.word) }));
  const rows = await db
    .select({ word: searchWords.word, folded: searchWords.folded, stories: searchWords.stories })
    .from(searchWords)
    .where(
      sql`${searchWords.folded} = any(${sql.param(candidates.flatMap((c) => c.edits))}::text[]) and ${heldByAVisibleStory(sql`${searchWords.folded}`)} and (${searchWords.word} = ${searchWords.folded} or ${accentedHeldByAVisibleStory(sql`${searchWords.word}`)})`,
    )
    .orderBy(sql`${searchWords.stories} desc`, searchWords.word)
    .limit(500);
  for (const { typed, edits } of candidates) {
    const near = new Set(edits);
    // The most common word wins; among equals, one of the same length (a letter replaced, not added).
    const best = rows
      .filter((r) => near.has(r.folded))
      .sort((a, b) => b.stories - a.stories || Number(b.folded.length === typed.length) - Number(a.folded.length === typed.length))[0];
    if (best) fixes.push({ typed, word: best.word });
  }
  return fixes;
}

/**
 * For the words of a query that no visible story holds, the word of public stories one typing slip
 * away ("nawng" -> "năng", "nghiwp" -> "nghiệp"). Only words of 4 to 20 letters, the first
 * MAX_CORRECTED_WORDS unknown ones, within SUGGEST_BUDGET_MS (else none): a hint, never a wait.
 */
export async function typoFixes(words: readonly string[], budgetMs = SUGGEST_BUDGET_MS): Promise<TypoFix[]> {
  const wanted = [...new Set(words.map(foldVietnamese).filter(correctable))].slice(0, MAX_WORDS);
  if (wanted.length === 0) return [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<TypoFix[]>((resolve) => {
    timer = setTimeout(() => resolve([]), budgetMs);
  });
  try {
    return await Promise.race([corrections(wanted), late]);
  } finally {
    clearTimeout(timer);
  }
}
