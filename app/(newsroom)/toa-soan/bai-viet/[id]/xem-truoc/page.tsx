import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleStory } from '@/components/article/article-story';
import { pageData } from '@/lib/auth/guard';
import { staffPreview } from '@/lib/data/tokens/preview-links';

export const metadata: Metadata = { title: 'Xem trước' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ phien_ban?: string }> };

/** Any revision exactly as readers would see it. */
export default async function StaffPreviewPage({ params, searchParams }: Props) {
  const [{ id }, { phien_ban }] = await Promise.all([params, searchParams]);
  const article = await pageData(`/toa-soan/bai-viet/${id}/xem-truoc`, (viewer) => staffPreview(viewer, id, phien_ban));
  return (
    <div className="grid gap-4">
      <p className="text-sm">
        <Link href={`/toa-soan/bai-viet/${id}`} className="underline">
          ← Quay lại bài viết
        </Link>
      </p>
      <article className="mx-auto max-w-3xl rounded bg-white p-6" aria-labelledby="tieu-de-bai">
        <ArticleStory article={article} />
      </article>
    </div>
  );
}
