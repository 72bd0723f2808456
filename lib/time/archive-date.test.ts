import { describe, expect, it } from 'vitest';
import {
  archiveDayOf,
  archivePath,
  archivePathsOf,
  archiveRange,
  formatArchiveDay,
  parseArchiveDay,
  parseArchiveMonth,
  parseArchiveYear,
  parsePickedDay,
  shiftDay,
  shiftMonth,
} from './archive-date';

const now = new Date('2026-12-06T03:00:00Z');

describe('archive addresses', () => {
  it('accepts real days and refuses impossible, malformed or far-off ones', () => {
    expect(parseArchiveDay('2019', '12', '23', now)).toEqual({ year: 2019, month: 12, day: 23 });
    expect(parseArchiveDay('2020', '02', '29', now)).toEqual({ year: 2020, month: 2, day: 29 });
    for (const [y, m, d] of [
      ['2019', '13', '40'],
      ['2019', '02', '30'],
      ['2019', '02', '29'],
      ['2019', '04', '31'],
      ['2019', '00', '10'],
      ['2019', '12', '00'],
      ['2019', '1', '5'],
      ['abcd', '12', '23'],
      ['2019', 'ab', '23'],
      ['2019', '12', '2x'],
      ['1989', '12', '31'],
      ['2028', '01', '01'],
      ['9999', '12', '31'],
      ['+201', '12', '23'],
    ] as const) {
      expect(parseArchiveDay(y, m, d, now), `${y}/${m}/${d}`).toBeNull();
    }
    expect(parseArchiveMonth('2027', '12', now)).toEqual({ year: 2027, month: 12 });
    expect(parseArchiveYear('1990', now)).toEqual({ year: 1990 });
    expect(parseArchiveYear('20190', now)).toBeNull();
  });

  it('reads what a date input sends', () => {
    expect(parsePickedDay('2019-12-23', now)).toEqual({ year: 2019, month: 12, day: 23 });
    expect(parsePickedDay('2019-02-30', now)).toBeNull();
    expect(parsePickedDay('23/12/2019', now)).toEqual({ year: 2019, month: 12, day: 23 });
    expect(parsePickedDay(' 1/2/2020 ', now)).toEqual({ year: 2020, month: 2, day: 1 });
    expect(parsePickedDay('30/02/2019', now)).toBeNull();
    expect(parsePickedDay('2019-12-23x', now)).toBeNull();
    expect(parsePickedDay('hôm qua', now)).toBeNull();
    expect(parsePickedDay('', now)).toBeNull();
  });

  it('writes two-digit months and days', () => {
    expect(archivePath({ year: 2019, month: 1, day: 5 })).toBe('/luu-tru/2019/01/05');
    expect(archivePath({ year: 2019, month: 1 })).toBe('/luu-tru/2019/01');
    expect(archivePath({ year: 2019 })).toBe('/luu-tru/2019');
  });
});

describe('Vietnamese days', () => {
  it('cover 00:00 to 24:00 at UTC+7', () => {
    const { start, end } = archiveRange({ year: 2019, month: 12, day: 23 });
    expect(start.toISOString()).toBe('2019-12-22T17:00:00.000Z');
    expect(end.toISOString()).toBe('2019-12-23T17:00:00.000Z');
    expect(archiveRange({ year: 2019, month: 12 })).toEqual({ start: new Date('2019-11-30T17:00:00Z'), end: new Date('2019-12-31T17:00:00Z') });
    expect(archiveRange({ year: 2019 })).toEqual({ start: new Date('2018-12-31T17:00:00Z'), end: new Date('2019-12-31T17:00:00Z') });
  });

  it('put 23:30 on the 23rd in Vietnam on the 23rd, though it is the 23rd 16:30 in UTC, and 00:30 on the 24th', () => {
    expect(archiveDayOf(new Date('2019-12-23T16:30:00Z'))).toEqual({ year: 2019, month: 12, day: 23 });
    expect(archiveDayOf(new Date('2019-12-23T17:30:00Z'))).toEqual({ year: 2019, month: 12, day: 24 });
    expect(archivePathsOf(new Date('2019-12-31T17:30:00Z'))).toEqual(['/luu-tru/2020', '/luu-tru/2020/01', '/luu-tru/2020/01/01']);
  });

  it('step over month and year ends', () => {
    expect(shiftDay({ year: 2019, month: 12, day: 31 }, 1)).toEqual({ year: 2020, month: 1, day: 1 });
    expect(shiftDay({ year: 2020, month: 3, day: 1 }, -1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(shiftMonth({ year: 2019, month: 12 }, 1)).toEqual({ year: 2020, month: 1 });
    expect(shiftMonth({ year: 2019, month: 1 }, -1)).toEqual({ year: 2018, month: 12 });
  });

  it('are written the Vietnamese way', () => {
    expect(formatArchiveDay({ year: 2019, month: 12, day: 23 })).toBe('Thứ Hai, 23/12/2019');
    expect(formatArchiveDay({ year: 2019, month: 12, day: 22 })).toBe('Chủ Nhật, 22/12/2019');
    expect(formatArchiveDay({ year: 2019, month: 12, day: 23 }, 'en')).toBe('Monday, 23/12/2019');
  });
});
