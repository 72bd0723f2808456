import { getRequestConfig } from 'next-intl/server';
import { TIME_ZONE } from '@/lib/time/format';
import { messagesFor } from './messages';
import { isLocale, routing } from './routing';

// next-intl's per-request configuration: the locale comes from proxy.ts (LOCALE_HEADER), which
// always sets it, so a request cannot choose it with a header of its own.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: messagesFor(locale), timeZone: TIME_ZONE };
});
