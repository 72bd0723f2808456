import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Không tìm thấy trang' };

// Addresses outside every area that no route matches (reader addresses go to the cached 404 page
// under app/[locale], the newsroom has its own). A whole document, since app/layout.tsx renders no
// <html>; plain HTML that needs no script. It must stay free of request data (headers(),
// connection()): Next.js renders it as part of every route, cached reader pages included.
export default function NotFound() {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-white font-sans antialiased">
        <main id="noi-dung" className="mx-auto max-w-2xl px-4 py-20 text-center">
          <p className="text-6xl font-bold text-brand">404</p>
          <h1 className="mt-4 text-2xl font-bold">Không tìm thấy trang</h1>
          <p className="mt-6">
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link out of a document of its own */}
            <a href="/" className="inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
              Về trang chủ
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
