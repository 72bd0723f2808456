// How a reader's query is matched and ranked, as data: the data layer (lib/data/search/ranked-search.ts)
// turns a plan into SQL. Pure: no database, no Next.
//
// A plan is a list of groups that must all match (AND); a group matches when any one of its
// alternatives does (OR). Most groups hold one term as typed. A document number ("45-NQ/TW",
// "Nghị quyết 45", "NQ 45") becomes a group matched by its whole token ("#45-nq"); an abbreviation
// from the admins' list ("TP.HCM") becomes a group of the short and the long form.
// Beside matching, the plan carries what ranking rewards: folded syllable pairs typed next to each
// other ("da_nang"), and the accented syllables and pairs the reader typed ("đà", "đà_nẵng").
import { foldedWords, foldVietnamese, toneCanonical } from './fold';
import type { ParsedQuery, SearchTerm } from './parse-query';

export interface Abbreviation {
  short: string;
  long: string;
}

/**
 * A term (its words as a phrase, in order), a document number's whole token, or, `anywhere`, a term
 * whose words must all be in the story but not necessarily together.
 */
export type Alternative = { kind: 'term'; term: SearchTerm; anywhere?: boolean } | { kind: 'code'; token: string; words: string[] };

export interface PlanGroup {
  alternatives: Alternative[];
}

export interface RankPlan {
  groups: PlanGroup[];
  /**
   * Syllables typed next to each other, one check each. A check is a list of forms (any may hold) and a
   * form a list of word pairs (all must be adjacent): [[["da", "nang"]]] for "Đà Nẵng"; for "TP.HCM",
   * [[["tp", "hcm"]], [["thanh", "pho"], ["pho", "ho"], ...]]. Words are letters and digits only.
   * `named`: the syllables were typed as words (not an abbreviation), so a story writing them
   * capitalised, as a name, is the better match ("Đà Nẵng" rather than "đã năng").
   * `implied`: every match holds them together already, since each form of their group is a phrase
   * ("TP.HCM", a quoted phrase); then they rank, but bring no candidates the matches do not.
   */
  pairs: Array<{ forms: Array<Array<[string, string]>>; named: boolean; implied: boolean }>;
  /** Accented syllables and pairs as typed ("đà", "nẵng", "đà_nẵng"); empty when typed without marks. */
  accented: string[];
}

/** Kinds of state documents and the words readers use for them ("Nghị quyết 45" -> "#45-nq"). */
const DOCUMENT_KINDS: Array<{ code: string; words: string[][] }> = [
  { code: 'nq', words: [['nghi', 'quyet'], ['nq']] },
  { code: 'qd', words: [['quyet', 'dinh'], ['quy', 'dinh'], ['qd']] },
  { code: 'nd', words: [['nghi', 'dinh'], ['nd']] },
  { code: 'ct', words: [['chi', 'thi'], ['ct']] },
  { code: 'kl', words: [['ket', 'luan'], ['kl']] },
  { code: 'tt', words: [['thong', 'tu'], ['tt']] },
];

// The same shapes vn_search_keys() indexes (migration search_keys): 45-nq/tw, 42/2022/nd-cp, 12/ct-ttg.
const FULL_CODES: Array<{ re: RegExp; tokens: (m: RegExpMatchArray) => string[] }> = [
  { re: /^(\d+)-([a-z]+)\/([a-z]+)$/, tokens: (m) => [`#${m[1]}-${m[2]}/${m[3]}`] },
  { re: /^(\d+)\/(\d{4})\/([a-z]+)-([a-z]+)$/, tokens: (m) => [`#${m[1]}/${m[2]}/${m[3]}-${m[4]}`] },
  { re: /^(\d+)\/([a-z]+)-([a-z]+)$/, tokens: (m) => [`#${m[1]}/${m[2]}-${m[3]}`] },
  // "45-NQ" without the issuer: the short token every full number also carries.
  { re: /^(\d+)-([a-z]+)$/, tokens: (m) => (DOCUMENT_KINDS.some((k) => k.code === m[2]) ? [`#${m[1]}-${m[2]}`] : []) },
];

const KEY_WORD = /^[\p{L}\p{N}]+$/u;

/** A number read as a year after a document kind ("Nghị quyết 2019"). */
const YEAR = /^(?:19[4-9]\d|20\d\d)$/;

/** Folded words of a plain word or phrase term; code tokens of a document number typed whole. */
function codeOf(term: SearchTerm): string | null {
  if (!typedAsWords(term)) return null;
  for (const { re, tokens } of FULL_CODES) {
    const m = term.text.match(re);
    if (m) return tokens(m)[0] ?? null;
  }
  return null;
}

/** Typed outside quotes ("TP.HCM" is one such term with two words; a quoted phrase has spaces). */
const typedAsWords = (t: SearchTerm) => !t.prefix && !t.text.includes(' ');

const isPlainWord = (t: SearchTerm) => !t.prefix && t.words.length === 1 && t.text === t.words[0];

function startsWith(words: string[], at: number, seq: string[]): boolean {
  return seq.every((w, i) => words[at + i] === w);
}

interface Span {
  start: number;
  end: number;
  group: PlanGroup;
}

/** "nghi quyet (so) 45" / "nq 45" at term index i: the span it covers and its token. */
function documentSpan(terms: SearchTerm[], i: number): Span | null {
  const words = terms.map((t) => (isPlainWord(t) ? t.words[0]! : '\u0000'));
  for (const kind of DOCUMENT_KINDS) {
    for (const seq of kind.words) {
      if (!startsWith(words, i, seq)) continue;
      let j = i + seq.length;
      if (words[j] === 'so') j++;
      const number = words[j];
      if (number && /^\d+$/.test(number)) {
        const phrase = terms.slice(i, j + 1).map((t) => t.text);
        return {
          start: i,
          end: j + 1,
          group: {
            alternatives: [
              { kind: 'code', token: `#${number}-${kind.code}`, words: [...seq, number] },
              // A year ("Nghị quyết 2019") is more often when than which: the words anywhere in the story
              // (ranked higher together), beside the document numbered so. Other numbers: the words together.
              { kind: 'term', term: { kind: 'phrase', words: phrase, text: phrase.join(' '), prefix: false }, ...(YEAR.test(number) ? { anywhere: true } : {}) },
            ],
          },
        };
      }
    }
  }
  return null;
}

