// One generated story: title, sapo, Tiptap body with headings, figures, quotes, lists and tables,
// meeting metadata for meeting reports, tags, people. Validated by the same lib/content code as every
// other door; the rows (revision, hash, search text) are built in generate.ts by lib/data's builders.
import type { Meeting, RevisionMeta } from '@/db/schema';
import type { JSONContent } from '@/lib/content/types';
import { validateBody } from '@/lib/content/validate';
import { slugify, uniqueSlug } from '@/lib/slug/slugify';
import {
  between, BYLINES, demoSentence, EVENTS, FIGURES, HEADINGS, LISTS, madeSentence, pick, placeOf, PROVINCES, QUOTES, REGIONS, sample, SAPO_TAILS,
  TABLES, TOPICS, type Random, type StoryContext,
} from './corpus';

export interface RegistryPerson {
  id: string;
  name: string;
  /** Title held now (the generator gives each person one open-ended position). */
  title: string;
}

export interface Registry {
  sections: Array<{ id: string; slug: string }>;
  units: Array<{ id: string; name: string; shortName: string }>;
  people: RegistryPerson[];
  tags: Array<{ id: string; name: string }>;
  /** Tag id by its name, so a story is tagged with its own topic and province. */
  tagByName: Map<string, string>;
  photos: Array<{ id: string }>;
}

export interface Story {
  slug: string;
  kind: 'news' | 'meeting_report';
  sectionId: string;
  title: string;
  sapo: string;
  body: JSONContent;
  meta: RevisionMeta;
  meeting: Meeting | null;
  tagIds: string[];
  publishedAt: Date;
  featured: boolean;
}

const text = (value: string): JSONContent[] => [{ type: 'text', text: value }];
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: text(value) });

const vnDate = (d: Date) => {
  const local = new Date(d.getTime() + 7 * 3_600_000);
  return `${local.getUTCDate()}-${local.getUTCMonth() + 1}-${local.getUTCFullYear()}`;
};

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function titleFor(r: Random, year: number): { title: string; place: string; province: string | null; topic: string; event: string; did: string } {
  const [event, did] = pick(r, EVENTS);
  const topic = pick(r, TOPICS);
  const province = r() < 0.75 ? pick(r, PROVINCES) : null;
  const place = province ? placeOf(province) : pick(r, REGIONS);
  const shape = between(r, 0, 3);
  const title =
    shape === 0
      ? `${event} ${topic} tại ${place}`
      : shape === 1
        ? `${event} ${topic} ${place} năm ${year}`
        : shape === 2
          ? `${capitalise(place)}: ${lowerFirst(event)} ${topic}`
          : `${event} ${topic} giai đoạn ${year - 5} - ${year}`;
  return { title, place, province, topic, event, did };
}

/** Mostly sentences about this story's place and topic, with one from the demo articles. */
function paragraphText(r: Random, c: StoryContext): string {
  const sentences = Array.from({ length: between(r, 1, 3) }, () => madeSentence(r, c));
  sentences.splice(between(r, 0, sentences.length), 0, demoSentence(r, c));
  return sentences.join(' ');
}

export function makeStory(r: Random, registry: Registry, taken: Set<string>, publishedAt: Date): Story {
  const year = new Date(publishedAt.getTime() + 7 * 3_600_000).getUTCFullYear();
  const { title, place, province, topic, did } = titleFor(r, year);
  const slug = uniqueSlug(slugify(title), taken);
  taken.add(slug);
  const section = pick(r, registry.sections);
  const unit = pick(r, registry.units);
  const meetingReport = section.slug === 'hoi-nghi-hoi-thao' || (section.slug === 'hoat-dong-cua-ban' && r() < 0.4);

  const ctx: StoryContext = { place, province: province ?? pick(r, PROVINCES), topic, year, unit: unit.name };
  const opening = `Ngày ${vnDate(publishedAt)}, tại ${place}, ${unit.name} ${did} ${topic}.`;
  const sapo = [opening, ...(SAPO_TAILS.length ? [pick(r, SAPO_TAILS)] : [])].join(' ');

  const figures = sample(r, FIGURES, between(r, 1, 3)).map((f) => ({ ...f, mediaId: pick(r, registry.photos).id }));
  const content: JSONContent[] = [paragraph(`${opening} ${paragraphText(r, ctx)}`)];
  const figure = (f: (typeof figures)[number]): JSONContent => ({
    type: 'figure',
    attrs: { mediaId: f.mediaId, alt: f.alt, caption: f.caption, credit: unit.shortName },
  });
  content.push(figure(figures[0]!));
  const paragraphs = between(r, 5, 10);
  for (let p = 0; p < paragraphs; p++) {
    if (p === 1 || (p === 5 && r() < 0.7)) content.push({ type: 'heading', attrs: { level: 2 }, content: text(pick(r, HEADINGS)) });
    content.push(paragraph(paragraphText(r, ctx)));
    if (p === 2 && figures[1]) content.push(figure(figures[1]));
    if (p === 4 && figures[2]) content.push(figure(figures[2]));
    if (p === 3 && QUOTES.length && r() < 0.3) content.push({ type: 'blockquote', content: [paragraph(pick(r, QUOTES))] });
    if (p === 3 && LISTS.length && r() < 0.25) {
      content.push({ type: 'bulletList', content: pick(r, LISTS).map((item) => ({ type: 'listItem', content: [paragraph(item)] })) });
    }
    if (p === 4 && TABLES.length && r() < 0.1) {
      const rows = pick(r, TABLES);
      content.push({
        type: 'table',
        content: rows.map((row, i) => ({
          type: 'tableRow',
          content: row.map((cell) => ({ type: i === 0 ? 'tableHeader' : 'tableCell', content: [paragraph(cell)] })),
        })),
      });
    }
  }
  const checked = validateBody({ type: 'doc', content }, { requireAlt: true });
  if (!checked.ok) throw new Error(`generated story "${title}": ${checked.problems.map((p) => p.message).join('; ')}`);

  let meeting: Meeting | null = null;
  if (meetingReport) {
    const chosen = sample(r, registry.people, between(r, 2, 4));
    const roles = ['chair', 'presenter', 'attending', 'attending'] as const;
    meeting = {
      startsAt: new Date(publishedAt.getTime() - 8 * 3_600_000).toISOString(),
      location: `Hội trường Ủy ban nhân dân ${place}`,
      organiserUnitId: unit.id,
      organiserName: unit.name,
      people: chosen.map((p, i) => ({ personId: p.id, name: p.name, title: p.title, role: roles[i]! })),
      participants: `Đại diện lãnh đạo các vụ, đơn vị của ${registry.units[0]!.name}; lãnh đạo các sở, ngành của ${place}; các chuyên gia, nhà khoa học.`,
      conclusions: paragraphText(r, ctx),
    };
  }
  const meta: Story['meta'] = { byline: r() < 0.5 ? unit.shortName : pick(r, BYLINES), coverMediaId: figures[0]!.mediaId };
  return {
    slug,
    kind: meetingReport ? 'meeting_report' : 'news',
    sectionId: section.id,
    title,
    sapo,
    body: checked.json,
    meta,
    meeting,
    tagIds: [
      ...new Set([
        registry.tagByName.get(capitalise(topic)),
        province ? registry.tagByName.get(province) : undefined,
        ...sample(r, registry.tags, between(r, 0, 3)).map((t) => t.id),
      ]),
    ].filter((id): id is string => Boolean(id)),
    publishedAt,
    featured: false,
  };
}
