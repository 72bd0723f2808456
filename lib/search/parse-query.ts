// Reader search queries: words, "quoted phrases" and prefixes (kinh*), compared without diacritics.
// Pure: the data layer turns the terms into a tsquery; the highlighter marks them in snippets.
import { foldedWords, foldVietnamese } from './fold';

/** Longer queries are cut here (and the reader is told); nobody types a 200-character news search. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 12;
/** Words over all terms (a 200-character "a-b-c-…" is one term of ~100 words, each one more check per row). */
export const MAX_WORDS = 24;
/** A prefix needs this many characters: "a*" would read most of the index. Shorter ones are plain words. */
export const MIN_PREFIX_LENGTH = 2;

export interface SearchTerm {
  kind: 'word' | 'phrase';
  /** Folded words of the term, e.g. ["hoi", "nghi"]; never empty. For highlighting and prefixes. */
  words: string[];
  /** The folded term as typed ("covid-19"), so PostgreSQL splits it exactly as it split the stories. */
  text: string;
  /** The last word matches any word starting with it ("kinh*"). */
  prefix: boolean;
}

export type QueryProblem = 'empty' | 'no-words';

export interface ParsedQuery {
  /** What the reader typed, trimmed and cut to MAX_QUERY_LENGTH (for the search box). */
  text: string;
  terms: SearchTerm[];
  /** Why there is nothing to search for, or null. */
  problem: QueryProblem | null;
  /** The query was longer than MAX_QUERY_LENGTH characters or MAX_TERMS terms and was cut. */
  truncated: boolean;
}

function termFrom(raw: string, kind: 'word' | 'phrase'): SearchTerm | null {
  let text = foldVietnamese(raw).replace(/\*+/g, ' ').replace(/\s+/g, ' ').trim();
  let words = foldedWords(text).map((w) => w.word);
  if (words.length === 0) return null;
  if (words.length > MAX_WORDS) {
    words = words.slice(0, MAX_WORDS);
    text = words.join(' ');
  }
  const prefix = kind === 'word' && /\*+$/.test(raw) && words.at(-1)!.length >= MIN_PREFIX_LENGTH;
  return { kind: words.length > 1 ? 'phrase' : kind, words, text, prefix };
}

const key = (t: SearchTerm) => `${t.prefix ? '*' : ''}${t.words.join(' ')}`;

export function parseSearchQuery(input: unknown): ParsedQuery {
  const raw = (typeof input === 'string' ? input : Array.isArray(input) && typeof input[0] === 'string' ? input[0] : '')
    .normalize('NFC')
    // Control characters (and the null byte PostgreSQL refuses) become spaces.
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let truncated = false;
  let text = raw;
  if ([...text].length > MAX_QUERY_LENGTH) {
    text = [...text].slice(0, MAX_QUERY_LENGTH).join('').trim();
    truncated = true;
  }
  if (text === '') return { text, terms: [], problem: 'empty', truncated };

  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  const add = (term: SearchTerm | null) => {
    if (!term || seen.has(key(term))) return;
    seen.add(key(term));
    terms.push(term);
  };
  // Quotes split the text into alternating outside/inside parts; an unclosed quote runs to the end.
  const parts = text.replace(/[“”„‟«»]/g, '"').split('"');
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 1) add(termFrom(part, 'phrase'));
    else for (const word of part.split(' ')) if (word) add(termFrom(word, 'word'));
  }
  if (terms.length > MAX_TERMS) {
    terms.length = MAX_TERMS;
    truncated = true;
  }
  // Bound the words over all terms: whole terms while they fit, then stop.
  let wordCount = 0;
  const kept = terms.findIndex((t) => (wordCount += t.words.length) > MAX_WORDS);
  if (kept === 0) terms.length = 1;
  else if (kept > 0) terms.length = kept;
  if (kept >= 0) truncated = true;
  return { text, terms, problem: terms.length === 0 ? 'no-words' : null, truncated };
}

/**
 * The to_tsquery() text of a prefix term ("kinh te*" -> "kinh <-> te:*"). Words are runs of letters
 * and digits only (see foldedWords), so the string cannot carry tsquery operators; it still goes to
 * PostgreSQL as a bound parameter. Other terms go through phraseto_tsquery(term.text).
 */
export function prefixTsquery(term: SearchTerm): string {
  const words = term.words.map((w, i) => (term.prefix && i === term.words.length - 1 ? `${w}:*` : w));
  return words.join(' <-> ');
}
