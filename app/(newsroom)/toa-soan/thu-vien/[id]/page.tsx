import type { Metadata } from 'next';
import Link from 'next/link';
import { formatBytes, formatLabel, itemTitle } from '@/components/media/format';
import { pageData } from '@/lib/auth/guard';
import { getMediaItem, mediaUsage } from '@/lib/data/media/library';
import { formatDateTime } from '@/lib/time/format';
import { STATE_LABELS } from '@/lib/workflow/transition';
import { DeleteMediaButton } from './delete-button';
import { MediaEditForm } from './media-edit-form';
import { VideoPanel } from './video-panel';

export const metadata: Metadata = { title: 'Thông tin tệp' };

type Props = { params: Promise<{ id: string }> };

export default async function MediaItemPage({ params }: Props) {
  const { id } = await params;
  const { item, usage } = await pageData(`/toa-soan/thu-vien/${id}`, async (viewer) => {
    const [item, usage] = await Promise.all([getMediaItem(viewer, id), mediaUsage(viewer, id)]);
    return { item, usage };
  });
  const isImage = item.kind === 'image';
  return (
    <div className="grid gap-6">
      <p>
        <Link href="/toa-soan/thu-vien" className="font-semibold text-brand underline">
          ← Thư viện
        </Link>
      </p>
      <h1 className="text-2xl font-bold break-words">{itemTitle(item)}</h1>

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="grid content-start gap-4">
          {item.video ? (
            <VideoPanel item={item} />
          ) : item.image ? (
            <picture>
              {item.image.srcSet.avif ? <source type="image/avif" srcSet={item.image.srcSet.avif} sizes="(min-width: 1024px) 640px, 100vw" /> : null}
              {item.image.srcSet.webp ? <source type="image/webp" srcSet={item.image.srcSet.webp} sizes="(min-width: 1024px) 640px, 100vw" /> : null}
              <img
                src={item.image.src}
                srcSet={item.image.srcSet.jpeg}
                sizes="(min-width: 1024px) 640px, 100vw"
                width={item.image.width}
                height={item.image.height}
                alt={item.alt}
                className="h-auto w-full rounded border border-line bg-gray-100"
              />
            </picture>
          ) : (
            <p className="rounded border border-line bg-white p-4">
              <a href={item.url} className="font-semibold text-brand underline">
                Mở tài liệu PDF ({formatBytes(item.byteSize)})
              </a>
            </p>
          )}
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded border border-line bg-white p-4 text-sm">
            <dt className="font-semibold">Tên tệp</dt>
            <dd className="break-all">{item.originalFilename || '—'}</dd>
            <dt className="font-semibold">Định dạng gốc</dt>
            <dd>{formatLabel(item.mimeType)}</dd>
            <dt className="font-semibold">Dung lượng gốc</dt>
            <dd>{formatBytes(item.byteSize)}</dd>
            {item.video ? (
              <>
                <dt className="font-semibold">Thời lượng</dt>
                <dd>{Math.round(item.video.durationSeconds)} giây</dd>
              </>
            ) : null}
            {isImage || item.video ? (
              <>
                <dt className="font-semibold">Kích thước</dt>
                <dd>
                  {item.width} × {item.height} điểm ảnh
                </dd>
              </>
            ) : null}
            <dt className="font-semibold">Người tải lên</dt>
            <dd>{item.uploadedBy?.name || '—'}</dd>
            <dt className="font-semibold">Ngày tải lên</dt>
            <dd>{formatDateTime(new Date(item.createdAt))}</dd>
            <dt className="font-semibold">Đường dẫn</dt>
            <dd className="break-all">
              {item.url ? (
                <a href={item.url} className="text-brand underline">
                  {item.url}
                </a>
              ) : (
                'Chưa có (video đang được xử lý hoặc xử lý không thành công)'
              )}
            </dd>
          </dl>
        </div>

        <div className="grid content-start gap-6">
          <section aria-labelledby="thong-tin" className="rounded border border-line bg-white p-4">
            <h2 id="thong-tin" className="text-lg font-bold">
              {isImage ? 'Chú thích, nguồn và mô tả thay thế' : item.video ? 'Chú thích và nguồn video' : 'Thông tin tài liệu'}
            </h2>
            {item.canEdit ? (
              <MediaEditForm item={item} />
            ) : (
              <dl className="mt-2 grid gap-1 text-sm">
                {isImage ? <dt className="font-semibold">Mô tả thay thế (alt)</dt> : null}
                {isImage ? <dd>{item.alt || 'Chưa có'}</dd> : null}
                <dt className="font-semibold">Chú thích</dt>
                <dd>{item.caption || '—'}</dd>
                <dt className="font-semibold">Nguồn</dt>
                <dd>{item.credit || '—'}</dd>
              </dl>
            )}
          </section>

          <section aria-labelledby="duoc-dung" className="rounded border border-line bg-white p-4">
            <h2 id="duoc-dung" className="text-lg font-bold">
              Được dùng trong
            </h2>
            {usage.articles.length === 0 ? (
              <p className="mt-2 text-muted">Chưa được dùng trong bài viết nào.</p>
            ) : (
              <ul className="mt-2 grid gap-2 text-sm">
                {usage.articles.map((a) => (
                  <li key={a.articleId}>
                    {a.href ? (
                      <Link href={a.href} className="font-semibold text-brand underline">
                        {a.title}
                      </Link>
                    ) : (
                      <span className="italic">Bài viết của người khác (bạn không có quyền xem)</span>
                    )}{' '}
                    <span className="text-muted">
                      — {STATE_LABELS[a.status]}
                      {a.inLive && !a.inCurrent ? ', trong bản đang đăng' : a.inLive ? ', cả bản đang đăng' : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="xoa" className="rounded border border-line bg-white p-4">
            <h2 id="xoa" className="text-lg font-bold">
              Xóa tệp
            </h2>
            {item.canDelete ? (
              <DeleteMediaButton id={item.id} />
            ) : item.usageCount > 0 ? (
              <p className="mt-2 text-sm text-muted">Không xóa được: tệp đang được dùng trong {usage.articles.length} bài viết. Hãy gỡ khỏi các bài trên trước.</p>
            ) : (
              <p className="mt-2 text-sm text-muted">Chỉ người đã tải lên, biên tập viên hoặc quản trị viên mới xóa được tệp này.</p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
