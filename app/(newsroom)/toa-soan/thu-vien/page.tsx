import type { Metadata } from 'next';
import Link from 'next/link';
import { formatBytes, formatLabel, itemTitle } from '@/components/media/format';
import { pageData } from '@/lib/auth/guard';
import { listMedia, mediaDesk, type MediaListQuery } from '@/lib/data/media/library';
import { formatDateTime } from '@/lib/time/format';
import { LibraryUploader } from './library-uploader';

export const metadata: Metadata = { title: 'Thư viện ảnh và tài liệu' };

type Search = { q?: string; loai?: string; su_dung?: string; alt?: string; nguoi_tai?: string; trang?: string; da_xoa?: string };
type Props = { searchParams: Promise<Search> };

const KIND = { anh: 'image', 'tai-lieu': 'document', video: 'video' } as const;
const USAGE = { 'dang-dung': 'used', 'chua-dung': 'unused' } as const;
const PAGE_SIZE = 24;

const pick = <T extends Record<string, string>>(map: T, value: string | undefined): T[keyof T] | undefined =>
  value !== undefined && Object.hasOwn(map, value) ? map[value as keyof T] : undefined;

export default async function MediaLibraryPage({ searchParams }: Props) {
  const search = await searchParams;
  const page = Math.max(1, Math.min(100_000, Number(search.trang) || 1));
  const q = (search.q ?? '').slice(0, 200);
  const query: MediaListQuery = {
    q: q || undefined,
    kind: pick(KIND, search.loai),
    usage: pick(USAGE, search.su_dung),
    alt: search.alt === 'thieu' ? 'missing' : undefined,
    uploader: search.nguoi_tai === 'toi' ? 'me' : undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const { list, desk } = await pageData('/toa-soan/thu-vien', async (viewer) => ({ list: await listMedia(viewer, query), desk: mediaDesk(viewer) }));
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const key of ['q', 'loai', 'su_dung', 'alt', 'nguoi_tai'] as const) if (search[key]) params.set(key, search[key]!);
    params.set('trang', String(p));
    return `/toa-soan/thu-vien?${params}`;
  };
  const select = 'mt-1 block rounded border border-gray-500 px-2 py-1.5';

  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">Thư viện ảnh và tài liệu</h1>
      {search.da_xoa ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          Đã xóa tệp khỏi thư viện.
        </p>
      ) : null}

      {desk.canUpload ? <LibraryUploader maxBytes={Math.max(desk.maxImageBytes, desk.maxDocumentBytes)} maxVideoBytes={desk.maxVideoBytes} maxMegapixels={desk.maxMegapixels} /> : null}

      <form role="search" aria-label="Tìm trong thư viện" className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-4 text-sm">
        <label className="font-semibold">
          Tìm theo chú thích, nguồn, tên tệp
          <input name="q" type="search" defaultValue={q} placeholder="Ví dụ: hoi nghi tong ket" className={`${select} w-72`} />
        </label>
        <label className="font-semibold">
          Loại
          <select name="loai" defaultValue={search.loai ?? ''} className={select}>
            <option value="">Tất cả</option>
            <option value="anh">Ảnh</option>
            <option value="tai-lieu">Tài liệu PDF</option>
            <option value="video">Video</option>
          </select>
        </label>
        <label className="font-semibold">
          Sử dụng
          <select name="su_dung" defaultValue={search.su_dung ?? ''} className={select}>
            <option value="">Tất cả</option>
            <option value="dang-dung">Đang dùng trong bài</option>
            <option value="chua-dung">Chưa dùng</option>
          </select>
        </label>
        <label className="font-semibold">
          Mô tả thay thế
          <select name="alt" defaultValue={search.alt ?? ''} className={select}>
            <option value="">Tất cả</option>
            <option value="thieu">Ảnh còn thiếu alt</option>
          </select>
        </label>
        <label className="font-semibold">
          Người tải lên
          <select name="nguoi_tai" defaultValue={search.nguoi_tai ?? ''} className={select}>
            <option value="">Mọi người</option>
            <option value="toi">Tôi</option>
          </select>
        </label>
        <button type="submit" className="rounded border border-gray-500 px-4 py-1.5 font-semibold hover:bg-gray-100">
          Tìm
        </button>
        {q || search.loai || search.su_dung || search.alt || search.nguoi_tai ? (
          <Link href="/toa-soan/thu-vien" className="py-1.5 underline">
            Bỏ lọc
          </Link>
        ) : null}
      </form>

      <section aria-labelledby="ket-qua" className="grid gap-3">
        <h2 id="ket-qua" className="text-lg font-bold">
          {list.total.toLocaleString('vi-VN')} tệp{q ? ` khớp “${q}”` : ''}
        </h2>
        {list.items.length === 0 ? (
          <p className="text-muted">Không có tệp nào{q ? ' khớp từ khóa' : ''}. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc.</p>
        ) : (
          <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4" aria-label="Tệp trong thư viện">
            {list.items.map((item) => (
              <li key={item.id} className="overflow-hidden rounded border border-line bg-white">
                <Link href={`/toa-soan/thu-vien/${item.id}`} className="grid gap-1 p-2 text-sm hover:bg-gray-50">
                  {item.image ? (
                    <picture>
                      {item.image.srcSet.avif ? <source type="image/avif" srcSet={item.image.srcSet.avif} sizes="(min-width: 1024px) 240px, 45vw" /> : null}
                      {item.image.srcSet.webp ? <source type="image/webp" srcSet={item.image.srcSet.webp} sizes="(min-width: 1024px) 240px, 45vw" /> : null}
                      <img
                        src={item.thumbnailUrl ?? item.image.src}
                        srcSet={item.image.srcSet.jpeg}
                        sizes="(min-width: 1024px) 240px, 45vw"
                        width={item.image.width}
                        height={item.image.height}
                        alt=""
                        loading="lazy"
                        decoding="async"
                        className="aspect-[4/3] w-full bg-gray-100 object-cover"
                      />
                    </picture>
                  ) : item.video?.posterUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- the video's poster frame, stored once as a JPEG
                    <img src={item.video.posterUrl} alt="" loading="lazy" decoding="async" width={item.width ?? undefined} height={item.height ?? undefined} className="aspect-[4/3] w-full bg-gray-100 object-cover" />
                  ) : (
                    <span className="grid aspect-[4/3] place-items-center bg-gray-100 text-2xl font-bold text-muted" aria-hidden="true">
                      {item.video ? 'VIDEO' : 'PDF'}
                    </span>
                  )}
                  <span className="line-clamp-2 font-semibold">{itemTitle(item)}</span>
                  <span className="text-muted">
                    {formatLabel(item.mimeType)} · {formatBytes(item.byteSize)}
                    {item.credit ? ` · ${item.credit}` : ''}
                  </span>
                  <span className="text-muted">{formatDateTime(new Date(item.createdAt))}</span>
                  <span className="flex flex-wrap gap-1">
                    {item.needsAlt ? <span className="rounded bg-red-100 px-1.5 text-xs font-semibold text-red-900">Thiếu alt</span> : null}
                    {item.video?.status === 'processing' ? <span className="rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">Đang xử lý video</span> : null}
                    {item.video?.status === 'failed' ? <span className="rounded bg-red-100 px-1.5 text-xs font-semibold text-red-900">Xử lý video lỗi</span> : null}
                    {item.usageCount > 0 ? (
                      <span className="rounded bg-blue-100 px-1.5 text-xs font-semibold text-blue-900">Dùng trong {item.usageCount} bài</span>
                    ) : (
                      <span className="rounded bg-gray-100 px-1.5 text-xs text-gray-800">Chưa dùng</span>
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      {pages > 1 ? (
        <nav aria-label="Phân trang" className="flex flex-wrap gap-3 text-sm">
          {page > 1 ? (
            <Link href={href(page - 1)} className="underline">
              ← Trang trước
            </Link>
          ) : null}
          <span>
            Trang {page}/{pages}
          </span>
          {page < pages ? (
            <Link href={href(page + 1)} className="underline">
              Trang sau →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
