import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { localePath } from '@/i18n/routing';
import type { DocumentFilters, PublicDocumentRow } from '@/lib/data/documents/public';
import { EFFECT_LABEL, EFFECT_STATUSES } from '@/lib/documents/status';

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** The documents of a list page, as a table readers (and screen readers) can scan. */
export async function DocumentTable({ rows, locale }: { rows: PublicDocumentRow[]; locale: Locale }) {
  const t = await getTranslations('Documents');
  const vi = locale === 'vi' ? undefined : 'vi';
  if (rows.length === 0) return <p className="mt-4 text-gray-800">{t('empty')}</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b-2 border-brand text-left">
            <th scope="col" className="p-2">{t('number')}</th>
            <th scope="col" className="p-2">{t('issuedOn')}</th>
            <th scope="col" className="p-2">{t('summary')}</th>
            <th scope="col" className="p-2">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} className="border-b border-line align-top">
              <td className="p-2 font-semibold whitespace-nowrap">
                <a href={localePath(`/van-ban/${r.slug}`, locale)} className="text-blue-800 underline">
                  {r.numberSymbol}
                </a>
              </td>
              <td className="p-2 whitespace-nowrap">{dmy(r.issuedOn)}</td>
              <td className="p-2" lang={vi}>
                <span className="font-semibold">{r.typeName}</span> {r.summary}
                <span className="block text-xs text-gray-700">{r.issuer}</span>
              </td>
              <td className="p-2 whitespace-nowrap">{EFFECT_LABEL[r.status][locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface Facets {
  types: Array<{ id: string; name: string }>;
  issuers: string[];
  fields: string[];
  years: number[];
}

/** A plain GET form to /van-ban/tra-cuu: works without JavaScript, and the bare list stays cacheable. */
export async function DocumentFilterForm({ facets, filters, locale }: { facets: Facets; filters: DocumentFilters; locale: Locale }) {
  const t = await getTranslations('Documents');
  const field = 'mt-1 block w-full rounded border border-gray-500 bg-white px-2 py-1';
  const vi = locale === 'vi' ? undefined : 'vi';
  return (
    <form role="search" action={localePath('/van-ban/tra-cuu', locale)} method="get" className="mt-4 grid gap-3 rounded border border-line p-4 sm:grid-cols-3">
      <label className="text-sm font-semibold sm:col-span-3">
        {t('search')}
        <input type="search" name="q" defaultValue={filters.q ?? ''} maxLength={200} className={field} aria-describedby="van-ban-goi-y" />
        <span id="van-ban-goi-y" className="text-xs font-normal text-gray-700">{t('searchHint')}</span>
      </label>
      <label className="text-sm font-semibold">
        {t('type')}
        <select name="loai" defaultValue={filters.typeId ?? ''} className={field}>
          <option value="">{t('all')}</option>
          {facets.types.map((x) => (
            <option key={x.id} value={x.id} lang={vi}>{x.name}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        {t('issuer')}
        <select name="co-quan" defaultValue={filters.issuer ?? ''} className={field}>
          <option value="">{t('all')}</option>
          {facets.issuers.map((x) => (
            <option key={x} value={x} lang={vi}>{x}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        {t('field')}
        <select name="linh-vuc" defaultValue={filters.field ?? ''} className={field}>
          <option value="">{t('all')}</option>
          {facets.fields.map((x) => (
            <option key={x} value={x} lang={vi}>{x}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        {t('year')}
        <select name="nam" defaultValue={filters.year ? String(filters.year) : ''} className={field}>
          <option value="">{t('all')}</option>
          {facets.years.map((x) => (
            <option key={x} value={x}>{x}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold">
        {t('status')}
        <select name="hieu-luc" defaultValue={filters.status ?? ''} className={field}>
          <option value="">{t('all')}</option>
          {EFFECT_STATUSES.map((x) => (
            <option key={x} value={x}>{EFFECT_LABEL[x][locale]}</option>
          ))}
        </select>
      </label>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-brand px-4 py-1.5 font-semibold text-white">{t('submit')}</button>
        <a href={localePath('/van-ban', locale)} className="text-sm text-blue-800 underline">{t('reset')}</a>
      </div>
    </form>
  );
}

/** Reads the filters of /van-ban/tra-cuu from its query (every value bounded). */
export function documentFiltersOf(params: Record<string, string | string[] | undefined>): DocumentFilters {
  const one = (key: string) => {
    const v = params[key];
    return (Array.isArray(v) ? v[0] : v)?.slice(0, 300) ?? '';
  };
  const year = Number(one('nam'));
  const page = Number(one('trang'));
  const status = one('hieu-luc');
  return {
    q: one('q').slice(0, 200) || undefined,
    typeId: one('loai') || undefined,
    issuer: one('co-quan') || undefined,
    field: one('linh-vuc') || undefined,
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    status: (EFFECT_STATUSES as readonly string[]).includes(status) ? (status as DocumentFilters['status']) : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}
