import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleStory } from '@/components/article/article-story';
import { previewByToken } from '@/lib/data/tokens/preview-links';

export const metadata: Metadata = { title: 'Xem trước bài viết', robots: { index: false, follow: false, nocache: true } };

/** A share link: whoever holds it may read this one revision until it expires or is revoked. */
export default async function SharedPreviewPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const article = await previewByToken(token);
  if (!article) notFound();
  return (
    <article className="mx-auto max-w-3xl" aria-labelledby="tieu-de-bai">
      <ArticleStory article={article} />
    </article>
  );
}
