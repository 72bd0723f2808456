import type { Metadata } from 'next';
import Link from 'next/link';
import { pageData } from '@/lib/auth/guard';
import { calendarFeedStatus } from '@/lib/data/planning/calendar-feed';
import { eventsBetween, planningAbilities, type CalendarEvent } from '@/lib/data/planning/events';
import { calendarQuerySchema, EVENT_KIND_LABELS } from '@/lib/data/planning/input';
import { calendarGrid, type CalendarView } from '@/lib/time/calendar-grid';
import { formatClock, vietnamDay } from '@/lib/time/format';
import { addDays, vietnamMidnight, weekdayIndex } from '@/lib/time/local-input';
import { Alert, Success } from '../_components/form-bits';
import { CalendarFeedPanel } from './calendar-feed-panel';

export const metadata: Metadata = { title: 'Lịch công tác' };

type Props = { searchParams: Promise<{ xem?: string; ngay?: string; ok?: string; loi?: string }> };

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
const WEEKDAYS_SHORT = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];

const dayLabel = (day: string) => `${WEEKDAYS[weekdayIndex(day)]}, ${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** Events on a Vietnam day: those that start that day, or run across it. */
function eventsOn(events: CalendarEvent[], day: string): CalendarEvent[] {
  const start = vietnamMidnight(day).getTime();
  const end = vietnamMidnight(addDays(day, 1)).getTime();
  return events.filter((e) => e.startsAt.getTime() < end && e.endsAt.getTime() >= start);
}

function EventLine({ event, day, compact }: { event: CalendarEvent; day: string; compact?: boolean }) {
  const startsToday = vietnamDay(event.startsAt) === day;
  const time = startsToday ? formatClock(event.startsAt) : 'tiếp';
  if (compact) {
    return (
      <Link href={`/toa-soan/lich/${event.id}`} className="block break-words rounded bg-red-50 px-1 text-xs hover:underline">
        <span className="font-semibold">{time}</span> {event.title}
      </Link>
    );
  }
  return (
    <div className="grid gap-0.5 rounded border border-gray-200 bg-white p-2">
      <p className="text-sm">
        <time dateTime={event.startsAt.toISOString()} className="font-semibold">
          {formatClock(event.startsAt)}–{formatClock(event.endsAt)}
        </time>{' '}
        <span className="text-muted">· {EVENT_KIND_LABELS[event.kind]}</span>
      </p>
      <Link href={`/toa-soan/lich/${event.id}`} className="break-words font-semibold text-brand hover:underline">
        {event.title}
      </Link>
      {event.location || event.unitName ? <p className="break-words text-sm text-muted">{[event.location, event.unitName].filter(Boolean).join(' · ')}</p> : null}
    </div>
  );
}

export default async function CalendarPage({ searchParams }: Props) {
  const query = await searchParams;
  const parsed = calendarQuerySchema.parse({ view: query.xem, day: query.ngay });
  const view: CalendarView = parsed.view;
  const today = vietnamDay(new Date());
  const day = parsed.day && parsed.day >= '2000-01-01' && parsed.day < '2100-01-01' ? parsed.day : today;
  const grid = calendarGrid(view, day);
  const { events, abilities, feed } = await pageData(`/toa-soan/lich?xem=${view}&ngay=${day}`, async (viewer) => {
    const abilities = planningAbilities(viewer);
    const [events, feed] = await Promise.all([eventsBetween(viewer, vietnamMidnight(grid.from), vietnamMidnight(grid.to)), calendarFeedStatus(viewer)]);
    return { events, abilities, feed };
  });
  const href = (v: CalendarView, d: string) => `/toa-soan/lich?xem=${v}&ngay=${d}`;
  const heading = view === 'tuan' ? `Tuần ${grid.from.slice(8, 10)}/${grid.from.slice(5, 7)} – ${addDays(grid.to, -1).slice(8, 10)}/${addDays(grid.to, -1).slice(5, 7)}/${addDays(grid.to, -1).slice(0, 4)}` : `Tháng ${grid.month!.slice(5, 7)}/${grid.month!.slice(0, 4)}`;
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-bold">Lịch công tác</h1>
        {abilities.canManage ? (
          <Link href="/toa-soan/lich/moi" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            Thêm sự kiện
          </Link>
        ) : null}
      </div>
      {query.ok === 'da-xoa' ? <Success>Đã xóa sự kiện.</Success> : null}
      {query.loi ? <Alert>{query.loi.slice(0, 300)}</Alert> : null}
      <nav aria-label="Chọn khoảng thời gian" className="flex flex-wrap items-center gap-2 text-sm">
        <Link href={href(view, grid.previous)} className="rounded border border-gray-500 px-3 py-1.5 font-semibold hover:bg-gray-100">
          ← {view === 'tuan' ? 'Tuần trước' : 'Tháng trước'}
        </Link>
        <Link href={href(view, today)} className="rounded border border-gray-500 px-3 py-1.5 font-semibold hover:bg-gray-100">
          Hôm nay
        </Link>
        <Link href={href(view, grid.next)} className="rounded border border-gray-500 px-3 py-1.5 font-semibold hover:bg-gray-100">
          {view === 'tuan' ? 'Tuần sau' : 'Tháng sau'} →
        </Link>
        <span className="ml-auto flex gap-1" role="group" aria-label="Cách xem">
          <Link href={href('tuan', day)} aria-current={view === 'tuan' ? 'page' : undefined} className="rounded px-3 py-1.5 font-semibold aria-[current=page]:bg-brand aria-[current=page]:text-white">
            Tuần
          </Link>
          <Link href={href('thang', day)} aria-current={view === 'thang' ? 'page' : undefined} className="rounded px-3 py-1.5 font-semibold aria-[current=page]:bg-brand aria-[current=page]:text-white">
            Tháng
          </Link>
        </span>
      </nav>
      <h2 className="text-lg font-bold">{heading}</h2>
      {view === 'tuan' ? (
        <ol className="grid gap-3" aria-label={heading}>
          {grid.weeks[0]!.map((d) => {
            const list = eventsOn(events, d);
            return (
              <li key={d} className="grid gap-2 rounded border border-gray-300 bg-gray-50 p-3" aria-current={d === today ? 'date' : undefined}>
                <h3 className="font-semibold">
                  {dayLabel(d)}
                  {d === today ? <span className="ml-2 rounded bg-brand px-1.5 text-xs text-white">Hôm nay</span> : null}
                </h3>
                {list.length === 0 ? (
                  <p className="text-sm text-muted">Không có sự kiện.</p>
                ) : (
                  <ul className="grid gap-2">
                    {list.map((e) => (
                      <li key={e.id}>
                        <EventLine event={e} day={d} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      ) : (
        <table className="w-full table-fixed border-collapse bg-white text-sm">
          <caption className="sr-only">{heading}: sự kiện theo ngày</caption>
          <thead>
            <tr>
              {WEEKDAYS_SHORT.map((w, i) => (
                <th key={w} scope="col" className="border border-gray-300 p-1 text-center">
                  <abbr title={WEEKDAYS[i]} className="no-underline">
                    {w}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((d) => {
                  const list = eventsOn(events, d);
                  const outside = d.slice(0, 7) !== grid.month;
                  return (
                    <td key={d} className={`h-20 min-w-0 border border-gray-300 p-0.5 align-top ${outside ? 'bg-gray-100 text-muted' : ''}`} aria-current={d === today ? 'date' : undefined}>
                      <Link href={href('tuan', d)} className={`block text-xs font-semibold ${d === today ? 'text-brand underline' : ''}`} aria-label={`${dayLabel(d)}: ${list.length} sự kiện`}>
                        {Number(d.slice(8, 10))}
                      </Link>
                      <ul className="grid gap-0.5">
                        {list.map((e) => (
                          <li key={e.id}>
                            <EventLine event={e} day={d} compact />
                          </li>
                        ))}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {events.length === 0 ? <p className="text-sm text-muted">Chưa có sự kiện nào trong khoảng này.</p> : null}
      <CalendarFeedPanel active={feed.active} createdAt={feed.createdAt?.toISOString() ?? null} />
    </div>
  );
}
