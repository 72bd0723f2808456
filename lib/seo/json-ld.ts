// schema.org data for search engines: NewsArticle for every story, plus Event for meeting reports
// and a VideoObject for each ready video the story shows.
import type { Meeting } from '@/lib/content/meeting';
import type { JSONContent } from '@/lib/content/types';
import { videoMediaIds, type VideoMedia } from '@/lib/content/video';
import { absoluteUrl } from '@/lib/feeds/xml';
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
  /** Ready videos of the body (storyVideosJsonLd), each a VideoObject. */
  videos?: JsonLdVideo[];
}

export interface JsonLdVideo {
  name: string;
  description: string;
  /** Absolute URLs. */
  thumbnailUrl: string | null;
  contentUrl: string;
  /** ISO 8601. */
  uploadDate: string;
  durationSeconds: number;
}

/** A duration as ISO 8601 ("PT1M15S"), to the nearest second. */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  const parts = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec ? `${sec}S` : ''}`;
  return `PT${parts || '0S'}`;
}

/**
 * The videos a reader can play in a story, once each in body order: the same ready-only map the
 * renderer uses, so search engines are never told of a video the page does not show. A video
 * without a caption is named and described by the story.
 */
export function storyVideosJsonLd(
  body: JSONContent,
  videos: ReadonlyMap<string, VideoMedia> | undefined,
  story: { title: string; description: string; origin: string },
): JsonLdVideo[] {
  const captions = new Map<string, string>();
  const walk = (node: JSONContent) => {
    const { mediaId, caption } = (node.attrs ?? {}) as { mediaId?: unknown; caption?: unknown };
    if (node.type === 'video' && typeof mediaId === 'string' && !captions.get(mediaId) && typeof caption === 'string') captions.set(mediaId, caption.trim());
    node.content?.forEach(walk);
  };
  walk(body);
  return videoMediaIds(body).flatMap((id) => {
    const media = videos?.get(id);
    if (!media) return [];
    const caption = captions.get(id) || '';
    return [
      {
        name: caption || story.title,
        description: caption || story.description || story.title,
        thumbnailUrl: media.poster ? absoluteUrl(story.origin, media.poster) : null,
        contentUrl: absoluteUrl(story.origin, media.src),
        uploadDate: media.uploadedAt,
        durationSeconds: media.durationSeconds,
      },
    ];
  });
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
  for (const [i, video] of (article.videos ?? []).entries()) {
    graph.push({
      '@type': 'VideoObject',
      '@id': `${article.url}#video-${i + 1}`,
      name: video.name,
      description: video.description,
      ...(video.thumbnailUrl ? { thumbnailUrl: [video.thumbnailUrl] } : {}),
      contentUrl: video.contentUrl,
      uploadDate: video.uploadDate,
      duration: isoDuration(video.durationSeconds),
      inLanguage: language,
      isPartOf: { '@id': `${article.url}#bai-viet` },
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
