'use client';

import Link from 'next/link';

export default function GlobalError() {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'sans-serif', textAlign: 'center', padding: '5rem 1rem' }}>
        <h1>Đã có lỗi xảy ra</h1>
        <p>Hệ thống tạm thời không hiển thị được trang này. Xin vui lòng thử lại sau ít phút.</p>
        <p>
          <Link href="/">Về trang chủ</Link>
        </p>
      </body>
    </html>
  );
}
