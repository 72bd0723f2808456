import { describe, expect, it } from 'vitest';
import { articleJsonLd, jsonLdScript } from './json-ld';

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
