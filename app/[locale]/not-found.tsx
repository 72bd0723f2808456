'use client';

import { useErrorStrings } from '@/components/site/error-strings';

// A not-found boundary gets no params, and Next.js renders it along with every page of the route,
// so it must not ask next-intl for the request's locale (that would read a header and make every
// cached page dynamic): the layout hands it its words, in the page's language, like the error page.
export default function NotFound() {
  const t = useErrorStrings();
  const n = t.notFound!;
  return (
    <div className="mx-auto max-w-2xl py-16 text-center">
      <title>{n.title}</title>
      <p className="text-6xl font-bold text-brand">404</p>
      <h1 className="mt-4 text-2xl font-bold">{n.title}</h1>
      <p className="mt-3 text-gray-700">{n.body}</p>
      <p className="mt-6">
        <a href={t.homeHref} className="inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {n.home}
        </a>
      </p>
    </div>
  );
}
