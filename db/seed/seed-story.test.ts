import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/slug/slugify';
import { parseSeedStory, SEED_STORY_SLUG, seedStoryArticle } from './seed-story';

const committed = readFileSync(path.join(import.meta.dirname, 'content', 'seed-article.vi.txt'), 'utf8');

describe('the seed story', () => {
  it('is the file from shared/content, byte for byte (when shared/ is beside the checkout)', () => {
    const shared = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'content', 'seed-article.vi.txt');
    if (existsSync(shared)) expect(committed).toBe(readFileSync(shared, 'utf8'));
    expect(committed.startsWith('Vụ Kinh tế vùng và Địa phương')).toBe(true);
  });

  it('parses into title, sapo, body, three captions and the byline, keeping the source spelling', () => {
    const story = parseSeedStory(committed);
    expect(story.title).toBe('Vụ Kinh tế vùng và Địa phương, Ban Kinh tế Trung ương tổ chức Hội nghi tổng kết công tác năm 2019');
    expect(story.sapo.startsWith('Thực hiện kế hoạch công tác năm 2019, chiều ngày 23-12-2019')).toBe(true);
    expect(story.byline).toBe('TTTTPT&DBKT');
    expect(story.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual([
      'Đồng chí Nguyễn Hồng Sơn, Phó Trưởng Ban Kinh tế Trung ương phát biểu chỉ đạo',
      'Đồng chí Vụ trưởng Vũ Trọng Bình báo cáo công tác',
      'Quang cảnh buổi tổng kết',
    ]);
    expect(story.blocks.map((b) => b.type)).toEqual(['caption', 'p', 'caption', 'p', 'p', 'caption', 'p']);
    // No paragraph text is lost: every body paragraph of the file is present verbatim.
    for (const b of story.blocks) expect(committed).toContain(b.type === 'p' ? b.text : b.text.split(' phát biểu')[0]!);
  });

  it('becomes a meeting report with the facts the story states', () => {
    const article = seedStoryArticle(committed);
    expect(article.slug).toBe(SEED_STORY_SLUG);
    expect(slugify(article.title)).toBe(SEED_STORY_SLUG);
    expect(article.publishedAt).toBe('2019-12-23T17:30:00+07:00');
    expect(article.meeting?.startsAt).toBe('2019-12-23T14:00:00+07:00');
    expect(article.meeting?.organiser).toBe('Vụ Kinh tế vùng và Địa phương');
    expect(article.meeting?.people).toEqual([
      { name: 'Nguyễn Hồng Sơn', title: 'Phó Trưởng Ban Kinh tế Trung ương', role: 'chair' },
      { name: 'Vũ Trọng Bình', title: 'Vụ trưởng Vụ Kinh tế vùng và Địa phương', role: 'presenter' },
    ]);
    expect(article.meeting?.conclusions.startsWith('Kết luận buổi làm việc')).toBe(true);
  });
});
