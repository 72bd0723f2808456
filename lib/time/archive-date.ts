// PURE. The archive by date (/luu-tru/2019/12/23): which addresses exist, the instants a Vietnamese
// day, month or year covers, and how they are written. Vietnam has kept UTC+7 without daylight
// saving since 1975, so a day there is [00:00, 24:00) at UTC+7: the arithmetic needs no zone data.
import { vietnamDay } from './format';

/** The earliest year with an archive page; older addresses are not pages (404). */
export const ARCHIVE_FIRST_YEAR = 1990;
/** Addresses may go this many years past the current one (a story scheduled ahead, a clock off by a day). */
const YEARS_AHEAD = 1;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export interface ArchiveYear {
  year: number;
}
export interface ArchiveMonth extends ArchiveYear {
  month: number;
}
export interface ArchiveDay extends ArchiveMonth {
  day: number;
}

const YEAR = /^[0-9]{4}$/;
const TWO_DIGITS = /^[0-9]{2}$/;

/** The last year with archive pages at `now`. */
export const archiveLastYear = (now: Date): number => Number(vietnamDay(now).slice(0, 4)) + YEARS_AHEAD;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "2019" -> 2019 within the archive's years, else null (letters, "19", "0219", 2400). */
export function parseArchiveYear(year: string, now: Date): ArchiveYear | null {
  if (!YEAR.test(year)) return null;
  const y = Number(year);
  return y >= ARCHIVE_FIRST_YEAR && y <= archiveLastYear(now) ? { year: y } : null;
}

/** "2019", "12": two-digit months only, so each month has one address. */
export function parseArchiveMonth(year: string, month: string, now: Date): ArchiveMonth | null {
  const y = parseArchiveYear(year, now);
  if (!y || !TWO_DIGITS.test(month)) return null;
  const m = Number(month);
  return m >= 1 && m <= 12 ? { year: y.year, month: m } : null;
}

/** "2019", "12", "23"; a day the month does not have (30 February, 31 April) is not one. */
export function parseArchiveDay(year: string, month: string, day: string, now: Date): ArchiveDay | null {
  const m = parseArchiveMonth(year, month, now);
  if (!m || !TWO_DIGITS.test(day)) return null;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(m.year, m.month) ? { ...m, day: d } : null;
}

/**
 * What a date picker sends ("2019-12-23" from <input type="date">), or what a reader typed where the
 * browser shows a plain text box ("23/12/2019", "1/2/2020"), as an archive day; null otherwise.
 */
export function parsePickedDay(value: string, now: Date): ArchiveDay | null {
  const text = value.trim().slice(0, 20);
  const iso = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (iso) return parseArchiveDay(iso[1]!, iso[2]!, iso[3]!, now);
  const typed = /^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$/.exec(text);
  return typed ? parseArchiveDay(typed[3]!, typed[2]!.padStart(2, '0'), typed[1]!.padStart(2, '0'), now) : null;
}

const vietnamMidnight = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day) - VIETNAM_OFFSET_MS);

/** The instants [start, end) of a day, a month or a year in Vietnam. */
export function archiveRange(at: ArchiveYear | ArchiveMonth | ArchiveDay): { start: Date; end: Date } {
  if ('day' in at) return { start: vietnamMidnight(at.year, at.month, at.day), end: vietnamMidnight(at.year, at.month, at.day + 1) };
  if ('month' in at) return { start: vietnamMidnight(at.year, at.month, 1), end: vietnamMidnight(at.year, at.month + 1, 1) };
  return { start: vietnamMidnight(at.year, 1, 1), end: vietnamMidnight(at.year + 1, 1, 1) };
}

/** The Vietnamese day an instant falls on. */
export function archiveDayOf(instant: Date): ArchiveDay {
  const [year, month, day] = vietnamDay(instant).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "/luu-tru/2019", "/luu-tru/2019/12", "/luu-tru/2019/12/23" (reader paths, Vietnamese interface). */
export function archivePath(at: ArchiveYear | ArchiveMonth | ArchiveDay): string {
  if ('day' in at) return `/luu-tru/${at.year}/${pad(at.month)}/${pad(at.day)}`;
  if ('month' in at) return `/luu-tru/${at.year}/${pad(at.month)}`;
  return `/luu-tru/${at.year}`;
}

/** The pages a story published at `instant` is listed on: its day, its month and its year. */
export function archivePathsOf(instant: Date): string[] {
  const day = archiveDayOf(instant);
  return [archivePath({ year: day.year }), archivePath({ year: day.year, month: day.month }), archivePath(day)];
}

/** The calendar day before or after (not the nearest day with stories, which would change with every publish). */
export function shiftDay(at: ArchiveDay, by: -1 | 1): ArchiveDay {
  const date = new Date(Date.UTC(at.year, at.month - 1, at.day + by));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function shiftMonth(at: ArchiveMonth, by: -1 | 1): ArchiveMonth {
  const index = at.year * 12 + (at.month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Whether a neighbouring day, month or year still has an archive page. */
export const inArchive = (at: ArchiveYear, now: Date): boolean => at.year >= ARCHIVE_FIRST_YEAR && at.year <= archiveLastYear(now);

const VI_WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Thứ Hai, 23/12/2019"; in English "Monday, 23/12/2019". */
export function formatArchiveDay(at: ArchiveDay, language: string = 'vi'): string {
  const weekday = new Date(Date.UTC(at.year, at.month - 1, at.day)).getUTCDay();
  return `${(language === 'en' ? EN_WEEKDAYS : VI_WEEKDAYS)[weekday]}, ${pad(at.day)}/${pad(at.month)}/${at.year}`;
}

/** "23/12/2019" */
export const formatArchiveDate = (at: ArchiveDay): string => `${pad(at.day)}/${pad(at.month)}/${at.year}`;

/** "12/2019" */
export const formatArchiveMonth = (at: ArchiveMonth): string => `${pad(at.month)}/${at.year}`;

/** "2019-12-23" (a date input's value, a <time> attribute). */
export const isoDay = (at: ArchiveDay): string => `${at.year}-${pad(at.month)}-${pad(at.day)}`;
