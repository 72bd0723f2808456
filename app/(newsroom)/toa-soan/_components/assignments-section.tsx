import Link from 'next/link';
import type { DeskAssignment } from '@/lib/data/planning/assignments';
import { formatDayAndTime } from '@/lib/time/format';
import { startAssignmentAction } from '../lich/actions';

function OverdueBadge() {
  return <span className="ml-1 rounded bg-red-700 px-1.5 text-xs font-semibold text-white">Quá hạn</span>;
}

/** The desk's planning section: my assignments (with "Bắt đầu viết") and, for editors and leaders, everyone's overdue ones. */
export function AssignmentsSection({ mine, overdue }: { mine: DeskAssignment[]; overdue: DeskAssignment[] | null }) {
  return (
    <>
      <section aria-labelledby="viec-duoc-giao" className="rounded border border-gray-300 bg-white p-3">
        <h2 id="viec-duoc-giao" className="mb-2 font-bold">
          Việc được giao <span className="text-muted">({mine.length})</span>
        </h2>
        {mine.length === 0 ? (
          <p className="text-sm text-muted">Không có việc nào đang chờ bạn.</p>
        ) : (
          <ul className="grid gap-2 text-sm">
            {mine.map((a) => (
              <li key={a.id} className={`grid gap-1 rounded border p-2 ${a.overdue ? 'border-red-700' : 'border-gray-200'}`}>
                <Link href={`/toa-soan/lich/${a.eventId}`} className="break-words font-semibold hover:underline">
                  {a.eventTitle}
                </Link>
                <p>
                  Hạn nộp: <time dateTime={a.dueAt.toISOString()}>{formatDayAndTime(a.dueAt)}</time>
                  {a.overdue ? <OverdueBadge /> : null}
                </p>
                {a.notes ? <p className="whitespace-pre-line break-words text-muted">{a.notes}</p> : null}
                {a.articleId ? (
                  <Link href={`/toa-soan/bai-viet/${a.articleId}`} className="font-semibold text-brand underline">
                    Tiếp tục viết
                  </Link>
                ) : (
                  <form action={startAssignmentAction}>
                    <input type="hidden" name="id" value={a.id} />
                    <button type="submit" className="rounded bg-brand px-3 py-1 font-semibold text-white hover:bg-brand-dark">
                      Bắt đầu viết
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {overdue ? (
        <section aria-labelledby="giao-qua-han" className="rounded border border-gray-300 bg-white p-3">
          <h2 id="giao-qua-han" className="mb-2 font-bold">
            Bài giao quá hạn <span className="text-muted">({overdue.length})</span>
          </h2>
          {overdue.length === 0 ? (
            <p className="text-sm text-muted">Không có bài giao nào quá hạn.</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {overdue.map((a) => (
                <li key={a.id} className="rounded border border-red-700 p-2">
                  <Link href={`/toa-soan/lich/${a.eventId}`} className="break-words font-semibold hover:underline">
                    {a.eventTitle}
                  </Link>
                  <p>
                    {a.assigneeName} · hạn {formatDayAndTime(a.dueAt)}
                    <OverdueBadge />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}
