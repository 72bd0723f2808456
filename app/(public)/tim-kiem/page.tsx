import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { Highlighted } from '@/components/site/highlighted';
import { Pagination } from '@/components/site/pagination';
import { searchPublicArticles } from '@/lib/data/public-search';
import { listSections } from '@/lib/data/site';
import { MAX_QUERY_LENGTH } from '@/lib/search/parse-query';
import { parseSearchRequest, searchHref, type SearchRequest } from '@/lib/search/params';
import { formatDate } from '@/lib/time/format';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = parseSearchRequest(await searchParams);
  return {
    title: request.query.text ? `Tìm kiếm: ${request.query.text}` : 'Tìm kiếm',
    // Result pages are endless variations of the same stories: crawlers should follow, not index.
    robots: { index: false, follow: true },
    alternates: { canonical: '/tim-kiem' },
  };
}

function Tips() {
  return (
    <ul className="mt-3 list-disc space-y-1 pl-6 text-sm text-gray-700">
      <li>Gõ có dấu hay không dấu đều được: “da nang” tìm thấy “Đà Nẵng”.</li>
      <li>
        Đặt cụm từ trong ngoặc kép để tìm đúng cụm: <q>“hội nghị tổng kết”</q>.
      </li>
      <li>Thêm dấu * sau phần đầu của từ để tìm mọi từ bắt đầu như vậy: “chuyển*”.</li>
    </ul>
  );
}

function SearchForm({ request, sections }: { request: SearchRequest; sections: Array<{ slug: string; name: string }> }) {
  return (
    <form role="search" action="/tim-kiem" method="get" aria-label="Tìm bài viết" className="mt-4 grid gap-4 rounded border border-line bg-gray-50 p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="grid gap-1 sm:col-span-2 lg:col-span-4">
        <label htmlFor="tim-kiem-q" className="font-semibold">
          Từ khóa
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
            Tìm
          </button>
        </div>
      </div>
      <div className="grid gap-1">
        <label htmlFor="tim-kiem-cm" className="text-sm font-semibold">
          Chuyên mục
        </label>
        <select id="tim-kiem-cm" name="chuyen-muc" defaultValue={request.section ?? ''} className="rounded border border-gray-500 bg-white px-2 py-2">
          <option value="">Tất cả chuyên mục</option>
          {sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1">
        <label htmlFor="tim-kiem-tu" className="text-sm font-semibold">
          Từ ngày
        </label>
        <input id="tim-kiem-tu" type="date" name="tu" defaultValue={request.from ?? ''} className="rounded border border-gray-500 bg-white px-2 py-2" />
      </div>
      <div className="grid gap-1">
        <label htmlFor="tim-kiem-den" className="text-sm font-semibold">
          Đến ngày
        </label>
        <input id="tim-kiem-den" type="date" name="den" defaultValue={request.to ?? ''} className="rounded border border-gray-500 bg-white px-2 py-2" />
      </div>
      <div className="grid gap-1">
        <label htmlFor="tim-kiem-sx" className="text-sm font-semibold">
          Sắp xếp
        </label>
        <select id="tim-kiem-sx" name="sap-xep" defaultValue={request.sort === 'newest' ? 'moi-nhat' : ''} className="rounded border border-gray-500 bg-white px-2 py-2">
          <option value="">Phù hợp nhất</option>
          <option value="moi-nhat">Mới nhất</option>
        </select>
      </div>
    </form>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const request = parseSearchRequest(await searchParams);
  const [results, sections] = await Promise.all([searchPublicArticles(request), listSections()]);
  const { query } = request;
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb items={[{ name: 'Tìm kiếm' }]} />
      <h1 className="text-2xl font-bold text-brand-dark">Tìm kiếm</h1>
      <SearchForm request={request} sections={sections} />

      <div className="mt-6" id="ket-qua">
        {query.problem === 'empty' ? (
          <div className="rounded border border-line p-4">
            <p className="font-semibold">Hãy nhập từ khóa để tìm bài viết.</p>
            <Tips />
          </div>
        ) : query.problem === 'no-words' ? (
          <div className="rounded border border-line p-4">
            <p className="font-semibold">Từ khóa “{query.text}” không có chữ hay số nào để tìm. Xin thử lại với một từ khác.</p>
            <Tips />
          </div>
        ) : (
          <>
            {query.truncated ? (
              <p className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-gray-900">
                Từ khóa quá dài nên chỉ phần đầu được dùng để tìm (tối đa {MAX_QUERY_LENGTH} ký tự).
              </p>
            ) : null}
            {results.total === 0 ? (
              <div className="rounded border border-line p-4">
                <p className="font-semibold">
                  Không tìm thấy bài viết nào cho từ khóa <strong>{query.text}</strong>.
                </p>
                {results.suggestions.length > 0 ? (
                  <div className="mt-3">
                    <h2 className="text-base font-semibold">Có thể bạn muốn tìm:</h2>
                    <ul className="mt-1 list-disc pl-6">
                      {results.suggestions.map((s) => (
                        <li key={s.slug}>
                          <Link href={`/bai-viet/${s.slug}`} className="text-blue-800 underline hover:text-brand">
                            {s.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <Tips />
              </div>
            ) : (
              <>
                <p className="text-sm text-muted">
                  Tìm thấy {results.total} bài viết cho từ khóa <strong className="text-gray-900">{query.text}</strong>
                  {results.page > 1 ? ` — trang ${results.page}` : ''}
                </p>
                {results.hits.length === 0 ? (
                  <p className="py-6">
                    Trang này không có kết quả. <Link href={searchHref(request, { page: 1 })} className="text-blue-800 underline">Về trang đầu</Link>
                  </p>
                ) : (
                  <ol className="search-results mt-2">
                    {results.hits.map((hit) => (
                      <li key={hit.id} className="border-b border-line py-4">
                        <h2 className="text-lg font-semibold leading-snug">
                          <Link href={`/bai-viet/${hit.slug}`} className="hover:text-brand hover:underline">
                            <Highlighted segments={hit.titleSegments} />
                          </Link>
                        </h2>
                        <p className="mt-1 text-sm text-muted">
                          <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt)}</time>
                          {hit.section ? <> · {hit.section.name}</> : null}
                        </p>
                        <p className="mt-2 text-[0.95rem] text-gray-800">
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
