import 'server-only';
import { count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleThreadReplies, revisions } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { threadOf, threadReader } from './access';
import { MAX_REPLIES_PER_THREAD, parseThreadInput, threadReplySchema } from './input';
import { notifyMentions } from './mentions';

export interface ThreadReply {
  id: string;
  threadId: string;
  authorId: string;
  body: string;
  createdAt: Date;
  /** Who the reply's @[id] mentions notified. */
  mentioned: string[];
}

/** A reply to a thread of the story, open or resolved; @[user id] mentions notify. */
export async function addThreadReply(viewer: Viewer, articleId: string, threadId: string, input: unknown): Promise<ThreadReply> {
  return db.transaction(async (tx) => {
    const { article, user } = await threadReader(tx, viewer, articleId);
    // Locked: two replies at once cannot both pass the bound.
    const thread = await threadOf(tx, articleId, threadId, true);
    const { body } = parseThreadInput(threadReplySchema, input);
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(articleThreadReplies).where(eq(articleThreadReplies.threadId, thread.id));
    if (n >= MAX_REPLIES_PER_THREAD) {
      throw new DataError('invalid', `Góp ý này đã có ${MAX_REPLIES_PER_THREAD} trả lời, mức tối đa. Hãy mở một góp ý mới trên đoạn văn đó.`);
    }
    const [row] = await tx.insert(articleThreadReplies).values({ threadId: thread.id, authorId: user.id, body }).returning();
    const [working] = await tx.select({ title: revisions.title }).from(revisions).where(eq(revisions.id, article.currentRevisionId!));
    const mentioned = await notifyMentions(tx, { articleId, title: working?.title ?? '', actorId: user.id, text: body });
    return { id: row!.id, threadId: row!.threadId, authorId: row!.authorId, body: row!.body, createdAt: row!.createdAt, mentioned };
  });
}
