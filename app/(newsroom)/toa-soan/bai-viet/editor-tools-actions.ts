'use server';

// Look-ups of the editor's toolbar and sidebar: our published stories for the link dialog, tag
// suggestions, the story's share links, and published documents for document cards. Each is a
// public POST endpoint: runAction() proves the origin and re-reads the viewer; lib/data asks the
// policy and bounds the work.
import { documentCardIdsInput, documentLookupQuery, idSchema, storyLookupQuery, tagLookupQuery } from '@/lib/api/action-schemas';
import { parseAtDoor } from '@/lib/api/schemas';
import { runAction } from '@/lib/auth/action';
import { documentCardsForEditor, embeddableDocuments } from '@/lib/data/documents/cards';
import { linkableStories, tagSuggestions } from '@/lib/data/editor-lookups/lookups';
import { shareLinksOf } from '@/lib/data/tokens/preview-links';

export async function searchStoriesForLinkAction(query: string) {
  return runAction((viewer) => linkableStories(viewer, parseAtDoor(storyLookupQuery, query)));
}

export async function tagSuggestionsAction(query: string) {
  return runAction((viewer) => tagSuggestions(viewer, parseAtDoor(tagLookupQuery, query)));
}

export async function shareLinksAction(articleId: string) {
  return runAction((viewer) => shareLinksOf(viewer, parseAtDoor(idSchema, articleId)));
}

export async function searchDocumentsForStoryAction(query: string) {
  return runAction((viewer) => embeddableDocuments(viewer, parseAtDoor(documentLookupQuery, query)));
}

/** Every document card of the open story in one request (lib/documents/card-batch.ts gathers them). */
export async function documentCardsForEditorAction(documentIds: string[]) {
  return runAction((viewer) => documentCardsForEditor(viewer, parseAtDoor(documentCardIdsInput, documentIds)));
}
