'use client';

import { usePathname, useSearchParams } from 'next/navigation';

/**
 * The same page in the other interface language. A client island because the public layout is not
 * rendered again on client-side navigation, so only the browser knows the current address.
 */
export function LanguageSwitch({ to, text }: { to: 'vi' | 'en'; text: string }) {
  const pathname = usePathname() || '/';
  const search = useSearchParams()?.toString();
  const bare = pathname === '/en' ? '/' : pathname.startsWith('/en/') ? pathname.slice(3) : pathname;
  const path = to === 'en' ? (bare === '/' ? '/en' : `/en${bare}`) : bare;
  return (
    <a href={search ? `${path}?${search}` : path} hrefLang={to} lang={to} className="block px-3 py-3 text-sm font-semibold hover:bg-gray-100 hover:text-brand">
      {text}
    </a>
  );
}
