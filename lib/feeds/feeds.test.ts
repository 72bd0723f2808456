import { describe, expect, it } from 'vitest';
import { newsSitemapXml } from './news-sitemap';
import { rfc822, rssXml } from './rss';
import { absoluteUrl, xmlText } from './xml';

describe('xml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xmlText(`Kinh tế & "xã hội" <b>'2019'</b>\u0000\u0008\u000b`)).toBe('Kinh tế &amp; &quot;xã hội&quot; &lt;b&gt;&apos;2019&apos;&lt;/b&gt;');
    expect(xmlText('dòng\nmới\ttab')).toBe('dòng\nmới\ttab');
  });

  it('makes absolute URLs from an origin with or without a trailing slash', () => {
    expect(absoluteUrl('https://ban.vn', '/bai-viet/a')).toBe('https://ban.vn/bai-viet/a');
    expect(absoluteUrl('https://ban.vn/', '/')).toBe('https://ban.vn/');
  });
});

describe('rssXml', () => {
  const items = [
    { slug: 'a', title: 'Tin <A> & B', sapo: 'Tóm tắt', publishedAt: new Date('2019-12-23T10:30:00Z'), section: { slug: 'tin', name: 'Tin tức' } },
    { slug: 'b', title: 'Tin B', sapo: '', publishedAt: new Date('2019-12-20T00:00:00Z'), section: null },
  ];
  const xml = rssXml({ origin: 'https://ban.vn', title: 'Cổng', description: 'Mô tả', path: '/', feedPath: '/rss.xml' }, items);

  it('is an RSS 2.0 channel with self link, language and the newest date as lastBuildDate', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain('<link>https://ban.vn/</link>');
    expect(xml).toContain('<atom:link href="https://ban.vn/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<language>vi</language>');
    expect(xml).toContain('<lastBuildDate>Mon, 23 Dec 2019 10:30:00 GMT</lastBuildDate>');
  });

  it('has one escaped item per story with a permalink guid and RFC 822 date', () => {
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain('<title>Tin &lt;A&gt; &amp; B</title>');
    expect(xml).toContain('<guid isPermaLink="true">https://ban.vn/bai-viet/a</guid>');
    expect(xml).toContain('<pubDate>Mon, 23 Dec 2019 10:30:00 GMT</pubDate>');
    expect(xml).toContain('<category domain="https://ban.vn/chuyen-muc/tin">Tin tức</category>');
    expect(rfc822(new Date('2020-01-01T00:00:00+07:00'))).toBe('Tue, 31 Dec 2019 17:00:00 GMT');
  });
});

describe('newsSitemapXml', () => {
  it('lists stories with publication, language, ISO date and title', () => {
    const xml = newsSitemapXml('https://ban.vn', 'Cổng & Ban', [{ slug: 'a', title: 'Tin "A"', publishedAt: new Date('2026-01-02T03:04:05Z') }]);
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(xml).toContain('<loc>https://ban.vn/bai-viet/a</loc>');
    expect(xml).toContain('<news:name>Cổng &amp; Ban</news:name>');
    expect(xml).toContain('<news:publication_date>2026-01-02T03:04:05.000Z</news:publication_date>');
    expect(xml).toContain('<news:title>Tin &quot;A&quot;</news:title>');
  });
});
