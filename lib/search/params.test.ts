import { describe, expect, it } from 'vitest';
import { calendarDay, parseSearchRequest, searchHref, vietnamDayEnd, vietnamDayStart } from './params';

describe('parseSearchRequest', () => {
  it('reads query, section, dates, sort and page', () => {
    const r = parseSearchRequest({ q: 'đà nẵng', 'chuyen-muc': 'tin-tuc-su-kien', tu: '2020-01-01', den: '2020-12-31', 'sap-xep': 'moi-nhat', trang: '3' });
    expect(r).toMatchObject({ section: 'tin-tuc-su-kien', from: '2020-01-01', to: '2020-12-31', sort: 'newest', page: 3 });
    expect(r.query.terms.map((t) => t.text)).toEqual(['da', 'nang']);
  });

  it('falls back to defaults for odd values instead of failing', () => {
    const r = parseSearchRequest({ q: ['a', 'b'], 'chuyen-muc': '../../etc', tu: '2024-02-30', den: 'hôm qua', 'sap-xep': 'x', trang: '-1' });
    expect(r).toMatchObject({ section: null, from: null, to: null, sort: 'relevance', page: 1 });
    expect(parseSearchRequest({ trang: '1e9' }).page).toBe(1);
    expect(parseSearchRequest({ trang: '2.5' }).page).toBe(1);
  });

  it('swaps a reversed date range', () => {
    expect(parseSearchRequest({ tu: '2021-05-01', den: '2020-01-01' })).toMatchObject({ from: '2020-01-01', to: '2021-05-01' });
  });
});

describe('dates', () => {
  it('accepts only real calendar days', () => {
    expect(calendarDay('2024-02-29')).toBe('2024-02-29');
    expect(calendarDay('2023-02-29')).toBeNull();
    expect(calendarDay('2023-2-1')).toBeNull();
    expect(calendarDay(20230101)).toBeNull();
  });

  it('uses the Vietnamese day (UTC+7)', () => {
    expect(vietnamDayStart('2019-12-23').toISOString()).toBe('2019-12-22T17:00:00.000Z');
    expect(vietnamDayEnd('2019-12-23').toISOString()).toBe('2019-12-23T17:00:00.000Z');
  });
});

describe('searchHref', () => {
  it('keeps the filters and leaves defaults out', () => {
    const r = parseSearchRequest({ q: 'hội nghị', 'chuyen-muc': 'hoat-dong-cua-ban' });
    expect(searchHref(r, { page: 2 })).toBe('/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B&chuyen-muc=hoat-dong-cua-ban&trang=2');
    expect(searchHref(r, { sort: 'newest', page: 1 })).toBe('/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B&chuyen-muc=hoat-dong-cua-ban&sap-xep=moi-nhat');
    expect(searchHref(parseSearchRequest({}))).toBe('/tim-kiem');
  });
});
