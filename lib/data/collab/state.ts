import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleCollabStates, articles, revisions } from '@/db/schema';
import type { JSONContent } from '@/lib/content/types';
import { yStateFromContent } from '@/lib/content/ydoc';
import { isUuid } from '../ids';
import { DataError } from '../errors';

/**
 * Largest Yjs state of one story (bytes). A body is at most 2 MB of JSON (lib/content/validate.ts);
 * the CRDT adds per-character metadata and kept deletions, so twice that leaves room for a long
 * editing session without letting one client fill the server's memory or the table.
 */
export const MAX_COLLAB_STATE_BYTES = 4_000_000;

export const COLLAB_STATE_TOO_LARGE = 'Bài viết đã vượt giới hạn dung lượng khi cùng soạn; thay đổi vừa rồi không được lưu.';

/**
 * The live document of a story: its stored Yjs state, or, on the first open, one built from the
 * current revision's body (not stored until someone changes it). Null when the story does not exist.
 */
export async function loadCollabState(articleId: string): Promise<Uint8Array | null> {
  if (!isUuid(articleId)) return null;
  const [stored] = await db.select({ state: articleCollabStates.state }).from(articleCollabStates).where(eq(articleCollabStates.articleId, articleId)).limit(1);
  if (stored) return stored.state;
  const [row] = await db
    .select({ id: articles.id, body: revisions.body })
    .from(articles)
    .leftJoin(revisions, eq(revisions.id, articles.currentRevisionId))
    .where(eq(articles.id, articleId))
    .limit(1);
  if (!row) return null;
  // A story always has a current revision once created; an empty document otherwise.
  return yStateFromContent((row.body as JSONContent | null) ?? { type: 'doc', content: [{ type: 'paragraph' }] });
}

/** Stores a story's Yjs state (the collaboration server calls this, debounced, after changes). */
export async function storeCollabState(articleId: string, state: Uint8Array, maxBytes = MAX_COLLAB_STATE_BYTES): Promise<void> {
  if (!isUuid(articleId)) throw new DataError('not_found', 'Không tìm thấy bài viết.');
  if (state.byteLength > maxBytes) throw new DataError('invalid', COLLAB_STATE_TOO_LARGE);
  await db
    .insert(articleCollabStates)
    .values({ articleId, state })
    .onConflictDoUpdate({ target: articleCollabStates.articleId, set: { state, updatedAt: sql`now()` } });
}
