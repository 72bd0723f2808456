import { describe, expect, it } from 'vitest';
import { foldVietnamese, foldWithMap } from './fold';
import { highlight, matchRanges, snippet } from './highlight';
import { MAX_QUERY_LENGTH, MAX_TERMS, MAX_WORDS, parseSearchQuery, prefixTsquery } from './parse-query';

const marked = (segments: Array<{ text: string; match: boolean }>) => segments.filter((s) => s.match).map((s) => s.text);

describe('foldVietnamese', () => {
  it('drops tones and marks, maps đ to d and lowers the case, like vn_unaccent', () => {
    expect(foldVietnamese('Hội nghị tổng kết ĐÀ NẴNG đường')).toBe('hoi nghi tong ket da nang duong');
    expect(foldVietnamese('Ưu tiên phát triển Ơ ư ơ ă â ê ô')).toBe('uu tien phat trien o u o a a e o');
  });

  it('treats text typed in decomposed Unicode (tổ hợp) the same as precomposed', () => {
    const decomposed = 'Đà Nẵng'.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan('Đà Nẵng'.length);
    expect(foldVietnamese(decomposed)).toBe('da nang');
  });

  it('maps every folded character back to the original characters', () => {
    const text = 'Tại Đà Nẵng';
    const { folded, starts, ends } = foldWithMap(text);
    expect(folded).toBe('tai da nang');
    const at = folded.indexOf('da nang');
    expect(text.slice(starts[at], ends[at + 'da nang'.length - 1])).toBe('Đà Nẵng');
  });
});

