import { describe, expect, it } from 'vitest';
import { lineageProblem } from './lineage';
import { keyMatches, numberKey, parseNumberQuery, uniqueDocumentKey } from './number';
import { effectStatus } from './status';

describe('numbers and symbols', () => {
  it('gives Party and state styles one key however they are typed', () => {
    expect(numberKey('45-NQ/TW')).toBe('45-nq-tw');
    expect(numberKey('45/NQ-TW')).toBe('45-nq-tw');
    expect(numberKey('247-QĐ/TW')).toBe('247-qd-tw');
    expect(numberKey('42/2022/NĐ-CP')).toBe('42-2022-nd-cp');
    expect(numberKey('Nghị quyết')).toBe('');
  });
  it('matches queries by number and the letter groups given', () => {
    const key = numberKey('45-NQ/TW');
    for (const q of ['45-NQ/TW', '45/NQ-TW', 'nq 45', 'NQ45', '45']) expect(keyMatches(key, parseNumberQuery(q)!), q).toBe(true);
    for (const q of ['46-NQ/TW', '45-QĐ/TW', '4']) expect(keyMatches(key, parseNumberQuery(q)!), q).toBe(false);
    expect(keyMatches(numberKey('42/2022/NĐ-CP'), parseNumberQuery('42/NĐ-CP')!)).toBe(true);
    expect(parseNumberQuery('đội ngũ trí thức')).toBeNull();
  });
  it('adds the year of issue to the unique key only when the symbol has none', () => {
    expect(uniqueDocumentKey('45-NQ/TW', '2019-01-24', 'Bộ Chính trị')).toBe('45-nq-tw@2019|bo chinh tri');
    expect(uniqueDocumentKey('42/2022/NĐ-CP', '2022-06-24', 'Chính phủ')).toBe('42-2022-nd-cp|chinh phu');
  });
});

describe('status of effect', () => {
  const doc = { issuedOn: '2019-01-24', effectiveOn: '2019-02-01', expiresOn: null, endedBy: [] as string[] };
  it('follows the dates and the documents that end it', () => {
    expect(effectStatus(doc, '2019-01-30')).toBe('not_yet');
    expect(effectStatus(doc, '2019-02-01')).toBe('in_force');
    expect(effectStatus({ ...doc, expiresOn: '2020-01-01' }, '2020-01-02')).toBe('expired');
    expect(effectStatus({ ...doc, endedBy: ['2021-01-01'] }, '2020-12-31')).toBe('in_force');
    expect(effectStatus({ ...doc, endedBy: ['2021-01-01'] }, '2021-01-01')).toBe('expired');
  });
});

describe('lineage', () => {
  it('refuses self links and circles of replacement', () => {
    expect(lineageProblem('a', [{ from: 'a', to: 'a', relation: 'amends' }], [])).toBe('self');
    expect(lineageProblem('a', [{ from: 'a', to: 'b', relation: 'replaces' }], [{ from: 'b', to: 'c', relation: 'replaces' }, { from: 'c', to: 'a', relation: 'replaces' }])).toBe('cycle');
    expect(lineageProblem('a', [{ from: 'a', to: 'b', relation: 'amends' }], [{ from: 'b', to: 'a', relation: 'amends' }])).toBeNull();
    expect(lineageProblem('a', [{ from: 'a', to: 'b', relation: 'replaces' }], [{ from: 'a', to: 'c', relation: 'replaces' }, { from: 'c', to: 'a', relation: 'replaces' }])).toBeNull();
  });
});
