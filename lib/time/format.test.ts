import { describe, expect, it } from 'vitest';
import { formatArticleTime, formatDate, formatDateTime, formatDayAndTime, vietnamDay } from './format';

describe('Vietnamese reader dates in Asia/Ho_Chi_Minh', () => {
  it('formats the seed story time as readers expect', () => {
    expect(formatArticleTime(new Date('2019-12-23T17:30:00+07:00'))).toBe('Thứ Hai, 23/12/2019 17:30');
  });
  it('uses Vietnam time whatever the instant’s UTC day', () => {
    // 20:00 UTC on the 22nd is 03:00 on Monday the 23rd in Hanoi.
    expect(formatArticleTime(new Date('2019-12-22T20:00:00Z'))).toBe('Thứ Hai, 23/12/2019 03:00');
    expect(vietnamDay(new Date('2019-12-22T20:00:00Z'))).toBe('2019-12-23');
  });
  it('changes the day exactly at midnight in Hanoi, asked minute after minute or the same minute again', () => {
    expect(vietnamDay(new Date('2019-12-23T16:59:59.999Z'))).toBe('2019-12-23');
    expect(vietnamDay(new Date('2019-12-23T16:59:00.000Z'))).toBe('2019-12-23');
    expect(vietnamDay(new Date('2019-12-23T17:00:00.000Z'))).toBe('2019-12-24');
    expect(vietnamDay(new Date('2019-12-23T17:00:59.999Z'))).toBe('2019-12-24');
    expect(vietnamDay(new Date('2019-12-23T16:59:30.000Z'))).toBe('2019-12-23');
    expect(vietnamDay(new Date('2026-02-28T17:00:00Z'))).toBe('2026-03-01');
    expect(() => vietnamDay(new Date('not a date'))).toThrow(RangeError);
  });
  it('names the weekday in English for an English story or interface, on Vietnam’s day', () => {
    expect(formatArticleTime(new Date('2019-12-23T17:30:00+07:00'), 'en')).toBe('Monday, 23/12/2019 17:30');
    expect(formatArticleTime(new Date('2019-12-22T20:00:00Z'), 'en')).toBe('Monday, 23/12/2019 03:00');
  });
  it('names Sunday "Chủ Nhật" and pads day and month', () => {
    expect(formatArticleTime(new Date('2019-12-01T09:05:00+07:00'))).toBe('Chủ Nhật, 01/12/2019 09:05');
    expect(formatDate(new Date('2020-01-05T12:00:00+07:00'))).toBe('05/01/2020');
    expect(formatDateTime(new Date('2020-01-05T12:00:00+07:00'))).toBe('12:00, 05/01/2020');
  });
});

describe('formatDayAndTime', () => {
  it('gives day, month, year and time in Vietnam, from a Date or an ISO string', () => {
    expect(formatDayAndTime(new Date('2019-12-23T08:30:00Z'))).toBe('23/12/2019 15:30');
    expect(formatDayAndTime('2019-12-22T20:00:00Z')).toBe('23/12/2019 03:00');
  });
});
