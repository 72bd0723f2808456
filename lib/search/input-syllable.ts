// Vietnamese syllable structure, enough to tell a Telex/VNI leftover ("hooij") from a word that is
// already fine ("hoi", "xoong") or not Vietnamese at all ("book"). Pure, no I/O.

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Vowel nuclei (without tones), longest first so "uyê" wins over "uy". */
const NUCLEI = ['uyê', 'uya', 'ươ', 'uô', 'iê', 'yê', 'ia', 'ya', 'ua', 'ưa', 'oa', 'oă', 'oe', 'uê', 'uy', 'uâ', 'oo', 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

const CODAS = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't', 'i', 'y', 'o', 'u', ''];

const VOWELS = 'aăâeêioôơuưy';

/** Nuclei that never end a syllable on their own: "ă", "â", "iê", "uô", "ươ"... need a final. */
const NEEDS_CODA = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'uyê', 'oo']);
/** Nuclei that end the syllable: no final may follow ("ia", "ua", "ưa", "uya"). */
const OPEN_ONLY = new Set(['ia', 'ya', 'ua', 'ưa', 'uya']);

export interface Syllable {
  onset: string;
  nucleus: string;
  coda: string;
}

/** Splits a lower-case syllable without tones ("nghiêng") into onset, nucleus and coda, or null. */
export function splitSyllable(word: string): Syllable | null {
  for (const onset of ONSETS) {
    if (!word.startsWith(onset)) continue;
    const rest = word.slice(onset.length);
    for (const nucleus of NUCLEI) {
      if (!rest.startsWith(nucleus)) continue;
      const coda = rest.slice(nucleus.length);
      if (!CODAS.includes(coda)) continue;
      if (!validRhyme(onset, nucleus, coda)) continue;
      return { onset, nucleus, coda };
    }
  }
  return null;
}

function validRhyme(onset: string, nucleus: string, coda: string): boolean {
  if (NEEDS_CODA.has(nucleus) && coda === '') return false;
  if (OPEN_ONLY.has(nucleus) && coda !== '') return false;
  if (nucleus === 'oo' && coda !== 'ng' && coda !== 'c') return false;
  // A vowel final after a nucleus that already ends in that sound ("ii", "uu" for u, "oo"+o) is not a syllable.
  if ((coda === 'i' || coda === 'y') && /[iy]$/.test(nucleus)) return false;
  if (coda === 'i' && /[âă]$/.test(nucleus)) return false;
  if ((coda === 'o' || coda === 'u') && /[ouô]$/.test(nucleus) && !(nucleus === 'ư' && coda === 'u') && !(nucleus === 'ươ' && coda === 'u')) return false;
  if ((coda === 'o' || coda === 'u') && /[ơâă]$/.test(nucleus) && !(nucleus === 'â' && coda === 'u') && nucleus !== 'ươ') return false;
  // "ch", "nh" follow only front or open vowels; "k", "gh", "ngh" only come before i, e, ê.
  if ((coda === 'ch' || coda === 'nh') && !/(a|ê|i|y|uy|oa|uê)$/.test(nucleus)) return false;
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !/^[ieêy]/.test(nucleus)) return false;
  if (onset === 'qu' && /^[uo]/.test(nucleus)) return false;
  if (onset === 'gi' && /^i/.test(nucleus)) return false;
  return true;
}

/** Whether `word` (lower case, no tone) is a Vietnamese syllable. */
export const isSyllable = (word: string): boolean => splitSyllable(word) !== null;

export type Tone = 'sac' | 'huyen' | 'hoi' | 'nga' | 'nang';

const TONE_MARK: Record<Tone, string> = { sac: '\u0301', huyen: '\u0300', hoi: '\u0309', nga: '\u0303', nang: '\u0323' };

/**
 * Puts the tone on the vowel that carries it, in the traditional placement documents use ("hòa",
 * "thủy", "người"): a vowel with a mark (ơ in "ươ") first, else the last vowel before a consonant
 * final, else the middle of three vowels, else the first of two.
 */
export function withTone(word: string, tone: Tone | null): string {
  if (!tone) return word;
  const parts = splitSyllable(word);
  if (!parts) return word;
  const start = parts.onset.length;
  const vowelRun = (parts.nucleus + (/^[iyou]$/.test(parts.coda) ? parts.coda : '')).split('');
  const consonantCoda = parts.coda !== '' && !/^[iyou]$/.test(parts.coda);
  let at: number;
  const marked = vowelRun.map((v, i) => ('ăâêôơư'.includes(v) ? i : -1)).filter((i) => i >= 0);
  if (marked.length > 0) at = marked[marked.length - 1]!;
  else if (consonantCoda) at = parts.nucleus.length - 1;
  else if (vowelRun.length >= 3) at = 1;
  else at = 0;
  const index = start + at;
  return (word.slice(0, index + 1) + TONE_MARK[tone] + word.slice(index + 1)).normalize('NFC');
}

export const isVowel = (char: string): boolean => VOWELS.includes(char);
