// Rows for the editor's look-ups (link dialog, tag suggestions) and the share-link list of the
// preview panel. Targets are stories by a reporter who is none of the matrix's viewers.
import { only, type MatrixEntry } from './types';

const TOOLS = 'app/(newsroom)/toa-soan/bai-viet/editor-tools-actions.ts';

export const n3Entries: MatrixEntry[] = [
  // Staff who write may look up published stories and tags; administrators do not write stories.
  { kind: 'action', file: TOOLS, name: 'searchStoriesForLinkAction', access: only('reporter', 'editor', 'leader'), args: async () => ['hội nghị'] },
  { kind: 'action', file: TOOLS, name: 'tagSuggestionsAction', access: only('reporter', 'editor', 'leader'), args: async () => ['kinh'] },
  // The share links of a story are for those who may read it: another reporter's draft is not theirs.
  { kind: 'action', file: TOOLS, name: 'shareLinksAction', access: only('editor', 'leader', 'admin'), args: async ({ fx }) => [(await fx.previewLink()).articleId] },
];
