import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cổng thông tin điện tử', template: '%s' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a3161a' };

// Every page carries the per-request CSP nonce from proxy.ts, which only a dynamic render can put
// on Next.js's scripts; a prerendered page (e.g. the 404) would have its scripts blocked.
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
