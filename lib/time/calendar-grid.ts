// PURE. The days a calendar view shows: a week (Monday first) or the weeks that cover a month.
import { addDays, weekdayIndex } from './local-input';

export type CalendarView = 'tuan' | 'thang';

export interface CalendarGrid {
  /** First and last+1 day shown, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Days shown, in weeks of seven. */
  weeks: string[][];
  /** The day to go to for the previous and next week or month. */
  previous: string;
  next: string;
  /** The month of a month view (YYYY-MM), to dim days outside it. */
  month: string | null;
}

export function calendarGrid(view: CalendarView, day: string): CalendarGrid {
  if (view === 'tuan') {
    const from = addDays(day, -weekdayIndex(day));
    const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
    return { from, to: addDays(from, 7), weeks: [days], previous: addDays(from, -7), next: addDays(from, 7), month: null };
  }
  const month = day.slice(0, 7);
  const first = `${month}-01`;
  const from = addDays(first, -weekdayIndex(first));
  const nextMonthFirst = addDays(`${month}-28`, 4).slice(0, 7) + '-01';
  const weeks: string[][] = [];
  for (let start = from; start < nextMonthFirst; start = addDays(start, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
  const last = weeks.at(-1)!.at(-1)!;
  const previousMonth = addDays(first, -1).slice(0, 7) + '-01';
  return { from, to: addDays(last, 1), weeks, previous: previousMonth, next: nextMonthFirst, month };
}
