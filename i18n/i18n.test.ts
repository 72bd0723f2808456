import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';
import { translatorFor } from './messages';
import { addressIn, localeOfPath, localePath, readerRoute } from './routing';

type Tree = { [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

/** The argument names a message uses ({name}, {count, plural, ...}, <strong>). */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const el of elements as Array<{ type: number; value?: string; options?: Record<string, { value: unknown[] }>; children?: unknown[] }>) {
      if (el.value && el.type !== 0 && el.type !== 7) names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

describe('messages', () => {
  const viLeaves = leaves(vi as Tree);
  const enLeaves = new Map(leaves(en as Tree));

  it('English has exactly the Vietnamese keys, none empty', () => {
    expect([...enLeaves.keys()].sort()).toEqual(viLeaves.map(([k]) => k).sort());
    for (const [key, value] of [...viLeaves, ...enLeaves]) expect(value.trim(), key).not.toBe('');
  });

  it('every message parses, and both languages use the same arguments', () => {
    for (const [key, message] of viLeaves) {
      expect(argumentsOf(message, 'vi'), key).toEqual(argumentsOf(enLeaves.get(key)!, 'en'));
    }
  });

  it('the Vietnamese interface is written in Vietnamese (with diacritics), not left in English', () => {
    const untranslated = viLeaves.filter(([key, value]) => value === enLeaves.get(key) && /[a-z]{4,}/i.test(value) && !['Shell.otherLanguage', 'Footer.rss', 'Search.tipPhraseExample'].includes(key));
    expect(untranslated.map(([k]) => k).sort()).toEqual(['Contact.email', 'Footer.email']);
  });

  it('formats plurals and arguments in the story language without a request', () => {
    expect(translatorFor('en', 'Story')('archiveSaved', { time: '15:30, 23/12/2019' })).toBe('Saved at 15:30, 23/12/2019.');
    expect(translatorFor('vi', 'Story')('chair')).toBe('Chủ trì');
  });
});

describe('locale routing', () => {
  it('maps /en pages onto the same pages and leaves Vietnamese addresses alone', () => {
    expect(localeOfPath('/')).toEqual({ locale: 'vi', path: '/' });
    expect(localeOfPath('/tim-kiem')).toEqual({ locale: 'vi', path: '/tim-kiem' });
    expect(localeOfPath('/en')).toEqual({ locale: 'en', path: '/' });
    expect(localeOfPath('/en/bai-viet/hoi-nghi')).toEqual({ locale: 'en', path: '/bai-viet/hoi-nghi' });
    expect(localeOfPath('/en/tim-kiem')).toEqual({ locale: 'en', path: '/tim-kiem' });
    // "/english" is not the English site; a Vietnamese slug starting with "en" is not either.
    expect(localeOfPath('/english')).toEqual({ locale: 'vi', path: '/english' });
    expect(localeOfPath('/bai-viet/en')).toEqual({ locale: 'vi', path: '/bai-viet/en' });
  });

  it('has no English newsroom, API, downloads or feeds', () => {
    for (const path of ['/en/toa-soan', '/en/toa-soan/dang-nhap', '/en/api/v1/articles', '/en/bai-viet/x/luu', '/en/rss.xml', '/en/chuyen-muc/x/rss.xml', '/en/sitemap.xml', '/en/en']) {
      expect(localeOfPath(path), path).toEqual({ locale: 'en', path: null });
    }
  });

  it('sends reader pages to app/[locale], each page of a list to a path of its own', () => {
    expect(readerRoute('/', '')).toEqual({ kind: 'page', locale: 'vi', target: '/vi' });
    expect(readerRoute('/en', '?x=1')).toEqual({ kind: 'page', locale: 'en', target: '/en' });
    expect(readerRoute('/bai-viet/hoi-nghi', '?utm=1')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/bai-viet/hoi-nghi' });
    expect(readerRoute('/en/chuyen-muc/tin-tuc', '?trang=3')).toEqual({ kind: 'page', locale: 'en', target: '/en/chuyen-muc/tin-tuc/3' });
    expect(readerRoute('/tu-khoa/kinh-te', '?trang=1')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/tu-khoa/kinh-te' });
    expect(readerRoute('/don-vi/vu', '?trang=abc')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/don-vi/vu' });
    expect(readerRoute('/gioi-thieu', '')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/gioi-thieu' });
    expect(readerRoute('/tim-kiem', '?q=a')).toEqual({ kind: 'dynamic', locale: 'vi', target: '/vi/tim-kiem?q=a' });
  });

  it('leaves other areas alone, redirects /vi and sends unknown addresses to the cached 404 page', () => {
    for (const path of ['/toa-soan', '/toa-soan/bai-viet/1', '/api/v1/me', '/media/a/b.jpg', '/xem-truoc/t', '/rss.xml', '/sitemap.xml', '/robots.txt', '/icon.svg', '/chuyen-muc/x/rss.xml', '/bai-viet/x/luu', '/_next/data']) {
      expect(readerRoute(path, ''), path).toEqual({ kind: 'pass' });
    }
    expect(readerRoute('/vi/bai-viet/x', '?a=1')).toEqual({ kind: 'redirect', target: '/bai-viet/x?a=1' });
    expect(readerRoute('/vi', '')).toEqual({ kind: 'redirect', target: '/' });
    for (const path of ['/khong-co-trang-nay', '/bai-viet', '/bai-viet/x/y', '/chuyen-muc/x/2', '/bai-viet/X', '/bai-viet/x/', '/khong-tim-thay']) {
      expect(readerRoute(path, ''), path).toEqual({ kind: 'missing', locale: 'vi', target: '/vi/khong-tim-thay' });
    }
    expect(readerRoute('/en/toa-soan', '')).toEqual({ kind: 'missing', locale: 'en', target: '/en/khong-tim-thay' });
  });

  it('sends the archive by date to its pages, each page of a month or a day to its own path', () => {
    expect(readerRoute('/luu-tru', '')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/luu-tru' });
    expect(readerRoute('/luu-tru/2019', '?trang=2')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/luu-tru/2019' });
    expect(readerRoute('/luu-tru/2019/12', '?trang=2')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/luu-tru/2019/12/trang/2' });
    expect(readerRoute('/en/luu-tru/2019/12/23', '')).toEqual({ kind: 'page', locale: 'en', target: '/en/luu-tru/2019/12/23' });
    expect(readerRoute('/luu-tru/2019/12/23', '?trang=3')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/luu-tru/2019/12/23/3' });
    // 2019/13/40 has the shape of a date: the page itself answers 404.
    expect(readerRoute('/luu-tru/2019/13/40', '')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/luu-tru/2019/13/40' });
    expect(readerRoute('/luu-tru/chon-ngay', '?ngay=2019-12-23')).toEqual({ kind: 'pass' });
    for (const path of ['/luu-tru/abcd', '/luu-tru/2019/1/5', '/luu-tru/2019/12/23/1', '/luu-tru/2019/12/', '/en/luu-tru/chon-ngay']) {
      expect(readerRoute(path, '').kind, path).toBe('missing');
    }
  });

  it('builds addresses in a locale', () => {
    expect(localePath('/', 'vi')).toBe('/');
    expect(localePath('/', 'en')).toBe('/en');
    expect(localePath('/tim-kiem?q=da+nang', 'en')).toBe('/en/tim-kiem?q=da+nang');
    expect(localePath('/chuyen-muc/tin-tuc', 'vi')).toBe('/chuyen-muc/tin-tuc');
  });

  it('gives the address being read in the other language (the language switch)', () => {
    expect(addressIn('/', 'en')).toBe('/en');
    expect(addressIn('/en', 'vi')).toBe('/');
    expect(addressIn('/bai-viet/hoi-nghi', 'en')).toBe('/en/bai-viet/hoi-nghi');
    expect(addressIn('/en/chuyen-muc/hoi-nghi-hoi-thao', 'vi')).toBe('/chuyen-muc/hoi-nghi-hoi-thao');
    expect(addressIn('/tim-kiem?q=da+nang&trang=2', 'en')).toBe('/en/tim-kiem?q=da+nang&trang=2');
    expect(addressIn('/en/tim-kiem?q=da+nang', 'vi')).toBe('/tim-kiem?q=da+nang');
    expect(addressIn('/?trang=2', 'en')).toBe('/en?trang=2');
    expect(addressIn('/en?trang=2', 'vi')).toBe('/?trang=2');
    // A Vietnamese-only page (the citizens' questions) has no English twin: the switch goes to the
    // English home page rather than to an English 404, and back from English is unchanged.
    for (const viOnly of ['/hoi-dap', '/hoi-dap/gui', '/hoi-dap/tra-cuu', '/hoi-dap/tim-kiem?q=dat+dai', '/hoi-dap/0b7f3c7e-3c1a-4f61-9a39-4e4a9d0c2b11']) {
      expect(addressIn(viOnly, 'en'), viOnly).toBe('/en');
      expect(localeOfPath(addressIn(viOnly, 'en')).path, viOnly).not.toBeNull();
    }
    expect(addressIn('/hoi-dap/gui', 'vi')).toBe('/hoi-dap/gui');
    // Never a link off the site, whatever reached the header.
    for (const odd of ['', 'https://example.com/', '//example.com/x', '/\\example.com', 'javascript:alert(1)']) {
      expect(addressIn(odd, 'vi'), odd).toBe('/');
      expect(addressIn(odd, 'en'), odd).toBe('/en');
    }
  });
});
