import type { ReactNode } from 'react';

// Previews of unpublished revisions: never indexed, never cached by anyone (pages here are dynamic,
// so Next.js answers Cache-Control: private, no-store).
export const dynamic = 'force-dynamic';

export default function PreviewLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-white font-sans antialiased">
      <p role="note" className="bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-950">
        Bản xem trước, chưa xuất bản. Xin đừng chia sẻ công khai.
      </p>
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      </body>
    </html>
  );
}
