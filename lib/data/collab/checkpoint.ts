import 'server-only';
import { inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { contentSchema } from '@/lib/content/schema';
import type { JSONContent } from '@/lib/content/types';
import type { Viewer } from '@/lib/policy/roles';
import { saveArticle, withBody, workingRevision } from '../articles/save-article';
import { DataError } from '../errors';
import { isUuid } from '../ids';

export type CheckpointResult =
  | { kind: 'saved' | 'unchanged'; revisionId: string }
  /** Not a revision: the live document must go back to `body`, the current revision's. */
  | { kind: 'refused'; message: string; revisionId: string; body: JSONContent }
  /** The story has a newer revision than the one the live document is in step with: merge it first, then checkpoint again. */
  | { kind: 'behind' }
  | { kind: 'gone' };

const same = (a: JSONContent, b: JSONContent) => {
  try {
    return JSON.stringify(contentSchema.nodeFromJSON(a).toJSON()) === JSON.stringify(contentSchema.nodeFromJSON(b).toJSON());
  } catch {
    return false;
  }
};

/**
 * A pause in co-editing becomes a revision, as autosave's pauses do: the live document's body with
 * the rest of the current revision (title, sapo, placement are edited beside the live document),
 * saved through the ordinary save — same policy for the saver (the last of `writers`, everyone who
 * wrote since the last checkpoint), same validation, same voiding of a sign-off by any change after
 * it, same audit trail. A body the save refuses (content a client forced into the document, a saver
 * who may no longer edit the story) is not kept: the caller puts the current revision back.
 * `inStepWith` is the revision the live document last merged: a save made since (the API) must be
 * merged into the live document before it is checkpointed, or the checkpoint would overwrite it.
 */
export async function checkpointLiveDocument(articleId: string, body: JSONContent, writers: string[], inStepWith: string | null): Promise<CheckpointResult> {
  if (!isUuid(articleId)) return { kind: 'gone' };
  const row = await workingRevision(db, articleId);
  if (!row) return { kind: 'gone' };
  const old = row.revision;
  if (old.id !== inStepWith) return { kind: 'behind' };
  if (same(old.body as JSONContent, body)) return { kind: 'unchanged', revisionId: old.id };
  const refused = (message: string): CheckpointResult => ({ kind: 'refused', message, revisionId: old.id, body: old.body as JSONContent });
  const ids = [...new Set(writers.filter(isUuid))];
  // The last to write saves (a list such as [A, B, A] is saved by A).
  const saverId = writers.filter(isUuid).at(-1);
  if (!saverId) return refused('Không rõ ai đã sửa bài.');
  const found = await db.select({ id: users.id, roles: users.roles, isActive: users.isActive }).from(users).where(inArray(users.id, ids));
  const saver = found.find((u) => u.id === saverId);
  if (!saver?.isActive) return refused('Tài khoản không còn hoạt động.');
  const viewer: Viewer = { kind: 'user', id: saver.id, roles: saver.roles };
  try {
    const result = await saveArticle(viewer, articleId, withBody(old, body, row.version), { origin: 'autosave', coEditors: found.filter((u) => u.isActive).map((u) => u.id) });
    return { kind: result.changed ? 'saved' : 'unchanged', revisionId: result.revisionId };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    // Someone saved meanwhile (the API, a thread's anchor): merge that first.
    if (error.code === 'conflict') return { kind: 'behind' };
    if (error.code === 'not_found') return { kind: 'gone' };
    if (error.code === 'invalid' || error.code === 'forbidden') return refused(error.userMessage);
    // Anything else (the database unreachable) is not an answer about the text: the caller keeps it and tries later.
    throw error;
  }
}
