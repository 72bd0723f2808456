'use client';

import { useErrorStrings } from '@/components/site/error-strings';

// Shown for a story that does not exist; a withdrawn one gets its 410 page (see page.tsx). Its words
// come from the layout, as in app/[locale]/not-found.tsx (and for the same reason).
export default function ArticleNotFound() {
  const t = useErrorStrings();
  const n = t.notFound!;
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <title>{n.articleTitle}</title>
      <p className="text-6xl font-bold text-brand">404</p>
      <h1 className="mt-4 text-2xl font-bold">{n.articleTitle}</h1>
      <p className="mt-3 text-gray-700">{n.articleBody}</p>
      <p className="mt-6 flex justify-center gap-3">
        <a href={t.homeHref} className="inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {n.home}
        </a>
        <a href={n.searchHref} className="inline-block rounded border border-gray-400 px-5 py-2 font-semibold hover:bg-gray-100">
          {n.search}
        </a>
      </p>
    </div>
  );
}
