import type { Meeting } from '@/db/schema';
import { formatArticleTime } from '@/lib/time/format';

const ROLE_LABEL = { chair: 'Chủ trì', attending: 'Dự họp', presenter: 'Báo cáo' } as const;

/** The structured facts of a meeting report, as an information box for readers. */
export function MeetingBox({ meeting }: { meeting: Meeting }) {
  const byRole = (role: keyof typeof ROLE_LABEL) => meeting.people.filter((p) => p.role === role);
  const rows: Array<[string, string]> = [['Thời gian', formatArticleTime(new Date(meeting.startsAt))]];
  if (meeting.location) rows.push(['Địa điểm', meeting.location]);
  if (meeting.organiserName) rows.push(['Đơn vị tổ chức', meeting.organiserName]);
  for (const role of ['chair', 'presenter', 'attending'] as const) {
    const people = byRole(role);
    if (people.length) rows.push([ROLE_LABEL[role], people.map((p) => `${p.name}${p.title ? `, ${p.title}` : ''}`).join('; ')]);
  }
  if (meeting.participants) rows.push(['Thành phần', meeting.participants]);
  return (
    <aside aria-labelledby="meeting-box-title" className="my-6 border-l-4 border-brand bg-paper p-4 text-[0.95rem]">
      <h2 id="meeting-box-title" className="mb-2 text-base font-bold uppercase tracking-wide text-brand-dark">
        Thông tin hội nghị
      </h2>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-gray-800">{label}</dt>
            <dd className="text-gray-800">{value}</dd>
          </div>
        ))}
      </dl>
      {meeting.conclusions ? (
        <>
          <details className="no-print mt-3">
            <summary className="cursor-pointer font-semibold text-gray-800">Kết luận</summary>
            <p className="mt-1 text-gray-800">{meeting.conclusions}</p>
          </details>
          {/* A closed <details> prints nothing; the printed story keeps the conclusions. */}
          <div className="print-only mt-3">
            <p className="font-semibold">Kết luận</p>
            <p>{meeting.conclusions}</p>
          </div>
        </>
      ) : null}
    </aside>
  );
}
