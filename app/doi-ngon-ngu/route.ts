import { addressIn, isLocale } from '@/i18n/routing';

// The language switch without JavaScript. Reader pages are cached once per address and language, so
// their shell cannot name the page being read; its switch links here (?den=en|vi), and this answers
// with the same page in that language, taken from the Referer (a same-origin page of this site; any
// other, or none, gives that language's home page). With JavaScript the link already points at the
// page itself (components/site/language-switch.tsx). No I/O.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  const url = new URL(request.url);
  const to = url.searchParams.get('den');
  const locale = isLocale(to) ? to : 'vi';
  let address = '/';
  try {
    const referer = new URL(request.headers.get('referer') ?? '');
    if (referer.host === (request.headers.get('host') ?? url.host)) address = referer.pathname + referer.search;
  } catch {
    // no or malformed Referer: the home page
  }
  return new Response(null, { status: 303, headers: { Location: addressIn(address, locale), 'Cache-Control': 'no-store' } });
}
