'use client';

import { useErrorStrings } from '@/components/site/error-strings';

// The error boundary of reader pages and of the newsroom (app/[locale]/error.tsx, app/(newsroom)/toa-soan/error.tsx).
// Shown for unexpected failures; the details stay in the server log, never in the browser. It is
// rendered inside the layout's <main id="noi-dung"> (the skip link's target), so it brings none of its own.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-3 text-gray-700">{t.body}</p>
      <p className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          {t.retry}
        </button>
        <a href={t.homeHref} className="rounded border border-gray-300 px-5 py-2 font-semibold hover:bg-gray-100">
          {t.home}
        </a>
      </p>
    </div>
  );
}