function phraseTerm(text: string): SearchTerm | null {
  const folded = foldVietnamese(text).replace(/\s+/g, ' ').trim();
  const words = foldedWords(folded).map((w) => w.word);
  return words.length === 0 ? null : { kind: words.length > 1 ? 'phrase' : 'word', words, text: folded, prefix: false };
}

/** An abbreviation (either form) typed as consecutive plain terms starting at term index i. */
function abbreviationSpan(terms: SearchTerm[], i: number, list: ReadonlyArray<[SearchTerm, SearchTerm]>): Span | null {
  let best: Span | null = null;
  for (const [short, long] of list) {
    for (const form of [short, long]) {
      // Terms as typed: "TP.HCM" is one term with words [tp, hcm]; "kinh tế - xã hội" is four.
      let j = i;
      const seen: string[] = [];
      while (j < terms.length && seen.length < form.words.length && typedAsWords(terms[j]!)) {
        seen.push(...terms[j]!.words);
        j++;
      }
      for (let end = i + 1; end <= j; end++) {
        const covered = terms.slice(i, end).flatMap((t) => t.words);
        if (covered.length === form.words.length && covered.every((w, k) => w === form.words[k])) {
          if (!best || end - i > best.end - best.start) {
            best = { start: i, end, group: { alternatives: [{ kind: 'term', term: short }, { kind: 'term', term: long }] } };
          }
        }
      }
    }
  }
  return best;
}

/** Adjacent folded pairs of a word list: ["da", "nang"] -> [["da", "nang"]]. */
function pairsOf(words: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 1; i < words.length; i++) if (KEY_WORD.test(words[i - 1]!) && KEY_WORD.test(words[i]!)) out.push([words[i - 1]!, words[i]!]);
  return out;
}

/** Accented syllables as typed and accented pairs ("Đà Nẵng" -> đà, nẵng, đà_nẵng); folded ones are left out. */
export function accentedKeys(text: string): string[] {
  const keys = new Set<string>();
  // Clauses split like vn_search_keys() splits stories, so a pair never spans a comma.
  for (const clause of text.normalize('NFC').toLowerCase().split(/[.,;:!?…]+(?:\s+|$)|[()[\]{}"“”‘’–—\n]+/)) {
    // Lower-casing can leave a combining mark ("İ" -> "i̇"): such words are not keys.
    const words = (clause.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => KEY_WORD.test(w)).map(toneCanonical);
    for (const [i, w] of words.entries()) {
      const wf = foldVietnamese(w);
      if (wf !== w) keys.add(w);
      const prev = words[i - 1];
      if (prev && (foldVietnamese(prev) !== prev || wf !== w)) keys.add(`${prev}_${w}`);
    }
  }
  return [...keys];
}

/**
 * The plan of a parsed query. `raw` is what the reader typed (its accents are kept for ranking);
 * `abbreviations` is the admins' list. Groups keep the order of the query.
 */
export function rankPlan(query: ParsedQuery, abbreviations: readonly Abbreviation[] = []): RankPlan {
  const { terms } = query;
  const forms = abbreviations.flatMap((a) => {
    const short = phraseTerm(a.short);
    const long = phraseTerm(a.long);
    return short && long ? [[short, long] as [SearchTerm, SearchTerm]] : [];
  });
  const groups: PlanGroup[] = [];
  const pairs: RankPlan['pairs'] = [];
  let run: string[] = [];
  const flush = () => {
    for (const p of pairsOf(run)) pairs.push({ forms: [[p]], named: true, implied: false });
    run = [];
  };
  // A phrase term is matched with its words in order (planMatches), a prefix's or a year's anywhere.
  const isPhrase = (a: Alternative) => a.kind === 'term' && a.term.words.length > 1 && !a.term.prefix && !a.anywhere;
  for (let i = 0; i < terms.length; ) {
    const term = terms[i]!;
    const span = documentSpan(terms, i) ?? abbreviationSpan(terms, i, forms);
    if (span) {
      flush();
      groups.push(span.group);
      // One check: any form with all of its pairs (a one-word form like "UBND" has none and is left out).
      // A form that is one word ("UBND") is always "adjacent": then the check would only punish it.
      const forms = span.group.alternatives.flatMap((a) => (a.kind === 'term' ? [pairsOf(a.term.words)] : []));
      if (forms.length > 0 && forms.every((p) => p.length > 0)) pairs.push({ forms, named: false, implied: span.group.alternatives.every(isPhrase) });
      i = span.end;
      continue;
    }
    const code = codeOf(term);
    if (code) {
      flush();
      groups.push({ alternatives: [{ kind: 'code', token: code, words: term.words }] });
    } else if (isPlainWord(term)) {
      run.push(term.words[0]!);
      groups.push({ alternatives: [{ kind: 'term', term }] });
    } else {
      flush();
      const alternative: Alternative = { kind: 'term', term };
      for (const p of pairsOf(term.words)) pairs.push({ forms: [[p]], named: true, implied: isPhrase(alternative) });
      groups.push({ alternatives: [alternative] });
    }
    i++;
  }
  flush();
  return { groups, pairs, accented: accentedKeys(query.text).slice(0, 24) };
}
