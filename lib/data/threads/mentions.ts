import 'server-only';
import { and, arrayOverlaps, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { articleAuthors, articles, notifications, users } from '@/db/schema';
import type { Tx } from '../articles/tx';
import { mentionedUserIds } from './input';

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
      and(
        inArray(users.id, ids),
        ne(users.id, at.actorId),
        eq(users.isActive, true),
        or(
          arrayOverlaps(users.roles, ['editor', 'leader', 'admin']),
          sql`exists (select 1 from ${articles} where ${articles.id} = ${at.articleId} and ${articles.createdBy} = ${users.id})`,
          sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${at.articleId} and ${articleAuthors.userId} = ${users.id})`,
        ),
      ),
    );
  if (readers.length === 0) return [];
  const [actor] = await tx.select({ name: users.name }).from(users).where(eq(users.id, at.actorId));
  const excerpt = at.text.replace(/\s+/g, ' ').slice(0, 140);
  await tx.insert(notifications).values(
    readers.map((r) => ({ userId: r.id, articleId: at.articleId, kind: 'thread_mention', message: `«${at.title}»: ${actor?.name ?? 'Một người'} nhắc đến bạn trong góp ý: ${excerpt}${at.text.length > 140 ? '…' : ''}` })),
  );
  return ids.filter((id) => readers.some((r) => r.id === id));
}
