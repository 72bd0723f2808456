// PURE. The "last 24 hours" and "last 7 days" of the most-read lists over counts kept per Vietnamese
// calendar day. A day-granular count cannot say exactly what happened in the last 24 hours, so the
// window takes every day fully inside it plus the share of the oldest day still inside it: at 06:00
// the 24-hour window is today's views plus 18/24 of yesterday's. It slides smoothly instead of
// jumping to zero at midnight.
import { vietnamDay } from '@/lib/time/format';
import { addDays, vietnamMidnight } from '@/lib/time/local-input';

export type MostReadWindow = 'day' | 'week';

export const WINDOW_DAYS: Record<MostReadWindow, number> = { day: 1, week: 7 };

export interface DayWindow {
  /** Days from this one (YYYY-MM-DD) up to today count in full. */
  fullFrom: string;
  /** The day just before fullFrom counts with this weight (0..1). */
  partialDay: string;
  partialWeight: number;
}

export function dayWindow(window: MostReadWindow, now: Date): DayWindow {
  const today = vietnamDay(now);
  const days = WINDOW_DAYS[window];
  const midnight = vietnamMidnight(today).getTime();
  const elapsed = Math.min(Math.max((now.getTime() - midnight) / 86_400_000, 0), 1);
  const fullFrom = addDays(today, -(days - 1));
  return { fullFrom, partialDay: addDays(fullFrom, -1), partialWeight: Math.round((1 - elapsed) * 1000) / 1000 };
}
