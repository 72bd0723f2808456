import { describe, expect, it } from 'vitest';
import { MAX_WALK, matchShareBound, walkLength, type MatchStats } from './match-share';
import { parseSearchQuery } from './parse-query';
import { rankPlan } from './rank-plan';

const stats = (terms: Record<string, number>, keys: Record<string, number>, rows = 1_000_000, head: Record<string, number> = {}): MatchStats => ({
  terms: { frequency: new Map(Object.entries(terms)) },
  keys: { frequency: new Map(Object.entries(keys)) },
  head: { frequency: new Map(Object.entries(head)) },
  rows,
});

const plan = (q: string) => rankPlan(parseSearchQuery(q), [{ short: 'UBND', long: 'Ủy ban nhân dân' }]);

// A corpus where a region's name is common and each of its syllables more so.
const CORPUS = stats(
  { dong: 0.5, bang: 0.45, song: 0.6, cuu: 0.28, long: 0.4, hai: 0.5, phong: 0.55, uy: 0.2, ban: 0.6, nhan: 0.7, dan: 0.7, ubnd: 0.05 },
  { dong_bang: 0.3, bang_song: 0.28, song_cuu: 0.27, cuu_long: 0.27, hai_phong: 0.02, uy_ban: 0.2, ban_nhan: 0.2, nhan_dan: 0.4, '#45-nq/tw': 0.003 },
);

describe('match share bound', () => {
  it('bounds a phrase by its rarest word or adjacent pair, not by their product', () => {
    expect(matchShareBound(plan('"đồng bằng sông Cửu Long"'), CORPUS)).toBeCloseTo(0.27);
    // Typed without quotes the words may stand apart: each word is a group, the rarest bounds.
    expect(matchShareBound(plan('dong bang song cuu long'), CORPUS)).toBeCloseTo(0.28);
    expect(matchShareBound(plan('"Hải Phòng"'), CORPUS)).toBeCloseTo(0.02);
  });

  it('adds the forms of a group and counts elements the statistics leave out as rare', () => {
    // "UBND" or "Ủy ban nhân dân": 0.05 + 0.2.
    expect(matchShareBound(plan('UBND'), CORPUS)).toBeCloseTo(0.25);
    expect(matchShareBound(plan('45-NQ/TW'), CORPUS)).toBeCloseTo(0.003);
    expect(matchShareBound(plan('xyzzy'), CORPUS)).toBe(0);
    // "NQ 45": the document number (unlisted) or the words together (their pair unlisted).
    expect(matchShareBound(plan('NQ 45'), stats({ nq: 0.3, '45': 0.5 }, { nq_45: 0 }))).toBe(0);
  });

  it('learns nothing from a prefix, and nothing matches an empty plan', () => {
    expect(matchShareBound(plan('cuu*'), CORPUS)).toBe(1);
    expect(matchShareBound(plan('song cuu*'), CORPUS)).toBeCloseTo(0.6); // only "song" bounds
    expect(matchShareBound({ groups: [], pairs: [], accented: [] }, CORPUS)).toBe(0);
  });
});

describe('match share bound in title and sapo', () => {
  const withHead = stats({ hoi: 0.9, nghi: 0.9 }, { hoi_nghi: 0.8, '#45-nq': 0.5 }, 1_000_000, { hoi: 0.2, nghi: 0.15 });
  it('bounds by the words of title and sapo, without pairs, and never by a document number', () => {
    expect(matchShareBound(plan('hội nghị'), withHead, 'head')).toBeCloseTo(0.15);
    expect(matchShareBound(plan('"hội nghị"'), withHead, 'head')).toBeCloseTo(0.15);
    expect(matchShareBound(plan('"hội nghị"'), withHead)).toBeCloseTo(0.8);
    expect(matchShareBound(plan('45-NQ'), withHead, 'head')).toBe(0);
    expect(walkLength(plan('hội nghị'), withHead, 200, 'head')).toBe(Math.ceil((2 * 200) / 0.15));
  });
});

