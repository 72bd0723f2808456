import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './parse-query';
import { accentedKeys, rankPlan, type Abbreviation } from './rank-plan';

const ABBREVIATIONS: Abbreviation[] = [
  { short: 'TP.HCM', long: 'Thành phố Hồ Chí Minh' },
  { short: 'KT-XH', long: 'kinh tế - xã hội' },
  { short: 'UBND', long: 'Ủy ban nhân dân' },
  { short: 'BCH TW', long: 'Ban Chấp hành Trung ương' },
];
const plan = (q: string) => rankPlan(parseSearchQuery(q), ABBREVIATIONS);
const codes = (q: string) => plan(q).groups.flatMap((g) => g.alternatives.flatMap((a) => (a.kind === 'code' ? [a.token] : [])));
const forms = (q: string) => plan(q).groups.map((g) => g.alternatives.map((a) => (a.kind === 'term' ? a.term.text : a.token)));

describe('rank plan: words next to each other', () => {
  it('pairs syllables typed next to each other, folded', () => {
    expect(plan('Đà Nẵng').pairs).toEqual([{ forms: [[['da', 'nang']]], named: true, implied: false }]);
    // In quotes (or written as one term) every match holds them together: they rank, but find nothing new.
    expect(plan('"Đà Nẵng"').pairs).toEqual([{ forms: [[['da', 'nang']]], named: true, implied: true }]);
    expect(plan('"chuyển đổi*"').pairs.every((p) => p.implied)).toBe(true); // * inside quotes is no prefix
    expect(plan('hoi nghi tong ket').pairs.map((p) => p.forms)).toEqual([[[['hoi', 'nghi']]], [[['nghi', 'tong']]], [[['tong', 'ket']]]]);
    expect(plan('kinh').pairs).toEqual([]);
  });

  it('keeps the accents typed, and nothing when typed without', () => {
    expect(plan('Đà Nẵng').accented.sort()).toEqual(['đà', 'đà_nẵng', 'nẵng'].sort());
    expect(plan('da nang').accented).toEqual([]);
    expect(accentedKeys('Đà, Nẵng')).toEqual(['đà', 'nẵng']); // no pair across a comma
    // Lower-cased "İ" leaves a combining mark; keys stay letters, digits and "_" (safe as tsquery lexemes).
    for (const key of accentedKeys('İSTANBUL Đà ǅ')) expect(key).toMatch(/^[\p{L}\p{N}_]+$/u);
  });

  it('writes the old and the new tone placement of "oa", "oe", "uy" as one key', () => {
    expect(accentedKeys('Hòa bình')).toEqual(accentedKeys('Hoà bình'));
    expect(accentedKeys('hòa')).toEqual(['hoà']);
    expect(accentedKeys('khỏe thủy họa')).toEqual(accentedKeys('khoẻ thuỷ hoạ'));
    // A final consonant: both styles agree, nothing moves; other syllables keep their tone where it is.
    expect(accentedKeys('hoàng thuyết hóa')).toEqual(['hoàng', 'thuyết', 'hoàng_thuyết', 'hoá', 'thuyết_hoá']);
    expect(accentedKeys('của gìa')).toEqual(['của', 'gìa', 'của_gìa']);
  });
});

describe('rank plan: document numbers', () => {
  it('reads numbers as whole tokens', () => {
    expect(codes('45-NQ/TW')).toEqual(['#45-nq/tw']);
    expect(codes('247-QĐ/TW')).toEqual(['#247-qd/tw']);
    expect(codes('247-QD/TW')).toEqual(['#247-qd/tw']);
    expect(codes('42/2022/NĐ-CP')).toEqual(['#42/2022/nd-cp']);
    expect(codes('45-NQ')).toEqual(['#45-nq']);
  });

  it('reads "Nghị quyết 45" and "NQ 45" as the resolution, or the words as typed', () => {
    for (const q of ['Nghị quyết 45', 'nghi quyet so 45', 'NQ 45', 'nq số 45']) expect(codes(q), q).toEqual(['#45-nq']);
    expect(forms('Nghị quyết 45')).toEqual([['#45-nq', 'nghi quyet 45']]);
    expect(codes('Quy định 247')).toEqual(['#247-qd']);
    expect(codes('Hải Phòng nghị quyết 45').length).toBe(1);
    expect(forms('Hải Phòng nghị quyết 45')[0]).toEqual(['hai']);
    expect(codes('nghị quyết')).toEqual([]);
    expect(codes('năm 2045')).toEqual([]);
  });

  it('reads a year after a kind ("Nghị quyết 2019") as the words anywhere beside the document so numbered', () => {
    const anywhere = (q: string) => plan(q).groups.flatMap((g) => g.alternatives.flatMap((a) => (a.kind === 'term' && a.anywhere ? [a.term.text] : [])));
    expect(forms('Nghị quyết 2019')).toEqual([['#2019-nq', 'nghi quyet 2019']]);
    expect(anywhere('Nghị quyết 2019')).toEqual(['nghi quyet 2019']);
    expect(anywhere('quyết định số 1945')).toEqual(['quyet dinh so 1945']);
    for (const q of ['Nghị quyết 45', 'Quyết định 247', 'NQ 2100', 'nghị quyết 1939']) expect(anywhere(q), q).toEqual([]);
  });
});

describe('rank plan: abbreviations both ways', () => {
  it('expands the short form to the long one and back', () => {
    expect(forms('TP.HCM')).toEqual([['tp.hcm', 'thanh pho ho chi minh']]);
    expect(forms('tp hcm')).toEqual([['tp.hcm', 'thanh pho ho chi minh']]);
    expect(forms('Thành phố Hồ Chí Minh')).toEqual([['tp.hcm', 'thanh pho ho chi minh']]);
    expect(forms('UBND Đà Nẵng')).toEqual([['ubnd', 'uy ban nhan dan'], ['da'], ['nang']]);
    expect(forms('KT-XH')).toEqual([['kt-xh', 'kinh te - xa hoi']]);
    expect(forms('BCH TW')).toEqual([['bch tw', 'ban chap hanh trung uong']]);
  });

  it('rewards adjacency of any form only when every form has pairs', () => {
    expect(plan('UBND').pairs).toEqual([]); // "UBND" is one word: no check that would punish it
    expect(plan('TP.HCM').pairs).toEqual([{ forms: [[['tp', 'hcm']], [['thanh', 'pho'], ['pho', 'ho'], ['ho', 'chi'], ['chi', 'minh']]], named: false, implied: true }]);
    // A document number matches without its words: they are not implied.
    expect(plan('Nghị quyết 45').pairs.map((p) => p.implied)).toEqual([false]);
  });

  it('leaves words alone that only start like an abbreviation', () => {
    expect(forms('thành phố Hà Nội')).toEqual([['thanh'], ['pho'], ['ha'], ['noi']]);
  });
});
