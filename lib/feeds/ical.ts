// An iCalendar (RFC 5545) document from a user's planning items, written by ical-generator.
// Times go out in UTC ("Z"): every calendar application shows them in its own zone, so no
// VTIMEZONE block is needed to be exact.
import ical, { ICalCalendarMethod } from 'ical-generator';

export interface IcalItem {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  stamp: Date;
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
    });
  }
  return calendar.toString();
}
