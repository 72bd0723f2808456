import 'server-only';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { questions } from '@/db/schema';
import { foldVietnamese } from '@/lib/search/fold';
import { isTopic, shortenName } from '@/lib/qa/qa';

export const QA_PAGE_SIZE = 20;
export const QA_MAX_PAGE = 50;

export interface PublicQuestionCard {
  id: string;
  topic: string;
  excerpt: string;
  senderShort: string;
  publishedAt: Date;
}

/**
 * Published questions only (the one filter every public read goes through). Readers never get the
 * email or phone, nor the whole name: the columns are not even selected.
 */
const published = () => eq(questions.status, 'published');

/** The list, optionally searched (words folded, diacritics ignored) and by topic; bounded pages. */
export async function publicQuestions(filters: { q?: string; topic?: string; page?: number } = {}): Promise<{ rows: PublicQuestionCard[]; total: number }> {
  const where: SQL[] = [published()];
  if (filters.topic && isTopic(filters.topic)) where.push(eq(questions.topic, filters.topic));
  const words = foldVietnamese((filters.q ?? '').slice(0, 200)).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8);
  for (const word of words) where.push(sql`${questions.searchText} like ${`%${word.replace(/[\\%_]/g, '\\$&')}%`}`);
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), QA_MAX_PAGE);
  const [rows, [count]] = await Promise.all([
    db
      .select({ id: questions.id, topic: questions.topic, excerpt: sql<string>`left(${questions.body}, 240)`, senderName: questions.senderName, publishedAt: questions.publishedAt })
      .from(questions)
      .where(and(...where))
      .orderBy(desc(questions.publishedAt))
      .limit(QA_PAGE_SIZE)
      .offset((page - 1) * QA_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(questions).where(and(...where)),
  ]);
  return { rows: rows.map((r) => ({ id: r.id, topic: r.topic, excerpt: r.excerpt, senderShort: shortenName(r.senderName), publishedAt: r.publishedAt! })), total: count?.n ?? 0 };
}

export interface PublicQuestion {
  id: string;
  topic: string;
  body: string;
  answer: string;
  senderShort: string;
  askedAt: Date;
  publishedAt: Date;
}

export async function publicQuestion(id: string): Promise<PublicQuestion | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const [row] = await db
    .select({ id: questions.id, topic: questions.topic, body: questions.body, answer: questions.answer, senderName: questions.senderName, createdAt: questions.createdAt, publishedAt: questions.publishedAt })
    .from(questions)
    .where(and(eq(questions.id, id), published()));
  if (!row) return null;
  return { id: row.id, topic: row.topic, body: row.body, answer: row.answer, senderShort: shortenName(row.senderName), askedAt: row.createdAt, publishedAt: row.publishedAt! };
}
