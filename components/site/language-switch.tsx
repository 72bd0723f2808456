'use client';

import { useSyncExternalStore } from 'react';
import { addressIn } from '@/i18n/routing';

const noSubscription = () => () => {};
const currentAddress = () => window.location.pathname + window.location.search;
const noAddress = () => null;

/**
 * The same page in the other interface language. The shell is cached once per page and language,
 * so the server cannot name the page: it links to /doi-ngon-ngu, which redirects by the Referer, and
 * the browser, once the page has loaded, points the link at the address being read itself.
 */
export function LanguageSwitch({ to, text }: { to: 'vi' | 'en'; text: string }) {
  const address = useSyncExternalStore(noSubscription, currentAddress, noAddress);
  return (
    <a href={address === null ? `/doi-ngon-ngu?den=${to}` : addressIn(address, to)} hrefLang={to} lang={to} className="block px-3 py-3 text-sm font-semibold hover:bg-gray-100 hover:text-brand">
      {text}
    </a>
  );
}
