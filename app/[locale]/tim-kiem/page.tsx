import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Highlighted } from '@/components/site/highlighted';
import { Pagination } from '@/components/site/pagination';
import type { Locale } from '@/i18n/routing';
import { enterLocale, langIfOther, type LocaleParams, localText, readerLocale } from '@/i18n/server';
import { forgivingPublicSearch } from '@/lib/data/search/suggest-search';
import type { QueryPiece } from '@/lib/search/input-fixes';
import { listSections, type SectionLink } from '@/lib/data/site/site';
import { MAX_QUERY_LENGTH } from '@/lib/search/parse-query';
import { parseSearchRequest, searchHref, type SearchRequest } from '@/lib/search/params';
import { formatDate } from '@/lib/time/format';

// Rendered per request: the query is the page (proxy.ts gives it a nonce CSP like the newsroom).
export const dynamic = 'force-dynamic';

type Props = { params: LocaleParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await enterLocale(params);
  const [request, { href }, t] = await Promise.all([searchParams.then(parseSearchRequest), readerLocale(), getTranslations('Search')]);
  return {
    title: request.query.text ? t('titleWithQuery', { query: request.query.text }) : t('title'),
    // Result pages are endless variations of the same stories: crawlers should follow, not index.
    robots: { index: false, follow: true },
    alternates: { canonical: href('/tim-kiem'), languages: { vi: '/tim-kiem', en: '/en/tim-kiem' } },
  };
}

type T = Awaited<ReturnType<typeof getTranslations<'Search'>>>;

const EXACT_PARAM = 'chinh-xac';

/** The search for the words exactly as typed (no Telex/VNI conversion, no typo fixes). */
function exactHref(request: SearchRequest): string {
  const base = searchHref({ ...request, page: 1 });
  return `${base}${base.includes('?') ? '&' : '?'}${EXACT_PARAM}=1`;
}

/** A corrected or converted query, its changed words in bold as search engines show them. */
function Pieces({ pieces }: { pieces: QueryPiece[] }) {
  return (
    <span lang="vi">
      {pieces.map((p, i) => (p.changed ? <b key={i}>{p.text}</b> : <span key={i}>{p.text}</span>))}
    </span>
  );
}

function Tips({ t }: { t: T }) {
  return (
    <ul className="mt-3 list-disc space-y-1 pl-6 text-sm text-gray-700">
      <li>{t('tipDiacritics')}</li>
      <li>
        {t('tipPhrase')} <q lang="vi">{t('tipPhraseExample')}</q>.
      </li>
      <li>{t('tipPrefix')}</li>
    </ul>
  );
}

function SearchForm({ request, sections, t, locale, action }: { request: SearchRequest; sections: SectionLink[]; t: T; locale: Locale; action: string }) {
  return (
    <form role="search" action={action} method="get" aria-label={t('form')} className="mt-4 grid gap-4 rounded border border-line bg-gray-50 p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="grid gap-1 sm:col-span-2 lg:col-span-4">
        <label htmlFor="tim-kiem-q" className="font-semibold">
          {t('query')}
        </label>
        <div className="flex gap-2">
          <input
            id="tim-kiem-q"
            type="search"
            name="q"
            defaultValue={request.query.text}
            maxLength={MAX_QUERY_LENGTH * 2}
            className="min-w-0 flex-1 rounded border border-gray-500 bg-white px-3 py-2"
          />
          <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
            {t('submit')}
          </button>
        </div>
      </div>
      <div className="grid gap-1">
        <label htmlFor="tim-kiem-cm" className="text-sm font-semibold">
          {t('section')}
        </label>
        <select id="tim-kiem-cm" name="chuyen-muc" defaultValue={request.section ?? ''} className="rounded border border-gray-500 bg-white px-2 py-2">
          <option value="">{t('allSections')}</option>
          {sections.map((s) => {
            const name = localText(s.name, s.nameEn, locale);
            return (
              <option key={s.slug} value={s.slug} lang={name.lang}>
                {name.text}
              </option>
            );
          })}
        </select>
      </div>
      <div className="grid gap-1">
        <label htmlFor="tim-kiem-tu" className="text-sm font-semibold">
          {t('from')}
        </label>
        <input id="tim-kiem-tu" type="date" name="tu" defaultValue={request.from ?? ''} className="rounded border border-gray-500 bg-white px-2 py-2" />
      </div>
      <div className="grid gap-1">
        <label htmlFor="tim-kiem-den" className="text-sm font-semibold">
          {t('to')}
        </label>
        <input id="tim-kiem-den" type="date" name="den" defaultValue={request.to ?? ''} className="rounded border border-gray-500 bg-white px-2 py-2" />
      </div>
      <div className="grid gap-1">
        <label htmlFor="tim-kiem-sx" className="text-sm font-semibold">
          {t('sort')}
        </label>
        <select id="tim-kiem-sx" name="sap-xep" defaultValue={request.sort === 'newest' ? 'moi-nhat' : ''} className="rounded border border-gray-500 bg-white px-2 py-2">
          <option value="">{t('relevance')}</option>
          <option value="moi-nhat">{t('newest')}</option>
        </select>
      </div>
    </form>
  );
}

