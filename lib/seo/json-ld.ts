// schema.org data for search engines: NewsArticle for every story, plus Event for meeting reports.
import type { Meeting } from '@/lib/content/meeting';
import { translatorFor } from '@/i18n/messages';

export interface JsonLdArticle {
  url: string;
  /** The story's own language ('vi' or 'en'). */
  language?: string;
  title: string;
  description: string;
  publishedAt: Date;
  updatedAt: Date | null;
  section: string | null;
  tags: string[];
  byline: string;
  imageUrl: string | null;
  kind: 'news' | 'meeting_report';
  meeting: Meeting | null;
  /** Published corrections (schema.org `correction`), newest first. */
  corrections?: Array<{ note: string; publishedAt: Date }>;
}

export interface JsonLdPublisher {
  name: string;
  url: string;
}

export function articleJsonLd(article: JsonLdArticle, publisher: JsonLdPublisher): Record<string, unknown> {
  const language = article.language === 'en' ? 'en' : 'vi';
  const roleName = translatorFor(language, 'Story');
  const organisation = { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url };
  const news: Record<string, unknown> = {
    '@type': 'NewsArticle',
    '@id': `${article.url}#bai-viet`,
    mainEntityOfPage: article.url,
    url: article.url,
    // Google shows at most 110 characters of a headline.
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    description: article.description,
    inLanguage: language,
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt && article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt).toISOString(),
    author: article.byline ? { '@type': 'Organization', name: article.byline } : organisation,
    publisher: organisation,
    isAccessibleForFree: true,
  };
  if (article.section) news.articleSection = article.section;
  if (article.tags.length) news.keywords = article.tags.join(', ');
  if (article.imageUrl) news.image = [article.imageUrl];
  if (article.corrections?.length) {
    news.correction = article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.note, datePublished: c.publishedAt.toISOString() }));
  }
  const graph: Array<Record<string, unknown>> = [news];

  const meeting = article.kind === 'meeting_report' ? article.meeting : null;
  if (meeting?.startsAt && !Number.isNaN(Date.parse(meeting.startsAt))) {
    const event: Record<string, unknown> = {
      '@type': 'Event',
      '@id': `${article.url}#su-kien`,
      name: article.title,
      description: article.description,
      startDate: new Date(meeting.startsAt).toISOString(),
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      url: article.url,
      inLanguage: language,
      subjectOf: { '@id': `${article.url}#bai-viet` },
    };
    if (meeting.location) event.location = { '@type': 'Place', name: meeting.location, address: meeting.location };
    if (meeting.organiserName) event.organizer = { '@type': 'Organization', name: meeting.organiserName };
    if (meeting.people.length) {
      event.attendee = meeting.people.map((p) => ({ '@type': 'Person', name: p.name, ...(p.title ? { jobTitle: p.title } : {}), description: roleName(p.role) }));
    }
    if (article.imageUrl) event.image = [article.imageUrl];
    graph.push(event);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
