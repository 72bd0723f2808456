// PURE. Times typed in the newsroom's forms (<input type="datetime-local">) mean Vietnam's time
// (UTC+7 all year, no daylight saving), whatever the server's or browser's zone.
import { TIME_ZONE } from './format';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** "2026-12-10T09:00" (Vietnam) or a full ISO 8601 instant -> Date; null when it is neither or not a real time. */
export function parseVietnamInput(value: string): Date | null {
  const text = value.trim();
  let date: Date;
  if (LOCAL.test(text)) date = new Date(`${text.length === 16 ? `${text}:00` : text}+07:00`);
  else if (ISO_WITH_OFFSET.test(text)) date = new Date(text);
  else return null;
  if (Number.isNaN(date.getTime())) return null;
  // "2026-02-31T10:00" rolls over to March in Date: refuse it instead.
  const local = LOCAL.exec(text);
  if (local && toVietnamInput(date).slice(0, 10) !== `${local[1]}-${local[2]}-${local[3]}`) return null;
  return date;
}

const PARTS = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Date -> "2026-12-10T09:00" in Vietnam's time, for a datetime-local input's value. */
export function toVietnamInput(date: Date): string {
  const p: Record<string, string> = {};
  for (const part of PARTS.formatToParts(date)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Midnight in Vietnam at the start of the given YYYY-MM-DD day. */
export function vietnamMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** YYYY-MM-DD plus n days (calendar arithmetic on the date alone). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** 0 = Monday ... 6 = Sunday, for a YYYY-MM-DD day. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}
