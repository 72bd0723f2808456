import { describe, expect, it } from 'vitest';
import { calendarGrid } from './calendar-grid';

describe('calendarGrid', () => {
  it('shows the week from Monday', () => {
    const g = calendarGrid('tuan', '2026-12-10');
    expect(g.weeks[0]).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    expect([g.from, g.to, g.previous, g.next]).toEqual(['2026-12-07', '2026-12-14', '2026-11-30', '2026-12-14']);
  });
  it('covers a whole month in full weeks', () => {
    const g = calendarGrid('thang', '2027-02-15');
    expect(g.from).toBe('2027-02-01');
    expect(g.weeks).toHaveLength(4);
    expect(g.to).toBe('2027-03-01');
    expect([g.previous, g.next]).toEqual(['2027-01-01', '2027-03-01']);
    const dec = calendarGrid('thang', '2026-12-31');
    expect(dec.from).toBe('2026-11-30');
    expect(dec.weeks.at(-1)!.at(-1)).toBe('2027-01-03');
  });
});
