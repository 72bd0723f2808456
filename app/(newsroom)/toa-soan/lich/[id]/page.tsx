import type { Metadata } from 'next';
import Link from 'next/link';
import { idSchema } from '@/lib/api/action-schemas';
import { pageData } from '@/lib/auth/guard';
import { assignableStaff } from '@/lib/data/planning/assignments';
import { DELETE_REFUSED_OPEN, DELETE_REFUSED_STARTED, eventDetail, planningAbilities } from '@/lib/data/planning/events';
import { EVENT_KIND_LABELS, PERSON_ROLE_LABELS } from '@/lib/data/planning/input';
import { peopleRegistry } from '@/lib/data/registry/people';
import { formatDayAndTime } from '@/lib/time/format';
import { toVietnamInput } from '@/lib/time/local-input';
import { notFound } from 'next/navigation';
import { Alert, Success } from '../../_components/form-bits';
import { EventForm } from '../event-form';
import { AssignForm } from './assign-form';
import { AssignmentItem } from './assignment-item';
import { DeleteEvent } from './delete-event';

export const metadata: Metadata = { title: 'Sự kiện' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ ok?: string; loi?: string }> };

export default async function EventPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!idSchema.safeParse(id).success) notFound();
  const { event, abilities, staff, registry, now } = await pageData(`/toa-soan/lich/${id}`, async (viewer) => {
    const abilities = planningAbilities(viewer);
    const [event, staff, registry] = await Promise.all([
      eventDetail(viewer, id),
      abilities.canManage ? assignableStaff(viewer) : Promise.resolve([]),
      abilities.canManage ? peopleRegistry(viewer) : Promise.resolve(null),
    ]);
    return { event, abilities, staff, registry, now: new Date().getTime() };
  });
  return (
    <div className="grid gap-4">
      <p>
        <Link href={`/toa-soan/lich?xem=tuan&ngay=${toVietnamInput(event.startsAt).slice(0, 10)}`} className="underline">
          ← Lịch công tác
        </Link>
      </p>
      {query.ok === 'da-luu' ? <Success>Đã lưu sự kiện.</Success> : null}
      {query.loi ? <Alert>{query.loi.slice(0, 300)}</Alert> : null}
      <article className="grid gap-2 rounded border border-gray-300 bg-white p-4" aria-labelledby="ten-su-kien">
        <p className="text-sm text-muted">{EVENT_KIND_LABELS[event.kind]}</p>
        <h1 id="ten-su-kien" className="break-words text-xl font-bold">
          {event.title}
        </h1>
        <dl className="grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-semibold">Thời gian</dt>
          <dd>
            <time dateTime={event.startsAt.toISOString()}>{formatDayAndTime(event.startsAt)}</time> – <time dateTime={event.endsAt.toISOString()}>{formatDayAndTime(event.endsAt)}</time>
          </dd>
          <dt className="font-semibold">Địa điểm</dt>
          <dd className="break-words">{event.location || '—'}</dd>
          <dt className="font-semibold">Đơn vị</dt>
          <dd>{event.unitName ?? '—'}</dd>
          <dt className="font-semibold">Thành phần</dt>
          <dd>
            {event.people.length === 0 ? '—' : (
              <ul>
                {event.people.map((p) => (
                  <li key={p.personId}>
                    {p.name} ({PERSON_ROLE_LABELS[p.role]})
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {event.notes ? (
            <>
              <dt className="font-semibold">Ghi chú</dt>
              <dd className="whitespace-pre-line break-words">{event.notes}</dd>
            </>
          ) : null}
        </dl>
      </article>
      <section aria-labelledby="da-giao" className="grid gap-2">
        <h2 id="da-giao" className="text-lg font-bold">
          Đã giao viết bài
        </h2>
        {event.assignments.length === 0 ? (
          <p className="text-sm text-muted">Chưa giao cho ai.</p>
        ) : (
          <ul className="grid gap-2">
            {event.assignments.map((a) => (
              <AssignmentItem
                key={`${a.id}-${a.version}`}
                canManage={abilities.canManage}
                staff={staff}
                item={{
                  id: a.id,
                  assigneeId: a.assigneeId,
                  assigneeName: a.assigneeName,
                  due: toVietnamInput(a.dueAt),
                  dueLabel: formatDayAndTime(a.dueAt),
                  notes: a.notes,
                  version: a.version,
                  articleId: a.articleId,
                  overdue: a.overdue,
                  cancelled: a.state === 'cancelled',
                  done: a.state === 'done',
                }}
              />
            ))}
          </ul>
        )}
      </section>
      {abilities.canManage && registry ? (
        <>
          <AssignForm eventId={event.id} staff={staff} defaultDue={toVietnamInput(new Date(Math.max(event.endsAt.getTime(), now) + 4 * 3_600_000))} />
          <section aria-labelledby="sua-su-kien" className="grid gap-2">
            <h2 id="sua-su-kien" className="text-lg font-bold">
              Sửa sự kiện
            </h2>
            <EventForm
              key={event.version}
              id={event.id}
              version={event.version}
              initial={{
                kind: event.kind,
                title: event.title,
                startsAt: toVietnamInput(event.startsAt),
                endsAt: toVietnamInput(event.endsAt),
                location: event.location,
                unitId: event.unitId ?? '',
                notes: event.notes,
                people: event.people.map((p) => ({ personId: p.personId, role: p.role })),
              }}
              registry={{ people: registry.people.map((p) => ({ id: p.id, name: p.name })), units: registry.units }}
            />
          </section>
          <DeleteEvent
            id={event.id}
            title={event.title}
            blockedReason={event.assignments.some((a) => a.articleId) ? DELETE_REFUSED_STARTED : event.assignments.some((a) => a.state !== 'cancelled') ? DELETE_REFUSED_OPEN : null}
          />
        </>
      ) : null}
    </div>
  );
}