export default async function SearchPage({ params, searchParams }: Props) {
  await enterLocale(params);
  const urlParams = await searchParams;
  const request = parseSearchRequest(urlParams);
  // "Tìm chính xác": the reader asked for the words as typed, without Telex/VNI conversion or fixes.
  const exact = urlParams[EXACT_PARAM] === '1';
  const [{ results, searchedInstead, didYouMean }, sections, { locale, href }, t, tf] = await Promise.all([
    forgivingPublicSearch(request, { exact }),
    listSections(),
    readerLocale(),
    getTranslations('Search'),
    getTranslations('SearchForgiving'),
  ]);
  const { query } = request;
  const strong = (chunks: ReactNode) => <strong className="text-gray-900">{chunks}</strong>;
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb items={[{ name: t('title') }]} />
      <h1 className="text-2xl font-bold text-brand-dark">{t('title')}</h1>
      <SearchForm request={request} sections={sections} t={t} locale={locale} action={href('/tim-kiem')} />

      <div className="mt-6" id="ket-qua">
        {searchedInstead ? (
          <div className="mb-3 text-sm" data-testid="searched-instead">
            <p>
              {tf('searchedInstead')}{' '}
              <a href={href(searchHref({ ...request, page: 1, query: { ...request.query, text: searchedInstead.text } }))} className="text-blue-800 underline">
                <Pieces pieces={searchedInstead.pieces} />
              </a>
            </p>
            <p className="text-muted">
              {tf('searchExactly')}{' '}
              <a href={href(exactHref(request))} className="text-blue-800 underline">
                {searchedInstead.typed}
              </a>
            </p>
          </div>
        ) : null}
        {didYouMean ? (
          <p className="mb-3 text-base" data-testid="did-you-mean">
            {tf('didYouMean')}{' '}
            <a href={href(searchHref({ ...request, page: 1, query: { ...request.query, text: didYouMean.text } }))} className="text-blue-800 underline">
              <Pieces pieces={didYouMean.pieces} />
            </a>
          </p>
        ) : null}
        {query.problem === 'empty' ? (
          <div className="rounded border border-line p-4">
            <p className="font-semibold">{t('empty')}</p>
            <Tips t={t} />
          </div>
        ) : query.problem === 'no-words' ? (
          <div className="rounded border border-line p-4">
            <p className="font-semibold">{t('noWords', { query: query.text })}</p>
            <Tips t={t} />
          </div>
        ) : (
          <>
            {query.truncated ? (
              <p className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-gray-900">
                {t('truncated', { max: MAX_QUERY_LENGTH })}
              </p>
            ) : null}
            {results.total === 0 ? (
              <div className="rounded border border-line p-4">
                <p className="font-semibold">{t.rich('none', { query: query.text, strong })}</p>
                {results.suggestions.length > 0 ? (
                  <div className="mt-3">
                    <h2 className="text-base font-semibold">{t('suggestions')}</h2>
                    <ul className="mt-1 list-disc pl-6">
                      {results.suggestions.map((s) => (
                        <li key={s.slug}>
                          <a href={href(`/bai-viet/${s.slug}`)} className="text-blue-800 underline hover:text-brand">
                            {s.title}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <Tips t={t} />
              </div>
            ) : (
              <>
                <p className="text-sm text-muted">
                  {t.rich(results.totalIsMore ? 'foundMore' : 'found', { total: results.total, query: query.text, strong })}
                  {results.page > 1 ? t('pageSuffix', { page: results.page }) : ''}
                </p>
                {results.totalIsMore || results.listed < results.total ? <p className="mt-1 text-sm text-muted">{t('capped', { listed: results.listed })}</p> : null}
                {results.hits.length === 0 ? (
                  <p className="py-6">
                    {t('pageEmpty')}{' '}
                    <a href={href(searchHref(request, { page: 1 }))} className="text-blue-800 underline">
                      {t('firstPage')}
                    </a>
                  </p>
                ) : (
                  <ol className="search-results mt-2">
                    {results.hits.map((hit) => (
                      <li key={hit.id} className="border-b border-line py-4">
                        <h2 lang={langIfOther(hit.language, locale)} className="text-lg font-semibold leading-snug">
                          <a href={href(`/bai-viet/${hit.slug}`)} className="hover:text-brand hover:underline">
                            <Highlighted segments={hit.titleSegments} />
                          </a>
                        </h2>
                        <p className="mt-1 text-sm text-muted">
                          <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt)}</time>
                          {hit.section ? <> · {localText(hit.section.name, hit.section.nameEn, locale).text}</> : null}
                        </p>
                        <p lang={langIfOther(hit.language, locale)} className="mt-2 text-[0.95rem] text-gray-800">
                          <Highlighted segments={hit.snippet} />
                        </p>
                      </li>
                    ))}
                  </ol>
                )}
                <Pagination page={results.page} pageCount={results.pageCount} href={(page) => searchHref(request, { page })} />
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
