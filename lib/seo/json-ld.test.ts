import { describe, expect, it } from 'vitest';
import { articleJsonLd, isoDuration, jsonLdScript, storyVideosJsonLd } from './json-ld';

const base = {
  url: 'https://ban.vn/bai-viet/a',
  title: 'Hội nghị tổng kết',
  description: 'Tóm tắt',
  publishedAt: new Date('2019-12-23T10:30:00Z'),
  updatedAt: null,
  section: 'Hoạt động của Ban',
  tags: ['Tổng kết', 'Kinh tế vùng'],
  byline: 'TTTTPT&DBKT',
  imageUrl: 'https://ban.vn/media/a.jpg',
  kind: 'news' as const,
  meeting: null,
};
const publisher = { name: 'Ban Chính sách, chiến lược Trung ương', url: 'https://ban.vn/' };

describe('articleJsonLd', () => {
  it('describes a story as a NewsArticle', () => {
    const data = articleJsonLd(base, publisher) as { '@graph': Array<Record<string, unknown>> };
    expect(data['@graph']).toHaveLength(1);
    expect(data['@graph'][0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Hội nghị tổng kết',
      datePublished: '2019-12-23T10:30:00.000Z',
      dateModified: '2019-12-23T10:30:00.000Z',
      inLanguage: 'vi',
      articleSection: 'Hoạt động của Ban',
      keywords: 'Tổng kết, Kinh tế vùng',
      image: ['https://ban.vn/media/a.jpg'],
      author: { '@type': 'Organization', name: 'TTTTPT&DBKT' },
      publisher: { name: publisher.name },
    });
  });

  it('adds an Event for a meeting report, with place, organiser and people', () => {
    const meeting = {
      startsAt: '2019-12-23T07:00:00.000Z',
      location: 'Hà Nội',
      organiserName: 'Vụ Kinh tế vùng và Địa phương',
      people: [{ name: 'Nguyễn Hồng Sơn', title: 'Phó Trưởng Ban', role: 'chair' as const }],
      participants: '',
      conclusions: '',
    };
    const data = articleJsonLd({ ...base, kind: 'meeting_report', meeting }, publisher) as { '@graph': Array<Record<string, unknown>> };
    expect(data['@graph'][1]).toMatchObject({
      '@type': 'Event',
      name: 'Hội nghị tổng kết',
      startDate: '2019-12-23T07:00:00.000Z',
      location: { '@type': 'Place', name: 'Hà Nội' },
      organizer: { name: 'Vụ Kinh tế vùng và Địa phương' },
      attendee: [{ '@type': 'Person', name: 'Nguyễn Hồng Sơn', jobTitle: 'Phó Trưởng Ban', description: 'Chủ trì' }],
    });
  });

  it('cuts long headlines to 110 characters', () => {
    const data = articleJsonLd({ ...base, title: 'x'.repeat(200) }, publisher) as { '@graph': Array<{ headline: string }> };
    expect(data['@graph'][0]!.headline).toHaveLength(110);
  });
});

describe('jsonLdScript', () => {
  it('cannot be closed by text inside it', () => {
    const out = jsonLdScript({ headline: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('<');
    expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('VideoObject for the story videos', () => {
  const VIDEO = '3c8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
  const PROCESSING = '4d9eede7-8c2e-454d-b723-2a99df95de1c';
  const body = {
    type: 'doc',
    content: [
      { type: 'video', attrs: { mediaId: VIDEO, caption: 'Phát biểu khai mạc', credit: 'THQH' } },
      { type: 'video', attrs: { mediaId: PROCESSING, caption: 'Chưa xong', credit: '' } },
      { type: 'video', attrs: { mediaId: VIDEO, caption: '', credit: '' } },
    ],
  };
  const ready = new Map([
    [VIDEO, { src: '/media/3c/v-web.mp4', poster: '/media/3c/v-poster.jpg', captions: null, width: 1280, height: 720, durationSeconds: 3725.6, uploadedAt: '2026-12-01T08:00:00.000Z' }],
  ]);

  it('lists each ready video once, with absolute URLs, upload date and an ISO 8601 duration', () => {
    const videos = storyVideosJsonLd(body, ready, { title: 'Hội nghị tổng kết', description: 'Tóm tắt', origin: 'https://ban.vn' });
    expect(videos).toEqual([
      {
        name: 'Phát biểu khai mạc',
        description: 'Phát biểu khai mạc',
        thumbnailUrl: 'https://ban.vn/media/3c/v-poster.jpg',
        contentUrl: 'https://ban.vn/media/3c/v-web.mp4',
        uploadDate: '2026-12-01T08:00:00.000Z',
        durationSeconds: 3725.6,
      },
    ]);
    const data = articleJsonLd({ ...base, videos }, publisher) as { '@graph': Array<Record<string, unknown>> };
    expect(data['@graph']).toContainEqual({
      '@type': 'VideoObject',
      '@id': 'https://ban.vn/bai-viet/a#video-1',
      name: 'Phát biểu khai mạc',
      description: 'Phát biểu khai mạc',
      thumbnailUrl: ['https://ban.vn/media/3c/v-poster.jpg'],
      contentUrl: 'https://ban.vn/media/3c/v-web.mp4',
      uploadDate: '2026-12-01T08:00:00.000Z',
      duration: 'PT1H2M6S',
      inLanguage: 'vi',
      isPartOf: { '@id': 'https://ban.vn/bai-viet/a#bai-viet' },
    });
  });

  it('names an uncaptioned video after the story, and leaves the graph alone without ready videos', () => {
    const uncaptioned = { type: 'doc', content: [{ type: 'video', attrs: { mediaId: VIDEO, caption: '', credit: '' } }] };
    expect(storyVideosJsonLd(uncaptioned, ready, { title: 'Hội nghị', description: 'Tóm tắt', origin: 'https://ban.vn' })[0]).toMatchObject({ name: 'Hội nghị', description: 'Tóm tắt' });
    expect(storyVideosJsonLd(body, new Map(), { title: 'x', description: 'y', origin: 'https://ban.vn' })).toEqual([]);
    expect((articleJsonLd({ ...base, videos: [] }, publisher) as { '@graph': unknown[] })['@graph']).toHaveLength(1);
  });

  it('writes durations as ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(59.6)).toBe('PT1M');
    expect(isoDuration(75)).toBe('PT1M15S');
    expect(isoDuration(7200)).toBe('PT2H');
  });
});
