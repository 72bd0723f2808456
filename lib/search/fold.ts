// Vietnamese text without tones and marks, the way readers type it on a keyboard without Telex:
// "Đà Nẵng" -> "da nang". Mirrors the database's vn_unaccent() (unaccent + lower) for Vietnamese.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds one piece of text: NFD, marks removed, đ/Đ -> d, lower case. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
}

// Where the tone mark sits when a syllable ends in "oa", "oe" or "uy" is a matter of spelling style:
// the old style writes "hòa", "khỏe", "thủy", the new style "hoà", "khoẻ", "thuỷ" (with a final
// consonant both agree: "hoàng", "thuyết"). Both are one word, so the accented search keys write it
// one way, on the second vowel. Mirrors the database's vn_tone_canonical() (migration tone_placement).
const TONED_O = 'òóỏõọ';
const TONED_U = 'ùúủũụ';
const TONED_A = 'àáảãạ';
const TONED_E = 'èéẻẽẹ';
const TONED_Y = 'ỳýỷỹỵ';

/** One lower-case NFC syllable with its tone on the second vowel of a final "oa", "oe", "uy": "hòa" -> "hoà". */
export function toneCanonical(word: string): string {
  if (word.length < 2) return word;
  const toned = word[word.length - 2]!;
  const last = word[word.length - 1]!;
  const o = TONED_O.indexOf(toned);
  if (o >= 0 && (last === 'a' || last === 'e')) return `${word.slice(0, -2)}o${(last === 'a' ? TONED_A : TONED_E)[o]}`;
  const u = TONED_U.indexOf(toned);
  if (u >= 0 && last === 'y') return `${word.slice(0, -2)}u${TONED_Y[u]}`;
  return word;
}

export interface FoldedText {
  /** The folded text. */
  folded: string;
  /** For each UTF-16 unit of `folded`: where the character it came from starts in the original. */
  starts: number[];
  /** ... and where it ends (exclusive), including any combining marks that folded away after it. */
  ends: number[];
}

/**
 * Folds text and remembers, for every folded character, which original characters produced it, so
 * a match found in the folded text can be marked in the original (highlighting "Đà Nẵng" for "da nang").
 */
export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const end = index + char.length;
    const out = foldVietnamese(char);
    if (out.length === 0) {
      // A lone combining mark (text typed in decomposed form): it belongs to the previous letter.
      if (ends.length > 0) ends[ends.length - 1] = end;
    } else {
      for (let i = 0; i < out.length; i++) {
        starts.push(index);
        ends.push(end);
      }
      folded += out;
    }
    index = end;
  }
  return { folded, starts, ends };
}

export interface WordSpan {
  word: string;
  /** Start and end (exclusive) in the folded text. */
  start: number;
  end: number;
}

/** Runs of letters and digits in folded text: the words search compares. */
export function foldedWords(folded: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) words.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return words;
}
