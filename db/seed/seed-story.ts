// The story the portal is built around, parsed from the file exactly as the commission published it
// (including its own spelling "Hội nghi"). Parts, per shared/content/README.md: title, sapo, body
// paragraphs, photo captions (a caption may span several short lines), a blank nbsp line, byline.
import type { SeedArticle, SeedBlock, SeedPerson } from './types';

export interface ParsedStory {
  title: string;
  sapo: string;
  blocks: Array<{ type: 'p'; text: string } | { type: 'caption'; text: string }>;
  byline: string;
}

/** Body paragraphs end a sentence; caption lines are short and do not. */
function isCaptionLine(text: string): boolean {
  return text.length < 160 && !/[.…!?:;"”]$/.test(text);
}

export function parseSeedStory(raw: string): ParsedStory {
  const paragraphs = raw
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.replace(/\u00a0/g, '').trim() !== '');
  if (paragraphs.length < 4) throw new Error('seed story: expected title, sapo, body and byline');
  const [title, sapo, ...rest] = paragraphs;
  const byline = rest.pop()!;
  const blocks: ParsedStory['blocks'] = [];
  for (const text of rest) {
    const last = blocks[blocks.length - 1];
    if (isCaptionLine(text)) {
      if (last?.type === 'caption') last.text = `${last.text} ${text}`;
      else blocks.push({ type: 'caption', text });
    } else {
      blocks.push({ type: 'p', text });
    }
  }
  return { title: title!, sapo: sapo!, blocks, byline };
}

export const SEED_STORY_SLUG = 'vu-kinh-te-vung-va-dia-phuong-ban-kinh-te-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2019';

export function seedStoryArticle(raw: string): SeedArticle {
  const story = parseSeedStory(raw);
  const blocks: SeedBlock[] = story.blocks.map((b) =>
    b.type === 'p' ? { type: 'p', text: b.text } : { type: 'figure', caption: b.text, alt: b.text, credit: 'TTTTPT&DBKT' },
  );
  const conclusions = story.blocks.filter((b) => b.type === 'p').at(-1)!.text;
  return {
    slug: SEED_STORY_SLUG,
    section: 'hoat-dong-cua-ban',
    kind: 'meeting_report',
    title: story.title,
    sapo: story.sapo,
    publishedAt: '2019-12-23T17:30:00+07:00',
    byline: story.byline,
    tags: ['Tổng kết công tác', 'Kinh tế vùng'],
    featured: true,
    blocks,
    meeting: {
      // "chiều ngày 23-12-2019": the afternoon; the story gives no hour, 14:00 is the usual start.
      startsAt: '2019-12-23T14:00:00+07:00',
      location: '',
      organiser: 'Vụ Kinh tế vùng và Địa phương',
      people: [
        { name: 'Nguyễn Hồng Sơn', title: 'Phó Trưởng Ban Kinh tế Trung ương', role: 'chair' },
        { name: 'Vũ Trọng Bình', title: 'Vụ trưởng Vụ Kinh tế vùng và Địa phương', role: 'presenter' },
      ],
      participants: 'Đại diện lãnh đạo các vụ, đơn vị của Ban cùng toàn thể cán bộ chuyên viên của Vụ Kinh tế vùng và Địa phương.',
      conclusions,
    },
  };
}

export const seedStoryPeople: SeedPerson[] = [
  {
    name: 'Nguyễn Hồng Sơn',
    slug: 'nguyen-hong-son',
    positions: [
      // Only the position the story states; the registry records no later one rather than guess it.
      { title: 'Phó Trưởng Ban Kinh tế Trung ương', unit: 'Ban Kinh tế Trung ương', from: '2016-05-01' },
    ],
  },
  {
    name: 'Vũ Trọng Bình',
    slug: 'vu-trong-binh',
    positions: [{ title: 'Vụ trưởng Vụ Kinh tế vùng và Địa phương', unit: 'Vụ Kinh tế vùng và Địa phương', from: '2017-01-01' }],
  },
];
