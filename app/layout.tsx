import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cổng thông tin điện tử', template: '%s' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a3161a' };

// Each area renders its own <html>: the reader pages under app/[locale] (whose language comes from
// the address, so a page can be rendered once and cached), the newsroom and previews in Vietnamese.
// This layout only passes its children on (next-intl's pattern for a localised root).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
