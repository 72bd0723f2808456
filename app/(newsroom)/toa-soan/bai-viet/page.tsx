import type { Metadata } from 'next';
import Link from 'next/link';
import { articleListQuerySchema } from '@/lib/api/schemas';
import { pageData } from '@/lib/auth/guard';
import { listSections } from '@/lib/data/site/site';
import { listStaffArticles, staffListAuthors, type ArticleListFilters } from '@/lib/data/articles/staff-list';
import {
  ARTICLE_KINDS,
  DATE_FIELD_LABELS,
  KIND_LABELS,
  PAGE_PARAMS,
  SORT_LABELS,
  STAFF_LIST_DATE_FIELDS,
  STAFF_LIST_SORTS,
  STAFF_QUERY_MAX_LENGTH,
  STAFF_RANK_POOL,
  type StaffListParamName,
} from '@/lib/search/staff-list';
import { formatDateTime } from '@/lib/time/format';
import { STATE_LABELS, STATES } from '@/lib/workflow/transition';
import { NewStoryActions } from '@/components/newsroom/new-story-actions';
import { importDocxAction } from './actions';

export const metadata: Metadata = { title: 'Bài viết' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PARAM_LABELS: Record<StaffListParamName, string> = {
  q: 'Từ khóa',
  author: 'Tác giả',
  section: 'Chuyên mục',
  status: 'Trạng thái',
  from: 'Từ ngày',
  to: 'Đến ngày',
  dateField: 'Lọc theo',
  kind: 'Loại bài',
  sort: 'Sắp xếp',
  page: 'Trang',
};

const DATE_COLUMN_LABELS = { updated: 'Cập nhật', created: 'Ngày tạo', published: 'Xuất bản' } as const;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The URL's filters through the API's own schema. A bad value is dropped with a message naming the
 * field (the rest of the search still runs), so a hand-edited URL never yields a blank error page.
 */
function readFilters(params: Record<string, string | string[] | undefined>) {
  const raw: Record<string, string> = {};
  for (const [name, param] of Object.entries(PAGE_PARAMS) as Array<[StaffListParamName, string]>) {
    const value = first(params[param])?.trim();
    if (value) raw[name] = value;
  }
  const problems: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = articleListQuerySchema.safeParse(raw);
    if (parsed.success) return { filters: parsed.data as ArticleListFilters, raw, problems };
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] as StaffListParamName | undefined;
      if (name && name in raw) {
        problems.push(`${PARAM_LABELS[name]}: ${issue.message} Bộ lọc này đã được bỏ qua.`);
        delete raw[name];
      }
    }
  }
  return { filters: {} as ArticleListFilters, raw: {}, problems };
}

const field = 'mt-1 block w-full min-w-0 rounded border border-gray-400 bg-white px-2 py-1 font-normal';

