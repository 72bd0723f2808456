import { describe, expect, it } from 'vitest';
import { addDays, parseVietnamInput, toVietnamInput, weekdayIndex } from './local-input';

describe('Vietnam time inputs', () => {
  it('reads a datetime-local value as Vietnam time', () => {
    expect(parseVietnamInput('2026-12-10T09:00')?.toISOString()).toBe('2026-12-10T02:00:00.000Z');
    expect(parseVietnamInput('2026-12-10T09:00:00+07:00')?.toISOString()).toBe('2026-12-10T02:00:00.000Z');
  });
  it('refuses what is not a real time', () => {
    expect(parseVietnamInput('2026-02-31T10:00')).toBeNull();
    expect(parseVietnamInput('ngày mai')).toBeNull();
    expect(parseVietnamInput('2026-12-10')).toBeNull();
  });
  it('writes back the same local value', () => {
    expect(toVietnamInput(new Date('2026-12-31T18:30:00Z'))).toBe('2027-01-01T01:30');
  });
  it('does calendar arithmetic', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekdayIndex('2026-12-07')).toBe(0); // a Monday
    expect(weekdayIndex('2026-12-13')).toBe(6);
  });
});
