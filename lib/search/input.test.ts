import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold';
import { convertTypedMarks, fromTelex, fromVni } from './input';
import { changedWords, rewriteQuery } from './input-fixes';
import { isSyllable, splitSyllable, withTone } from './input-syllable';

const convert = (text: string) => convertTypedMarks(text).text;

describe('convertTypedMarks: Telex', () => {
  it.each([
    ['hooij nghij', 'hội nghị'],
    ['ddaf nawxng', 'đà nẵng'],
    ['DDaf Nawxng', 'Đà Nẵng'],
    ['HOOIJ NGHIJ TOONGR KEETS', 'HỘI NGHỊ TỔNG KẾT'],
    ['tieengs Vieejt', 'tiếng Việt'],
    ['quoocs hooij', 'quốc hội'],
    ['dduwowngf', 'đường'],
    ['nguwowif', 'người'],
    ['rwowuj', 'rượu'],
    ['hoaf bifnh', 'hòa bình'],
    ['thuyr lowij', 'thủy lợi'],
    ['kinh tees', 'kinh tế'],
    ['toans hocj', 'toán học'],
    ['luaatj ddaats ddai', 'luật đất đai'],
  ])('%s -> %s', (typed, expected) => {
    expect(convertTypedMarks(typed)).toEqual({ text: expected, changed: true });
  });
});

describe('convertTypedMarks: VNI', () => {
  it.each([
    ['ho65i ngh5i', 'hội nghị'],
    ['d9a2 na8ng4', 'đà nẵng'],
    ['nguo72i', 'người'],
    ['Vie65t Nam', 'Việt Nam'],
    ['quo61c ho65i', 'quốc hội'],
  ])('%s -> %s', (typed, expected) => {
    expect(convert(typed)).toBe(expected);
  });
});

describe('convertTypedMarks leaves alone what is not a leftover', () => {
  it.each([
    'hoi nghi tong ket',
    'Đà Nẵng',
    'hội nghị',
    '45-NQ/TW',
    '247-QĐ/TW',
    'Nghị quyết 45',
    'NQ 45',
    'UBND TP.HCM',
    'KT-XH',
    'BCH TW',
    'xoong boong',
    'book good hello world',
    'this does goes',
    'covid19 G20 mp3',
    'kinh*',
    '"hoi nghi"',
    'as is of us',
    // Capital words of up to four letters are abbreviations, even when they read as Telex.
    'DDAF HOOI',
  ])('%s', (text) => {
    expect(convertTypedMarks(text)).toEqual({ text, changed: false });
  });

  it('converts words next to a document number but not the number', () => {
    expect(convert('45-NQ/TW hooij nghij')).toBe('45-NQ/TW hội nghị');
    expect(convert('"hooij nghij" 2024')).toBe('"hội nghị" 2024');
  });

  it('converts a weak word (only a trailing s) only when another word is surely Telex', () => {
    expect(convert('cas')).toBe('cas');
    expect(convert('cas hooij')).toBe('cá hội');
  });
});

describe('syllables', () => {
  it('tells Vietnamese syllables from other words', () => {
    for (const w of ['nghiêng', 'ngươi', 'quôc', 'gi', 'giưa', 'khuya', 'xoong', 'rươu', 'khuyên', 'oanh', 'ưu', 'hoa', 'thuy']) expect(isSyllable(w), w).toBe(true);
    for (const w of ['book', 'hooi', 'nghe1', 'ka', 'wa', 'covid', 'tw', 'ngha', 'ă', 'âi']) expect(isSyllable(w), w).toBe(false);
    expect(splitSyllable('nghiêng')).toEqual({ onset: 'ngh', nucleus: 'iê', coda: 'ng' });
  });

  it('puts the tone where documents put it', () => {
    expect(withTone('hoa', 'huyen')).toBe('hòa');
    expect(withTone('nguơi'.replace('u', 'ư'), 'huyen')).toBe('người');
    expect(withTone('toan', 'sac')).toBe('toán');
    expect(withTone('hoai', 'huyen')).toBe('hoài');
    expect(withTone('qua', 'sac')).toBe('quá');
    expect(withTone('gia', 'huyen')).toBe('già');
    expect(withTone('nghiêng', 'nga')).toBe('nghiễng');
  });

  it('refuses VNI and Telex words that make no syllable', () => {
    expect(fromVni('h2o2')).toBeNull();
    expect(fromVni('a1')).toBeNull();
    expect(fromVni('covid19')).toBeNull();
    expect(fromTelex('hoi')).toBeNull();
    expect(fromTelex('news')).toBeNull();
  });
});

