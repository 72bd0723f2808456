// Telex and VNI leftovers in a search box: a reader whose input method was off, or who typed on a
// phone without one, writes "hooij nghij" or "ho65i ngh5i" for "hội nghị". This turns such words
// into Vietnamese, and leaves alone everything else: words that are already Vietnamese syllables
// ("hoi", "xoong"), words with marks, abbreviations ("UBND", "TW"), document numbers ("45-NQ/TW"),
// words with any character other than a Latin letter or digit, and words that do not turn into a
// Vietnamese syllable ("book", "covid19"). Search uses the result only when it finds stories and
// the words as typed do not (lib/data/search/suggest-search.ts), and says so. Pure, no I/O.
import { isSyllable, isVowel, withTone, type Tone } from './input-syllable';

const TELEX_TONES: Record<string, Tone> = { s: 'sac', f: 'huyen', r: 'hoi', x: 'nga', j: 'nang' };
const VNI_TONES: Record<string, Tone> = { '1': 'sac', '2': 'huyen', '3': 'hoi', '4': 'nga', '5': 'nang' };

/** Longest token considered: no Vietnamese syllable typed in Telex or VNI is longer. */
const MAX_TOKEN = 12;

interface Converted {
  word: string;
  /** Only a trailing "s" (sắc) changed it: English plurals and "this", "does" look like that too. */
  weak: boolean;
}

function telexMarks(word: string): string {
  return word
    .replace(/^dd/, 'đ')
    .replace(/uwow|uow|uwo/g, 'ươ')
    .replace(/aa/g, 'â')
    .replace(/ee/g, 'ê')
    .replace(/oo/g, 'ô')
    .replace(/aw/g, 'ă')
    .replace(/ow/g, 'ơ')
    .replace(/uw/g, 'ư')
    .replace(/w/g, 'ư');
}

/** One lower-case ASCII word typed in Telex, or null when it is not one. */
export function fromTelex(word: string): Converted | null {
  if (!/^[a-z]+$/.test(word) || isSyllable(word)) return null;
  // The tone key may come anywhere after the first vowel ("nawxng", "ddaf"); try the last one first.
  for (let p = word.length - 1; p >= 1; p--) {
    const tone = TELEX_TONES[word[p]!];
    if (!tone || ![...word.slice(0, p)].some(isVowel)) continue;
    const rest = word.slice(0, p) + word.slice(p + 1);
    const marked = telexMarks(rest);
    if (isSyllable(marked)) return { word: withTone(marked, tone), weak: marked === rest && tone === 'sac' && p === word.length - 1 };
  }
  const marked = telexMarks(word);
  return marked !== word && isSyllable(marked) ? { word: marked, weak: false } : null;
}

/** One lower-case word typed in VNI ("ho65i", "d9a2", "ngh5i"), or null when it is not one. */
export function fromVni(word: string): Converted | null {
  if (!/^[a-z1-9]+$/.test(word) || !/\d/.test(word)) return null;
  const letters: string[] = [];
  let tone: Tone | null = null;
  for (const char of word) {
    if (/[a-z]/.test(char)) {
      letters.push(char);
      continue;
    }
    if (VNI_TONES[char]) {
      if (tone) return null;
      tone = VNI_TONES[char];
      continue;
    }
    // A mark applies to the nearest letter before it that takes it, else the first one after.
    const takes = char === '6' ? 'aeo' : char === '7' ? 'ou' : char === '8' ? 'a' : 'd';
    const before = letters.map((l, i) => (takes.includes(l) ? i : -1)).filter((i) => i >= 0);
    const at = before.length > 0 ? before[before.length - 1]! : -1;
    if (at < 0) return null;
    const mark = { '6': { a: 'â', e: 'ê', o: 'ô' }, '7': { o: 'ơ', u: 'ư' }, '8': { a: 'ă' }, '9': { d: 'đ' } }[char as '6' | '7' | '8' | '9'] as Record<string, string>;
    letters[at] = mark[letters[at]!]!;
    // "uo7" is "ươ": the horn goes on both.
    if (char === '7' && letters[at] === 'ơ' && letters[at - 1] === 'u') letters[at - 1] = 'ư';
  }
  if (letters.filter((l) => /[a-zđăâêôơư]/.test(l)).length < 2) return null;
  const base = letters.join('');
  return isSyllable(base) ? { word: withTone(base, tone), weak: false } : null;
}

export interface TypedMarksResult {
  /** The text with every converted word replaced, else the text itself. */
  text: string;
  /** Whether any word was converted. */
  changed: boolean;
}

/** Upper-case and capitalised words keep their case ("DDaf" -> "Đà", "HOOIJ" -> "HỘI"). */
function recase(source: string, converted: string): string {
  if (source === source.toUpperCase()) return converted.toUpperCase();
  if (source[0] === source[0]!.toUpperCase()) return converted[0]!.toUpperCase() + converted.slice(1);
  return converted;
}

/**
 * Converts the Telex and VNI leftovers of a search query. A word made Vietnamese only by a trailing
 * "s" ("this", "does") is converted only when another word of the query shows Telex or VNI for sure.
 */
export function convertTypedMarks(text: string): TypedMarksResult {
  const pieces = text.split(/(\s+|["“”„‟«»()*,;:!?.])/);
  const found = pieces.map((piece, i) => {
    // Delimiters sit at odd indices; words of one or two letters ("as", "is", "of") stay as typed.
    if (i % 2 === 1 || piece.length <= 2 || piece.length > MAX_TOKEN || !/^[A-Za-z][A-Za-z0-9]*$/.test(piece)) return null;
    // Short all-capital words are abbreviations ("UBND", "TW", "NQ").
    if (piece.length <= 4 && piece === piece.toUpperCase()) return null;
    const lower = piece.toLowerCase();
    const converted = /\d/.test(lower) ? fromVni(lower) : fromTelex(lower);
    return converted ? { ...converted, word: recase(piece, converted.word) } : null;
  });
  const sure = found.some((c) => c && !c.weak);
  if (!sure) return { text, changed: false };
  return { text: pieces.map((piece, i) => found[i]?.word ?? piece).join(''), changed: true };
}
