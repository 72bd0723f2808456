// An iCalendar (RFC 5545) document from a user's planning items, written by ical-generator.
// Times go out in UTC ("Z"): every calendar application shows them in its own zone, so no
// VTIMEZONE block is needed to be exact.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface IcalItem {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  stamp: Date;
  /** SEQUENCE (0 for an item never changed). */
  sequence?: number;
  /** Sent as STATUS:CANCELLED, which calendar applications remove. */
  cancelled?: boolean;
}

export function calendarDocument(input: { name: string; host: string; items: IcalItem[] }): string {
  const calendar = ical({ name: `Lịch công tác – ${input.name}`, prodId: { company: input.host, product: 'lich-cong-tac', language: 'VI' }, method: ICalCalendarMethod.PUBLISH, ttl: 60 * 30 });
  for (const item of input.items) {
    calendar.createEvent({
      id: `${item.uid}@${input.host}`,
      start: item.start,
      end: item.end,
      stamp: item.stamp,
      summary: item.summary,
      location: item.location || null,
      description: item.description || null,
      sequence: item.sequence ?? 0,
      status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
