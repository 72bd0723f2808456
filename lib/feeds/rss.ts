// RSS 2.0 (https://www.rssboard.org/rss-specification) for the site and for each section.
import { formatDateTime } from '@/lib/time/format';
import { absoluteUrl, el, xmlText } from './xml';

export interface FeedItem {
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date;
  section: { slug: string; name: string } | null;
  /** The story's latest published correction: the item says it first, so feed readers see it. */
  correction?: { note: string; publishedAt: Date } | null;
}

export interface FeedChannel {
  origin: string;
  title: string;
  description: string;
  /** Path of the page the feed mirrors, e.g. "/" or "/chuyen-muc/tin-tuc-su-kien". */
  path: string;
  /** Path of the feed itself, for atom:link rel="self". */
  feedPath: string;
  /** Copyright line (the agency name). */
  copyright?: string;
}

export const articlePath = (slug: string) => `/bai-viet/${slug}`;

/** RFC 822 date as RSS requires, in GMT: "Mon, 23 Dec 2019 10:30:00 GMT". */
export const rfc822 = (date: Date) => date.toUTCString();

/** The sapo, preceded by the latest correction when there is one ("Đính chính (15:30, 23/12/2019): …"). */
function itemDescription(item: FeedItem): string {
  if (!item.correction) return item.sapo;
  const note = `Đính chính (${formatDateTime(item.correction.publishedAt)}): ${item.correction.note}`;
  return item.sapo ? `${note}\n\n${item.sapo}` : note;
}

export function rssXml(channel: FeedChannel, items: readonly FeedItem[], now: Date = new Date()): string {
  const link = absoluteUrl(channel.origin, channel.path);
  const lastBuild = items.reduce<Date | null>((max, i) => (!max || i.publishedAt > max ? i.publishedAt : max), null) ?? now;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    el('title', channel.title),
    el('link', link),
    el('description', channel.description || channel.title),
    el('language', 'vi'),
    channel.copyright ? el('copyright', channel.copyright) : '',
    el('lastBuildDate', rfc822(lastBuild)),
    el('ttl', '5'),
    `<atom:link href="${xmlText(absoluteUrl(channel.origin, channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const item of items) {
    const url = absoluteUrl(channel.origin, articlePath(item.slug));
    lines.push(
      '<item>',
      el('title', item.title),
      el('link', url),
      `<guid isPermaLink="true">${xmlText(url)}</guid>`,
      el('pubDate', rfc822(item.publishedAt)),
      itemDescription(item) ? el('description', itemDescription(item)) : '',
      item.section ? `<category domain="${xmlText(absoluteUrl(channel.origin, `/chuyen-muc/${item.section.slug}`))}">${xmlText(item.section.name)}</category>` : '',
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>');
  return lines.filter(Boolean).join('\n') + '\n';
}
