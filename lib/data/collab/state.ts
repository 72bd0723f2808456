import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleCollabStates, articles } from '@/db/schema';
import type { JSONContent } from '@/lib/content/types';
import { changeFromBase, yStateFromContent } from '@/lib/content/ydoc';
import { isUuid } from '../ids';
import { DataError } from '../errors';
import { workingRevision } from '../articles/save-article';

/**
 * Largest Yjs state of one story (bytes). A body is at most 2 MB of JSON (lib/content/validate.ts);
 * the CRDT adds per-character metadata and kept deletions, so twice that leaves room for a long
 * editing session without letting one client fill the server's memory or the table.
 */
export const MAX_COLLAB_STATE_BYTES = 4_000_000;

export const COLLAB_STATE_TOO_LARGE = 'Bài viết đã vượt giới hạn dung lượng khi cùng soạn; thay đổi vừa rồi không được lưu.';

export interface LiveState {
  state: Uint8Array;
  /** The revision the state is in step with (the story's current revision once loaded). */
  revisionId: string | null;
}

/** The story's current revision: what the live document must hold once merged. */
export async function currentRevisionBody(articleId: string): Promise<{ revisionId: string; body: JSONContent; version: number } | null> {
  if (!isUuid(articleId)) return null;
  const row = await workingRevision(db, articleId);
  return row ? { revisionId: row.revision.id, body: row.revision.body as JSONContent, version: row.version } : null;
}

/** The story's version and current revision, without the body (the answer to an editor's "save now"). */
export async function currentVersion(articleId: string): Promise<{ revisionId: string | null; version: number } | null> {
  if (!isUuid(articleId)) return null;
  const [row] = await db.select({ revisionId: articles.currentRevisionId, version: articles.version }).from(articles).where(eq(articles.id, articleId)).limit(1);
  return row ?? null;
}

/**
 * The live document of a story: its stored Yjs state, or, on the first open, one built from the
 * current revision's body. A stored state from before a save
 * made while nobody had the story open (through the API) gets that revision merged in first, so the
 * save is not lost. Null when the story does not exist.
 */
export async function loadCollabState(articleId: string): Promise<LiveState | null> {
  if (!isUuid(articleId)) return null;
  const [stored] = await db.select({ state: articleCollabStates.state, revisionId: articleCollabStates.revisionId }).from(articleCollabStates).where(eq(articleCollabStates.articleId, articleId)).limit(1);
  const current = await currentRevisionBody(articleId);
  if (!current) {
    const [exists] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).limit(1);
    // A story always has a current revision once created; an empty document otherwise.
    return exists ? { state: yStateFromContent({ type: 'doc', content: [{ type: 'paragraph' }] }), revisionId: null } : null;
  }
  if (stored?.revisionId === current.revisionId) return { state: stored.state, revisionId: current.revisionId };
  // Every change in the stored state was checkpointed into a revision before it was stored, so the
  // current revision is the newer truth: merged as a change from the stored state. What is built here
  // is stored at once: Yjs items carry the id of the document that made them, so building it again
  // at the next open would be another history of the same words, and a browser holding the first
  // one offline (IndexedDB) would get every paragraph twice when the two merge.
  const state = stored ? changeFromBase(stored.state, current.body).state : yStateFromContent(current.body);
  await storeCollabState(articleId, state, current.revisionId);
  return { state, revisionId: current.revisionId };
}

/** Stores a story's Yjs state and the revision it is in step with (the collaboration server calls this, debounced, after changes). */
export async function storeCollabState(articleId: string, state: Uint8Array, revisionId: string | null, maxBytes = MAX_COLLAB_STATE_BYTES): Promise<void> {
  if (!isUuid(articleId)) throw new DataError('not_found', 'Không tìm thấy bài viết.');
  if (state.byteLength > maxBytes) throw new DataError('invalid', COLLAB_STATE_TOO_LARGE);
  await db
    .insert(articleCollabStates)
    .values({ articleId, state, revisionId })
    .onConflictDoUpdate({ target: articleCollabStates.articleId, set: { state, revisionId, updatedAt: sql`now()` } });
}
