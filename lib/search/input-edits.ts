// Words one typing slip away from a folded word ("nghix" -> "nghia", "nghi", ...): a letter
// dropped, added, replaced or two letters swapped. The vocabulary is looked up by these exact
// strings through a plain index (lib/data/search/suggest.ts), which finds every one-letter typo,
// where trigram similarity misses most of them in words of four or five letters. Pure, no I/O.

/** Letters of folded Vietnamese (and English) words: what the vocabulary's `folded` column holds. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string at edit distance one (with transpositions) from `word`, without `word` itself. */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      out.add(head + c + tail);
      if (tail) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return [...out];
}

/** A word worth correcting: 4 to 20 plain letters. Shorter words have too many neighbours to guess from. */
export const correctable = (folded: string): boolean => /^[a-z]{4,20}$/.test(folded);
