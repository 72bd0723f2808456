'use client';

// Replaces the root layout when that layout itself fails, so the request's language is unknown
// here: the page says it in both.
export default function GlobalError() {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'sans-serif', textAlign: 'center', padding: '5rem 1rem' }}>
        <h1>Đã có lỗi xảy ra</h1>
        <p>Hệ thống tạm thời không hiển thị được trang này. Xin vui lòng thử lại sau ít phút.</p>
        <p lang="en">Something went wrong. Please try again in a few minutes.</p>
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the router may be what failed */}
          <a href="/">Về trang chủ</a> · <a href="/en" lang="en">Home page</a>
        </p>
      </body>
    </html>
  );
}
