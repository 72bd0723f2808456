// Puts corrected words back into the query as the reader typed it, keeping everything else as it
// was (quotes, codes, capitals): "Hội nghị Đà Nẵnh" + {nanh -> nẵng} -> "Hội nghị Đà Nẵng". Pure.
import { foldVietnamese } from './fold';

export interface QueryPiece {
  text: string;
  /** This word was corrected or converted (shown emphasised, like search engines do). */
  changed: boolean;
}

export interface RewrittenQuery {
  text: string;
  pieces: QueryPiece[];
}

/** Capitalised or upper-case words keep their case. */
function recase(typed: string, word: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return word.toUpperCase();
  if (typed[0] !== typed[0]!.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** Replaces each word whose folded form is a key of `fixes` by its value. */
export function rewriteQuery(text: string, fixes: ReadonlyMap<string, string>): RewrittenQuery {
  const pieces: QueryPiece[] = text
    .split(/([\p{L}\p{N}]+)/u)
    .filter((p) => p !== '')
    .map((p) => {
      const fix = fixes.get(foldVietnamese(p));
      return fix ? { text: recase(p, fix), changed: true } : { text: p, changed: false };
    });
  return { text: pieces.map((p) => p.text).join(''), pieces };
}

/** The pieces of `after` compared word by word with `before`: which words the conversion changed. */
export function changedWords(before: string, after: string): QueryPiece[] {
  const a = before.split(/(\s+)/);
  const b = after.split(/(\s+)/);
  if (a.length !== b.length) return [{ text: after, changed: true }];
  return b.map((p, i) => ({ text: p, changed: p !== a[i] })).filter((p) => p.text !== '');
}
