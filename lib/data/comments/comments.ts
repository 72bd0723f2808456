import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { unstorableStringMessage } from '@/lib/content/storable-text';
import { comments, users } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { canReadArticle } from '@/lib/policy/workflow';
import { loadArticleFacts } from '../articles/load';
import { DataError } from '../errors';

const commentSchema = z
  .string({ error: 'Góp ý phải là một đoạn văn bản.' })
  .trim()
  .min(1, 'Hãy nhập nội dung góp ý.')
  .max(5000, 'Góp ý dài quá 5.000 ký tự.')
  // Server actions reach here without a door schema: NUL would be a database error, a UTF-16 half stored as U+FFFD.
  .superRefine((text, ctx) => {
    const message = unstorableStringMessage(text);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

/** Editorial comments: staff who may read the story may discuss it. Never shown to readers. */
export async function addComment(viewer: Viewer, articleId: string, body: unknown) {
  const { facts } = await loadArticleFacts(db, viewer, articleId);
  const decision = canReadArticle(viewer, facts);
  if (!decision.allowed || viewer.kind !== 'user') throw new DataError(viewer.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', decision.allowed ? 'Hãy đăng nhập.' : decision.message);
  const text = commentSchema.safeParse(body);
  if (!text.success) throw new DataError('invalid', text.error.issues[0]!.message);
  const [row] = await db.insert(comments).values({ articleId, authorId: viewer.id, body: text.data }).returning();
  return row!;
}

export async function listComments(viewer: Viewer, articleId: string) {
  const { facts } = await loadArticleFacts(db, viewer, articleId);
  const decision = canReadArticle(viewer, facts);
  if (!decision.allowed) throw new DataError(viewer.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', decision.message);
  return commentsOf(articleId);
}

/** Comments on an article the caller has already checked for reading. */
export function commentsOf(articleId: string) {
  return db
    .select({ id: comments.id, body: comments.body, authorId: comments.authorId, authorName: users.name, createdAt: comments.createdAt })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.articleId, articleId))
    .orderBy(asc(comments.createdAt));
}
