import 'server-only';
import { and, arrayOverlaps, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleAuthors, articles, notifications, users } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import type { Executor, Tx } from '../articles/tx';
import { threadReader } from './access';
import { mentionedUserIds } from './input';

/** Active staff who may read the story: the only people a mention reaches (and the picker offers). */
const mayBeMentioned = (articleId: string) =>
  and(
    eq(users.isActive, true),
    or(
      arrayOverlaps(users.roles, ['editor', 'leader', 'admin']),
      sql`exists (select 1 from ${articles} where ${articles.id} = ${articleId} and ${articles.createdBy} = ${users.id})`,
      sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articleId} and ${articleAuthors.userId} = ${users.id})`,
    ),
  );

export const MENTION_PICKER_LIMIT = 8;

/** Whom the editor's "Nhắc đến" picker offers on this story for what was typed (diacritics ignored); never the viewer. */
export async function mentionCandidates(viewer: Viewer, articleId: string, query: string): Promise<Array<{ id: string; name: string }>> {
  const { user } = await threadReader(db, viewer, articleId);
  const words = query.replace(/[%_\\]/g, ' ').trim().slice(0, 100);
  if (words === '') return [];
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(mayBeMentioned(articleId), ne(users.id, user.id), sql`vn_unaccent(${users.name}) like '%' || vn_unaccent(${words}) || '%'`))
    .orderBy(asc(users.name))
    .limit(MENTION_PICKER_LIMIT);
}

/** Names of the people @[id] tokens in these comments mention (ids of no one are left out). */
export async function mentionNames(tx: Executor, bodies: string[]): Promise<Record<string, string>> {
  const ids = [...new Set(bodies.flatMap((b) => mentionedUserIds(b)))];
  if (ids.length === 0) return {};
  const rows = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/**
 * Mentions in a comment are written as @[user id] (the editor's picker inserts the token; the id
 * cannot be mistaken, as a name or an e-mail in running text can). Only active staff who may read
 * the story are told, never the writer of the reply; unknown ids are ignored. Returns who was told.
 */
export async function notifyMentions(tx: Tx, at: { articleId: string; title: string; actorId: string; text: string }): Promise<string[]> {
  const ids = mentionedUserIds(at.text);
  if (ids.length === 0) return [];
  const readers = await tx
    .select({ id: users.id })
    .from(users)
    .where(
and(inArray(users.id, ids), ne(users.id, at.actorId), mayBeMentioned(at.articleId)),
    );
  if (readers.length === 0) return [];
  const [actor] = await tx.select({ name: users.name }).from(users).where(eq(users.id, at.actorId));
  const excerpt = at.text.replace(/\s+/g, ' ').slice(0, 140);
  await tx.insert(notifications).values(
    readers.map((r) => ({ userId: r.id, articleId: at.articleId, kind: 'thread_mention', message: `«${at.title}»: ${actor?.name ?? 'Một người'} nhắc đến bạn trong góp ý: ${excerpt}${at.text.length > 140 ? '…' : ''}` })),
  );
  return ids.filter((id) => readers.some((r) => r.id === id));
}