describe('match share bound with the typed syllables together', () => {
  it('bounds by the rarest pair check not implied by the match, and is nothing when all are implied', () => {
    // Typed without quotes: the words anywhere (0.4) and the pair together (0.02).
    expect(matchShareBound(plan('Hải Phòng'), CORPUS, 'adjacent')).toBeCloseTo(0.02);
    expect(matchShareBound(plan('Hải Phòng'), CORPUS)).toBeCloseTo(0.5);
    // Quoted, every match holds the pair: no pool of its own.
    expect(matchShareBound(plan('"Hải Phòng"'), CORPUS, 'adjacent')).toBe(0);
    expect(walkLength(plan('"Hải Phòng"'), CORPUS, 200, 'adjacent')).toBeNull();
  });

  it('walks only where reading keys on every row walked beats the keys index', () => {
    const common = stats({ kinh: 0.9, te: 0.9 }, { kinh_te: 0.5 }, 10_000);
    expect(walkLength(plan('kinh tế'), common, 200, 'adjacent')).toBe(800);
    // 800 rows walked at twice the cost of the 5,000 the keys index reads: walk. At 1,500 rows, no.
    expect(walkLength(plan('kinh tế'), { ...common, rows: 1500 }, 200, 'adjacent')).toBeNull();
    expect(walkLength(plan('kinh tế'), { ...common, rows: 1500 }, 200)).toBe(445);
  });
});

describe('walk length', () => {
  it('walks the date index for a common match, enough rows for twice the wanted count at the bound', () => {
    expect(walkLength(plan('"đồng bằng sông Cửu Long"'), CORPUS, 301)).toBe(Math.ceil((2 * 301) / 0.27));
  });

  it('leaves rare matches, and walks longer than MAX_WALK, to the word index', () => {
    expect(walkLength(plan('45-NQ/TW'), CORPUS, 301)).toBeNull();
    expect(walkLength(plan('"Hải Phòng"'), CORPUS, 301)).toBeNull(); // 30,100 rows
    expect(walkLength(plan('"Hải Phòng"'), CORPUS, 20)).toBe(2000);
    expect(walkLength(plan('"Hải Phòng"'), CORPUS, 41)).toBeNull(); // 4,100 > MAX_WALK
    expect(walkLength(plan('"Hải Phòng"'), CORPUS, 40)).toBe(MAX_WALK); // 4,000 rows: the longest walk
  });

  it('never walks for a document number, which is tested in the costly keys column', () => {
    const common = stats({ nghi: 0.9, quyet: 0.9, '2019': 0.5 }, { nghi_quyet: 0.9, '#2019-nq': 0.5 }, 1_000_000);
    expect(matchShareBound(plan('Nghị quyết 2019'), common)).toBe(1);
    expect(walkLength(plan('Nghị quyết 2019'), common, 301)).toBeNull();
    expect(walkLength(plan('nghị quyết'), common, 301)).toBe(Math.ceil((2 * 301) / 0.9));
  });

  it('walks only where the word index would read more rows, and never without statistics', () => {
    // 10,000 rows: the word index would read the phrase's 2,700 matches, more than the 2,230 walked.
    expect(walkLength(plan('"đồng bằng sông Cửu Long"'), { ...CORPUS, rows: 10_000 }, 301)).toBe(2230);
    // 5,000 rows: 1,350 matches read through the word index beat a walk of 2,230.
    expect(walkLength(plan('"đồng bằng sông Cửu Long"'), { ...CORPUS, rows: 5_000 }, 301)).toBeNull();
    expect(walkLength(plan('"đồng bằng sông Cửu Long"'), null, 301)).toBeNull();
    expect(walkLength(plan('"đồng bằng sông Cửu Long"'), { ...CORPUS, rows: 0 }, 301)).toBeNull();
  });
});
