'use server';

// Comment threads from the story editor (issue 23). The same data functions as the API's
// /api/v1/articles/{id}/threads…, so the same policy (lib/data/threads/access.ts): whoever may read
// the story reads and joins its threads; its author, the writers, editors and leaders settle them.
// Each is a public POST endpoint: runAction() proves the origin and re-reads the viewer.
import { idSchema, mentionQuery, threadOpenInput, threadReplyInput } from '@/lib/api/action-schemas';
import { parseAtDoor } from '@/lib/api/schemas';
import { runAction } from '@/lib/auth/action';
import { addThreadReply, mentionCandidates, openThread, reopenThread, resolveThread, threadsForEditor } from '@/lib/data/threads/threads';

/** The threads again, with the names their @mentions stand for (as the page first loads them). */
export async function listThreadsAction(articleId: string) {
  return runAction((viewer) => threadsForEditor(viewer, parseAtDoor(idSchema, articleId)));
}

/** People the "Nhắc đến" picker offers for what was typed: staff who may read the story. */
export async function mentionCandidatesAction(articleId: string, query: string) {
  return runAction((viewer) => mentionCandidates(viewer, parseAtDoor(idSchema, articleId), parseAtDoor(mentionQuery, query)));
}

/** Opens a thread on the selected words of the version on screen; answers the thread and the story's new version. */
export async function openThreadAction(articleId: string, input: { quote: string; body: string; version: number; from: number; to: number }) {
  return runAction((viewer) => {
    const id = parseAtDoor(idSchema, articleId);
    const { quote, body, version, from, to } = parseAtDoor(threadOpenInput, input);
    return openThread(viewer, id, { quote, body }, { version, from, to });
  });
}

export async function replyThreadAction(articleId: string, threadId: string, input: { body: string }) {
  return runAction((viewer) => addThreadReply(viewer, parseAtDoor(idSchema, articleId), parseAtDoor(idSchema, threadId), parseAtDoor(threadReplyInput, input)));
}

export async function resolveThreadAction(articleId: string, threadId: string) {
  return runAction((viewer) => resolveThread(viewer, parseAtDoor(idSchema, articleId), parseAtDoor(idSchema, threadId)));
}

export async function reopenThreadAction(articleId: string, threadId: string) {
  return runAction((viewer) => reopenThread(viewer, parseAtDoor(idSchema, articleId), parseAtDoor(idSchema, threadId)));
}
