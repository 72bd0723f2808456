// Dates as Vietnamese readers expect them, always in Asia/Ho_Chi_Minh whatever the server's zone.
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Built once: constructing an Intl.DateTimeFormat is expensive and this runs for every date on a page.
const FORMAT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const parts = (date: Date) => {
  const map: Record<string, string> = {};
  for (const p of FORMAT.formatToParts(date)) map[p.type] = p.value;
  return map as Record<'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute', string>;
};

const ENGLISH_WEEKDAY = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'long' });

/** "Thứ Hai, 23/12/2019 15:30"; in English "Monday, 23/12/2019 15:30" (still Vietnam's time). */
export function formatArticleTime(date: Date, language: string = 'vi'): string {
  const p = parts(date);
  const weekday = language === 'en' ? ENGLISH_WEEKDAY.format(date) : p.weekday.charAt(0).toUpperCase() + p.weekday.slice(1);
  return `${weekday}, ${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "23/12/2019" */
export function formatDate(date: Date): string {
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "15:30" */
export function formatClock(date: Date): string {
  const p = parts(date);
  return `${p.hour}:${p.minute}`;
}

/** "15:30, 23/12/2019" */
export function formatDateTime(date: Date): string {
  const p = parts(date);
  return `${p.hour}:${p.minute}, ${p.day}/${p.month}/${p.year}`;
}

/** "23/12/2019 15:30" (newsroom tables and logs); accepts an ISO string too. */
export function formatDayAndTime(value: Date | string): string {
  const p = parts(typeof value === 'string' ? new Date(value) : value);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

// The day of the last minute asked: every reading beacon asks for today's day, and formatToParts
// was a twentieth of a beacon's CPU. A day in Vietnam starts on a whole minute of UTC (no zone in
// use has seconds in its offset), so dates within one UTC minute share it.
let lastMinute = Number.NaN;
let lastDay = '';

/** YYYY-MM-DD of the date in Vietnam (for comparing with dated positions). */
export function vietnamDay(date: Date): string {
  const minute = Math.floor(date.getTime() / 60_000);
  if (minute === lastMinute) return lastDay;
  const p = parts(date);
  lastDay = `${p.year}-${p.month}-${p.day}`;
  lastMinute = minute;
  return lastDay;
}
