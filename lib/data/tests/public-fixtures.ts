// Rows for integration tests of the public surfaces. There is no publish workflow to call from a
// test, so stories are written directly, the way the workflow will: article, revision, live pointer,
// search document, tags and people.
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/connect';
import * as s from '@/db/schema';
import { bodyToPlainText } from '@/lib/content/plain-text';
import type { JSONContent } from '@/lib/content/types';

export interface StoryInput {
  title: string;
  sapo?: string;
  paragraphs?: string[];
  status?: s.ArticleStatus;
  publishedAt?: Date | null;
  embargoUntil?: Date | null;
  sectionId?: string | null;
  kind?: 'news' | 'meeting_report';
  meeting?: s.Meeting | null;
  tagIds?: string[];
  people?: Array<{ personId: string; role: string }>;
  slug?: string;
  featured?: boolean;
  /** Leave the search document out (a story that was never live). Default: written when live. */
  search?: boolean;
}

export interface Story {
  id: string;
  slug: string;
  title: string;
}

const random = () => crypto.randomUUID().replace(/-/g, '').slice(0, 10);

export function uniqueWord(prefix = 'zq'): string {
  // Letters only, so the search parser keeps it as one word.
  return `${prefix}${random().replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;
}

export async function createStory(db: Database, input: StoryInput): Promise<Story> {
  const status = input.status ?? 'published';
  const slug = input.slug ?? `tin-${random()}`;
  const body: JSONContent = {
    type: 'doc',
    content: (input.paragraphs ?? []).map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
  const wasLive = status === 'published' || status === 'unpublished' || status === 'archived';
  const [article] = await db
    .insert(s.articles)
    .values({ slug, status, kind: input.kind ?? 'news', sectionId: input.sectionId ?? null, embargoUntil: input.embargoUntil ?? null, featured: input.featured ?? false })
    .returning();
  const [revision] = await db
    .insert(s.revisions)
    .values({
      articleId: article!.id,
      number: 1,
      title: input.title,
      sapo: input.sapo ?? '',
      body,
      meta: { byline: 'Phóng viên' },
      meeting: input.meeting ?? null,
      contentHash: random(),
    })
    .returning();
  await db
    .update(s.articles)
    .set({
      currentRevisionId: revision!.id,
      liveRevisionId: status === 'published' ? revision!.id : null,
      publishedAt: wasLive ? (input.publishedAt === undefined ? new Date() : input.publishedAt) : null,
      unpublishedAt: status === 'unpublished' ? new Date() : null,
    })
    .where(eq(s.articles.id, article!.id));
  if (input.search ?? true) {
    await db.insert(s.articleSearch).values({ articleId: article!.id, title: input.title, sapo: input.sapo ?? '', bodyText: bodyToPlainText(body) });
  }
  for (const tagId of input.tagIds ?? []) await db.insert(s.articleTags).values({ articleId: article!.id, tagId });
  for (const p of input.people ?? []) await db.insert(s.articlePeople).values({ articleId: article!.id, personId: p.personId, role: p.role });
  return { id: article!.id, slug, title: input.title };
}

export async function createSection(db: Database, name = 'Chuyên mục thử'): Promise<{ id: string; slug: string; name: string }> {
  const slug = `cm-${random()}`;
  const [row] = await db.insert(s.sections).values({ slug, name: `${name} ${slug}` }).returning();
  return { id: row!.id, slug, name: row!.name };
}

/** Takes a story off the site the way the workflow does: status and live pointer change together. */
export async function unpublishStory(db: Database, id: string): Promise<void> {
  await db.update(s.articles).set({ status: 'unpublished', liveRevisionId: null, unpublishedAt: new Date() }).where(eq(s.articles.id, id));
  await db.delete(s.articleSearch).where(eq(s.articleSearch.articleId, id));
}
