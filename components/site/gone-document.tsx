/* eslint-disable @next/next/no-html-link-for-pages -- a standalone document served by a route handler, outside the Next.js router */
import type { SiteSettings } from '@/lib/data/site';

const STYLES = `
body{margin:0;font-family:'Segoe UI',Roboto,Arial,'Noto Sans',sans-serif;color:#1c1c1c;background:#fff}
header{background:#a3161a;color:#fff;padding:1.25rem 1rem}header a{color:#fff;text-decoration:none;font-weight:700;text-transform:uppercase;font-size:1.4rem}
main{max-width:40rem;margin:0 auto;padding:4rem 1rem;text-align:center}
.code{font-size:3.5rem;font-weight:700;color:#a3161a;margin:0}
h1{font-size:1.6rem;margin:1rem 0 .5rem}p{line-height:1.6;color:#374151}
.links a{display:inline-block;margin:.5rem;padding:.5rem 1.25rem;border-radius:.25rem;font-weight:600;text-decoration:none}
.primary{background:#a3161a;color:#fff}.secondary{border:1px solid #9ca3af;color:#1c1c1c}
a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
footer{border-top:4px solid #a3161a;background:#f9fafb;padding:1rem;font-size:.875rem;color:#374151;text-align:center}
`;

/** The 410 page: a whole document, because it is served by a route handler (see app/(public)/da-go). */
export function GoneDocument({ settings }: { settings: SiteSettings }) {
  return (
    <html lang="vi">
      {/* eslint-disable-next-line @next/next/no-head-element -- a standalone document, not a Next.js page */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`Bài viết đã được gỡ - ${settings.siteTitle}`}</title>
        <style>{STYLES}</style>
      </head>
      <body>
        <header>
          <a href="/">{settings.agencyName}</a>
        </header>
        <main>
          <p className="code">410</p>
          <h1>Bài viết đã được gỡ</h1>
          <p>Bài viết này đã được cơ quan gỡ khỏi cổng thông tin và không còn được cung cấp.</p>
          <p className="links">
            <a className="primary" href="/">
              Về trang chủ
            </a>
            <a className="secondary" href="/tim-kiem">
              Tìm kiếm bài viết
            </a>
          </p>
        </main>
        <footer>{settings.siteTitle}</footer>
      </body>
    </html>
  );
}
