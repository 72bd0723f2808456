import { headers } from 'next/headers';
import { addressIn, READER_ADDRESS_HEADER } from '@/i18n/routing';

/**
 * The same page in the other interface language. Plain server-rendered HTML: reader pages link with
 * plain <a> (no client-side navigation), so the shell is rendered again for every page and the
 * address proxy.ts passes on is always the one being read.
 */
export async function LanguageSwitch({ to, text }: { to: 'vi' | 'en'; text: string }) {
  const address = (await headers()).get(READER_ADDRESS_HEADER) ?? '/';
  return (
    <a href={addressIn(address, to)} hrefLang={to} lang={to} className="block px-3 py-3 text-sm font-semibold hover:bg-gray-100 hover:text-brand">
      {text}
    </a>
  );
}
