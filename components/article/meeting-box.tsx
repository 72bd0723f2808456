import type { Meeting } from '@/lib/content/meeting';
import { translatorFor } from '@/i18n/messages';
import { isLocale } from '@/i18n/routing';
import { formatArticleTime } from '@/lib/time/format';

const ROLES = ['chair', 'presenter', 'attending'] as const;

/** The structured facts of a meeting report, as an information box, in the story's own language. */
export function MeetingBox({ meeting, language = 'vi' }: { meeting: Meeting; language?: string }) {
  const locale = isLocale(language) ? language : 'vi';
  const t = translatorFor(locale, 'Story');
  const rows: Array<[string, string]> = [[t('time'), formatArticleTime(new Date(meeting.startsAt), locale)]];
  if (meeting.location) rows.push([t('location'), meeting.location]);
  if (meeting.organiserName) rows.push([t('organiser'), meeting.organiserName]);
  for (const role of ROLES) {
    const people = meeting.people.filter((p) => p.role === role);
    if (people.length) rows.push([t(role), people.map((p) => `${p.name}${p.title ? `, ${p.title}` : ''}`).join('; ')]);
  }
  if (meeting.participants) rows.push([t('participants'), meeting.participants]);
  return (
    <aside aria-labelledby="meeting-box-title" className="my-6 border-l-4 border-brand bg-paper p-4 text-[0.95rem]">
      <h2 id="meeting-box-title" className="mb-2 text-base font-bold uppercase tracking-wide text-brand-dark">
        {t('meeting')}
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
            <summary className="cursor-pointer font-semibold text-gray-800">{t('conclusions')}</summary>
            <p className="mt-1 text-gray-800">{meeting.conclusions}</p>
          </details>
          {/* A closed <details> prints nothing; the printed story keeps the conclusions. */}
          <div className="print-only mt-3">
            <p className="font-semibold">{t('conclusions')}</p>
            <p>{meeting.conclusions}</p>
          </div>
        </>
      ) : null}
    </aside>
  );
}
