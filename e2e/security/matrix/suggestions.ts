// Rows for the suggestions of a story (issue 23): app/api/v1/articles/[id]/suggestions/**. Targets
// are stories sent for review by a reporter who is none of the matrix's viewers: whoever may read the
// story lists its suggestions; accepting or rejecting is editing the text, so at the review step only
// editors may (the draft save policy, lib/policy/workflow.ts canEditContent).
import { only, type Access, type MatrixEntry } from './types';

const readers: Access = only('editor', 'leader', 'admin');
const editors: Access = only('editor');

export const suggestionEntries: MatrixEntry[] = [
  {
    kind: 'api',
    method: 'GET',
    route: '/api/v1/articles/[id]/suggestions',
    access: readers,
    call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.suggestion()).articleId}/suggestions` }),
  },
  ...(['accept', 'reject'] as const).map(
    (decision): MatrixEntry => ({
      kind: 'api',
      method: 'POST',
      route: `/api/v1/articles/[id]/suggestions/[suggestionId]/${decision}`,
      access: editors,
      call: async ({ fx }) => {
        const s = await fx.suggestion();
        return { path: `/api/v1/articles/${s.articleId}/suggestions/${s.suggestionId}/${decision}`, data: {} };
      },
    }),
  ),
];
