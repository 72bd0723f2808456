import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ARCHIVE_FIRST_YEAR } from '@/lib/time/archive-date';

/**
 * "Xem tin theo ngày": a plain GET form, so it works without JavaScript. The browser's date input
 * sends 2019-12-23 (a browser without one sends what was typed, 23/12/2019 is understood too), and
 * /luu-tru/chon-ngay redirects to that day's cached page. No date of today is written here: the
 * page carrying the form stays the same bytes whatever the day.
 */
export async function ArchiveDatePicker({ locale, defaultDay }: { locale: Locale; defaultDay?: string }) {
  const t = await getTranslations('Archive');
  const id = 'chon-ngay-luu-tru';
  return (
    <form method="get" action="/luu-tru/chon-ngay" className="no-print flex flex-wrap items-end gap-2 text-sm" aria-label={t('pickerLabel')}>
      {locale !== 'vi' ? <input type="hidden" name="ngon-ngu" value={locale} /> : null}
      <label htmlFor={id} className="grid gap-1">
        <span className="font-semibold">{t('pickerDate')}</span>
        <input
          id={id}
          type="date"
          name="ngay"
          required
          min={`${ARCHIVE_FIRST_YEAR}-01-01`}
          defaultValue={defaultDay}
          className="rounded border border-gray-400 px-2 py-1.5"
        />
      </label>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {t('pickerSubmit')}
      </button>
    </form>
  );
}