export default async function ArticleListPage({ searchParams }: Props) {
  const params = await searchParams;
  const { filters, raw, problems } = readFilters(params);
  const { list, sections, authors } = await pageData('/toa-soan/bai-viet', async (viewer) => {
    const [list, sections, authors] = await Promise.all([listStaffArticles(viewer, filters), listSections(), staffListAuthors(viewer)]);
    return { list, sections, authors };
  });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (p: number) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(raw) as Array<[StaffListParamName, string]>) if (name !== 'page') query.set(PAGE_PARAMS[name], value);
    if (p > 1) query.set(PAGE_PARAMS.page, String(p));
    const qs = query.toString();
    return qs ? `/toa-soan/bai-viet?${qs}` : '/toa-soan/bai-viet';
  };
  const loi = first(params.loi);
  const dateField = filters.dateField ?? 'updated';
  const filtered = Object.keys(raw).some((k) => k !== 'page');
  return (
    <div className="grid min-w-0 gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-bold">Bài viết</h1>
        <NewStoryActions listLink={false} />
      </div>
      <form action={importDocxAction} className="flex flex-wrap items-end gap-2 rounded border border-gray-300 bg-white p-3 text-sm">
        <label className="min-w-0 max-w-full font-semibold">
          Nhập bài từ tệp Word (.docx)
          <input type="file" name="tep" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" required className="mt-1 block max-w-full" />
        </label>
        <button type="submit" className="rounded border border-gray-500 px-3 py-1 font-semibold hover:bg-gray-100">
          Nhập thành bản nháp
        </button>
      </form>
      {loi ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-900">
          {loi.slice(0, 300)}
        </p>
      ) : null}
      <form method="get" action="/toa-soan/bai-viet" role="search" aria-label="Tìm và lọc bài viết" className="grid gap-3 rounded border border-gray-300 bg-white p-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <label className="font-semibold sm:col-span-2">
          Tìm trong tiêu đề, sapo và nội dung
          <input type="search" name={PAGE_PARAMS.q} defaultValue={raw.q ?? ''} maxLength={STAFF_QUERY_MAX_LENGTH} className={field} />
        </label>
        {authors.length > 0 ? (
          <label className="font-semibold">
            Tác giả
            <select name={PAGE_PARAMS.author} defaultValue={raw.author ?? ''} className={field}>
              <option value="">Tất cả</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="font-semibold">
          Chuyên mục
          <select name={PAGE_PARAMS.section} defaultValue={raw.section ?? ''} className={field}>
            <option value="">Tất cả</option>
            {sections.map((s) => (
              <option key={s.id} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          Trạng thái
          <select name={PAGE_PARAMS.status} defaultValue={raw.status ?? ''} className={field}>
            <option value="">Tất cả</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          Loại bài
          <select name={PAGE_PARAMS.kind} defaultValue={raw.kind ?? ''} className={field}>
            <option value="">Tất cả</option>
            {ARTICLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          Lọc và xếp theo
          <select name={PAGE_PARAMS.dateField} defaultValue={raw.dateField ?? 'updated'} className={field}>
            {STAFF_LIST_DATE_FIELDS.map((d) => (
              <option key={d} value={d}>
                {DATE_FIELD_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          Từ ngày
          <input type="date" name={PAGE_PARAMS.from} defaultValue={raw.from ?? ''} className={field} />
        </label>
        <label className="font-semibold">
          Đến ngày
          <input type="date" name={PAGE_PARAMS.to} defaultValue={raw.to ?? ''} className={field} />
        </label>
        <label className="font-semibold">
          Sắp xếp
          <select name={PAGE_PARAMS.sort} defaultValue={raw.sort ?? ''} className={field}>
            <option value="">Mặc định (liên quan nhất khi có từ khóa, còn lại mới nhất)</option>
            {STAFF_LIST_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <div className="flex flex-wrap items-end gap-3">
          <button type="submit" className="rounded bg-brand px-4 py-1.5 font-semibold text-white hover:bg-brand-dark">
            Tìm
          </button>
          {filtered ? (
            <Link href="/toa-soan/bai-viet" className="py-1.5 underline">
              Xóa bộ lọc
            </Link>
          ) : null}
        </div>
      </form>
      {problems.length > 0 ? (
        <ul role="alert" className="rounded bg-amber-50 p-3 text-sm text-amber-950">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="text-sm">
        {list.capped
          ? `Hơn ${STAFF_RANK_POOL.toLocaleString('vi-VN')} bài khớp; đang xếp theo mức liên quan ${STAFF_RANK_POOL.toLocaleString('vi-VN')} bài thay đổi gần nhất. Hãy thu hẹp bộ lọc hoặc xếp theo ngày.`
          : `${list.total.toLocaleString('vi-VN')} bài viết${filtered ? ' khớp bộ lọc' : ''}. Xếp theo: ${SORT_LABELS[list.sort].toLowerCase()}.`}
      </p>
      <table className="w-full border-collapse bg-white text-sm max-sm:block">
        <thead className="max-sm:sr-only">
          <tr className="border-b-2 border-gray-300 text-left">
            <th scope="col" className="p-2">Tiêu đề</th>
            <th scope="col" className="p-2">Trạng thái</th>
            <th scope="col" className="p-2">Chuyên mục</th>
            <th scope="col" className="p-2">Người viết</th>
            <th scope="col" className="p-2">{DATE_COLUMN_LABELS[dateField]}</th>
          </tr>
        </thead>
        <tbody className="max-sm:block">
          {list.items.map((a) => {
            const date = dateField === 'updated' ? a.updatedAt : dateField === 'created' ? a.createdAt : a.publishedAt;
            return (
              <tr key={a.id} className="border-b border-gray-200 max-sm:block max-sm:py-2">
                <td className="p-2 max-sm:block max-sm:py-0.5">
                  <Link href={`/toa-soan/bai-viet/${a.id}`} className="font-semibold break-words hover:underline">
                    {a.title}
                  </Link>
                  {a.kind === 'meeting_report' ? <span className="ml-2 text-xs text-gray-700">({KIND_LABELS.meeting_report})</span> : null}
                </td>
                <td className="p-2 max-sm:block max-sm:py-0.5">
                  <span className="font-semibold sm:hidden">Trạng thái: </span>
                  {STATE_LABELS[a.status]}
                </td>
                <td className="p-2 max-sm:block max-sm:py-0.5">
                  <span className="font-semibold sm:hidden">Chuyên mục: </span>
                  {a.section ?? '—'}
                </td>
                <td className="p-2 max-sm:block max-sm:py-0.5">
                  <span className="font-semibold sm:hidden">Người viết: </span>
                  {a.authorName ?? '—'}
                </td>
                <td className="p-2 max-sm:block max-sm:py-0.5">
                  <span className="font-semibold sm:hidden">{DATE_COLUMN_LABELS[dateField]}: </span>
                  {date ? formatDateTime(date) : '—'}
                </td>
              </tr>
            );
          })}
          {list.items.length === 0 ? (
            <tr className="max-sm:block">
              <td colSpan={5} className="p-4 text-center text-gray-700 max-sm:block">
                {filtered ? 'Không có bài viết nào khớp. Hãy bớt từ khóa hoặc nới bộ lọc.' : 'Không có bài viết nào.'}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav aria-label="Phân trang" className="flex flex-wrap gap-3 text-sm">
          {list.page > 1 ? <Link href={href(list.page - 1)} className="underline">← Trang trước</Link> : null}
          <span>
            Trang {list.page}/{pages}
          </span>
          {list.page < pages ? <Link href={href(list.page + 1)} className="underline">Trang sau →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
