import 'server-only';
import { eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
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

/** A Yjs state whose text is exactly a revision's body, and that revision. */
export interface LiveBase {
  state: Uint8Array;
  /** The revision (the story's current one once loaded); null for a story without one. */
  revisionId: string | null;
}

export interface LiveState {
  /** The whole live document (what was typed after the last checkpoint too). */
  state: Uint8Array;
  /** What it is in step with: a save from elsewhere is merged as its change from this. */
  base: LiveBase;
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

async function storedRow(articleId: string) {
  const [row] = await db
    .select({ state: articleCollabStates.state, revisionId: articleCollabStates.revisionId, baseState: articleCollabStates.baseState })
    .from(articleCollabStates)
    .where(eq(articleCollabStates.articleId, articleId))
    .limit(1);
  return row;
}

/**
 * The live document of a story: its stored Yjs state, or, on the first open, one built from the
 * current revision's body. A stored state from before a save made while nobody had the story open
 * (through the API) gets that revision merged in first, as its change from the stored base, so
 * neither the save nor anything typed after the last checkpoint is lost. Null when the story does
 * not exist.
 */
export async function loadCollabState(articleId: string): Promise<LiveState | null> {
  if (!isUuid(articleId)) return null;
  const stored = await storedRow(articleId);
  const current = await currentRevisionBody(articleId);
  if (!current) {
    const [exists] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).limit(1);
    if (!exists) return null;
    // A story always has a current revision once created; an empty document otherwise.
    const empty = yStateFromContent({ type: 'doc', content: [{ type: 'paragraph' }] });
    return { state: empty, base: { state: empty, revisionId: null } };
  }
  if (stored?.revisionId === current.revisionId) return { state: stored.state, base: { state: stored.baseState ?? stored.state, revisionId: current.revisionId } };
  // What is built here is stored at once: Yjs items carry the id of the document that made them, so
  // building it again at the next open would be another history of the same words, and a browser
  // holding the first one offline (IndexedDB) would get every paragraph twice when the two merge.
  let live: LiveState;
  if (stored) {
    const change = changeFromBase(stored.baseState ?? stored.state, current.body);
    live = { state: Y.mergeUpdates([stored.state, change.update]), base: { state: change.state, revisionId: current.revisionId } };
  } else {
    const state = yStateFromContent(current.body);
    live = { state, base: { state, revisionId: current.revisionId } };
  }
  await storeCollabState(articleId, live.state, live.base);
  return live;
}

/**
 * The base every collaboration server is to be in step with, when it is no longer `known` (another
 * server moved it); null when it is unchanged. The row's revision is read first: the states (up to
 * 4 MB each) only when there is something to adopt.
 */
export async function movedCollabBase(articleId: string, known: string | null): Promise<LiveBase | null> {
  if (!isUuid(articleId)) return null;
  const [head] = await db.select({ revisionId: articleCollabStates.revisionId }).from(articleCollabStates).where(eq(articleCollabStates.articleId, articleId)).limit(1);
  if (!head || head.revisionId === known) return null;
  const row = await storedRow(articleId);
  return row ? { state: row.baseState ?? row.state, revisionId: row.revisionId } : null;
}

/** Stores a story's Yjs state and its base (the collaboration server calls this, debounced, after changes, and after each merge). */
export async function storeCollabState(articleId: string, state: Uint8Array, base: LiveBase, maxBytes = MAX_COLLAB_STATE_BYTES): Promise<void> {
  if (!isUuid(articleId)) throw new DataError('not_found', 'Không tìm thấy bài viết.');
  if (state.byteLength > maxBytes) throw new DataError('invalid', COLLAB_STATE_TOO_LARGE);
  const values = { state, revisionId: base.revisionId, baseState: base.state };
  await db
    .insert(articleCollabStates)
    .values({ articleId, ...values })
    .onConflictDoUpdate({ target: articleCollabStates.articleId, set: { ...values, updatedAt: sql`now()` } });
}