describe('parseSearchQuery', () => {
  it('splits words and folds them', () => {
    const q = parseSearchQuery('  Hội nghị   tổng kết ');
    expect(q.problem).toBeNull();
    expect(q.text).toBe('Hội nghị tổng kết');
    expect(q.terms.map((t) => t.words)).toEqual([['hoi'], ['nghi'], ['tong'], ['ket']]);
  });

  it('keeps quoted phrases together, including “curly” quotes and an unclosed quote', () => {
    expect(parseSearchQuery('"hội nghị tổng kết" 2019').terms).toEqual([
      { kind: 'phrase', words: ['hoi', 'nghi', 'tong', 'ket'], text: 'hoi nghi tong ket', prefix: false },
      { kind: 'word', words: ['2019'], text: '2019', prefix: false },
    ]);
    expect(parseSearchQuery('“Đà Nẵng”').terms[0]).toMatchObject({ kind: 'phrase', words: ['da', 'nang'] });
    expect(parseSearchQuery('kinh tế "vùng Tây').terms.map((t) => t.text)).toEqual(['kinh', 'te', 'vung tay']);
  });

  it('reads a trailing * as a prefix', () => {
    const [term] = parseSearchQuery('chuyển*').terms;
    expect(term).toEqual({ kind: 'word', words: ['chuyen'], text: 'chuyen', prefix: true });
    expect(prefixTsquery(term!)).toBe('chuyen:*');
    expect(prefixTsquery(parseSearchQuery('nq/tw*').terms[0]!)).toBe('nq <-> tw:*');
  });

  it('keeps hyphenated words whole, so PostgreSQL splits them as it split the stories', () => {
    expect(parseSearchQuery('Covid-19').terms[0]).toEqual({ kind: 'phrase', words: ['covid', '19'], text: 'covid-19', prefix: false });
  });

  it('drops duplicates and punctuation-only words', () => {
    expect(parseSearchQuery('Đà đa ĐA !!! --- ; da*').terms.map((t) => `${t.text}${t.prefix ? '*' : ''}`)).toEqual(['da', 'da*']);
  });

  it('says why there is nothing to search: empty or no words', () => {
    expect(parseSearchQuery('   ')).toMatchObject({ problem: 'empty', terms: [] });
    expect(parseSearchQuery(undefined)).toMatchObject({ problem: 'empty' });
    expect(parseSearchQuery(['đà nẵng', 'x']).terms[0]?.text).toBe('da nang'.split(' ')[0]);
    expect(parseSearchQuery('""" *** ?!% <script>').problem).toBeNull(); // "script" is a word
    expect(parseSearchQuery('""" *** ?!% ☺️ ---')).toMatchObject({ problem: 'no-words', terms: [] });
  });

  it('removes control characters and the null byte', () => {
    expect(parseSearchQuery('hội\u0000nghị\n').terms.map((t) => t.text)).toEqual(['hoi', 'nghi']);
  });

  it('cuts a very long query and says so', () => {
    const q = parseSearchQuery('kinh tế '.repeat(100));
    expect(q.truncated).toBe(true);
    expect([...q.text].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    const many = parseSearchQuery(Array.from({ length: 40 }, (_, i) => `tu${i}`).join(' '));
    expect(many.terms).toHaveLength(MAX_TERMS);
    expect(many.truncated).toBe(true);
    expect(parseSearchQuery('kinh tế').truncated).toBe(false);
  });

  it('bounds the words of all terms together, however they are glued ("a-b-c-…", long phrases)', () => {
    const glued = parseSearchQuery(Array.from({ length: 90 }, (_, i) => `t${i}`).join('-'));
    expect(glued.terms).toHaveLength(1);
    expect(glued.terms[0]!.words).toHaveLength(MAX_WORDS);
    const phrases = parseSearchQuery(`"${'hội nghị '.repeat(10)}" "${'kinh tế '.repeat(10)}" ngân sách`);
    expect(phrases.terms.reduce((n, t) => n + t.words.length, 0)).toBeLessThanOrEqual(MAX_WORDS);
    expect(phrases.truncated).toBe(true);
  });

  it('a prefix needs two characters: "a*" is the plain word, "ki*" a prefix', () => {
    expect(parseSearchQuery('a* b*').terms.map((t) => t.prefix)).toEqual([false, false]);
    expect(parseSearchQuery('ki*').terms[0]!.prefix).toBe(true);
  });
});

describe('highlighting without diacritics', () => {
  it('marks "Đà Nẵng" for "da nang" and for "Đà Nẵng", and "da nang" for "Đà Nẵng"', () => {
    const text = 'Hội nghị tại Đà Nẵng và đà nẵng cũ';
    expect(marked(highlight(text, parseSearchQuery('"da nang"').terms))).toEqual(['Đà Nẵng', 'đà nẵng']);
    expect(marked(highlight(text, parseSearchQuery('"Đà Nẵng"').terms))).toEqual(['Đà Nẵng', 'đà nẵng']);
    expect(marked(highlight('Về da nang', parseSearchQuery('Đà Nẵng').terms))).toEqual(['da', 'nang']);
  });

  it('marks whole words only, prefixes when asked, and phrases only when the words are adjacent', () => {
    const text = 'Kinh tế vùng, kinh tế biển và kinhdoanh';
    expect(marked(highlight(text, parseSearchQuery('kinh').terms))).toEqual(['Kinh', 'kinh']);
    expect(marked(highlight(text, parseSearchQuery('kinh*').terms))).toEqual(['Kinh', 'kinh', 'kinhdoanh']);
    expect(marked(highlight(text, parseSearchQuery('"tế biển"').terms))).toEqual(['tế biển']);
    expect(marked(highlight(text, parseSearchQuery('"vùng biển"').terms))).toEqual([]);
  });

  it('keeps the text intact: the segments join back to the original', () => {
    const text = 'Đoàn công tác của Ban làm việc với tỉnh Vĩnh Long';
    const segments = highlight(text, parseSearchQuery('vinh long doan').terms);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(marked(segments)).toEqual(['Đoàn', 'Vĩnh', 'Long']);
  });

  it('maps positions correctly in decomposed text', () => {
    const text = 'Tại Đà Nẵng hôm nay'.normalize('NFD');
    const [range] = matchRanges(text, parseSearchQuery('"da nang"').terms);
    expect(text.slice(range!.start, range!.end).normalize('NFC')).toBe('Đà Nẵng');
  });

  it('cuts a snippet around the matches, at word boundaries, with ellipses', () => {
    const words = Array.from({ length: 120 }, (_, i) => `từ${i}`);
    words.splice(70, 0, 'Hội', 'nghị', 'tổng', 'kết');
    const s = snippet(words.join(' '), parseSearchQuery('"hoi nghi tong ket"').terms, 120);
    const text = s.segments.map((x) => x.text).join('');
    expect(s.matched).toBe(true);
    expect(marked(s.segments)).toEqual(['Hội nghị tổng kết']);
    expect(text.startsWith('…từ')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(125);
  });

  it('prefers the place where the most different terms occur', () => {
    const text = `kinh tế ${'lorem '.repeat(80)} kinh tế Đà Nẵng ${'ipsum '.repeat(80)}`;
    const s = snippet(text, parseSearchQuery('kinh da nang').terms, 100);
    expect(marked(s.segments)).toEqual(['kinh', 'Đà', 'Nẵng']);
  });

  it('starts at the beginning when nothing matches', () => {
    const s = snippet('Một hai ba bốn năm', parseSearchQuery('xyz').terms, 100);
    expect(s).toEqual({ segments: [{ text: 'Một hai ba bốn năm', match: false }], matched: false });
  });
});