// Syllables of known shape and tone, written the way Telex writes them, for the round trip.
const ONSETS = ['', 'b', 'ch', 'd', 'đ', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 't', 'th', 'tr', 'v'];
const RHYMES = ['a', 'an', 'ang', 'anh', 'ăn', 'ân', 'ât', 'ê', 'ên', 'ô', 'ôi', 'ông', 'ơ', 'ơi', 'ư', 'ưa', 'ươi', 'ương', 'iêt', 'uôc', 'oa', 'oan', 'ai', 'ao', 'inh'];
const TONES = [
  ['sac', 's'],
  ['huyen', 'f'],
  ['hoi', 'r'],
  ['nga', 'x'],
  ['nang', 'j'],
] as const;
const TELEX: Record<string, string> = { đ: 'dd', ă: 'aw', â: 'aa', ê: 'ee', ô: 'oo', ơ: 'ow', ư: 'uw' };
const telex = (word: string) => [...word].map((c) => TELEX[c] ?? c).join('');

describe('properties', () => {
  it('a marked syllable with a tone, typed in Telex, comes back as itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ONSETS), fc.constantFrom(...RHYMES), fc.constantFrom(...TONES), (onset, rhyme, [tone, key]) => {
        const syllable = onset + rhyme;
        fc.pre(isSyllable(syllable));
        const expected = withTone(syllable, tone);
        expect(fromTelex(telex(syllable) + key)?.word).toBe(expected);
        expect(foldVietnamese(expected)).toBe(foldVietnamese(syllable));
      }),
    );
  });

  it('is idempotent, and words with anything but Latin letters and digits never change', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9đĐàáạ./-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (words) => {
        const text = words.join(' ');
        const once = convert(text);
        expect(convert(once)).toBe(once);
        const out = once.split(' ');
        // A full stop ends a word like a space does ("hoij nghij." is typed at a sentence's end), so
        // the rule holds for each piece between full stops: ".aam" may become ".âm", "đaam" never changes.
        words.forEach((w, i) => {
          const pieces = out[i]!.split('.');
          w.split('.').forEach((piece, j) => {
            if (/[^A-Za-z0-9]/.test(piece)) expect(pieces[j]).toBe(piece);
          });
        });
      }),
      // The case a random run found (CI, 2026-12-06), and its neighbours.
      { examples: [[['.aam']], [['aam.', 'đaam', 'đ.aam']]] },
    );
  });

  it('never changes a document number or an abbreviation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('NQ', 'QĐ', 'CT', 'KL', 'TB', 'HD'), fc.constantFrom('TW', 'BCT', 'BTGTW', 'UBND'), (n, kind, body) => {
        const text = `${n}-${kind}/${body} ${body}`;
        expect(convert(text)).toBe(text);
      }),
    );
  });
});

describe('rewriteQuery and changedWords', () => {
  it('puts corrections in place, keeping case, quotes and codes', () => {
    const fixes = new Map([
      ['nanh', 'nẵng'],
      ['nghix', 'nghị'],
    ]);
    const out = rewriteQuery('"Hội nghix" Đà Nẵnh 45-NQ/TW', fixes);
    expect(out.text).toBe('"Hội nghị" Đà Nẵng 45-NQ/TW');
    expect(out.pieces.filter((p) => p.changed).map((p) => p.text)).toEqual(['nghị', 'Nẵng']);
    expect(rewriteQuery('NANH', fixes).text).toBe('NẴNG');
  });

  it('marks the words a conversion changed', () => {
    expect(changedWords('hooij nghi', 'hội nghi')).toEqual([
      { text: 'hội', changed: true },
      { text: ' ', changed: false },
      { text: 'nghi', changed: false },
    ]);
  });
});
