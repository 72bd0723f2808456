// Rows for co-editing (issue 24): the ticket for the collaboration websocket,
// app/api/v1/articles/[id]/collab-ticket. Targets are stories by a reporter who is none of the
// matrix's viewers: a ticket is for those who may read the story (the server then decides write or read-only).
import { only, type Access, type MatrixEntry } from './types';

/** Staff who may read someone else's story that left its writer's desk. */
const readers: Access = only('editor', 'leader', 'admin');

export const collabEntries: MatrixEntry[] = [
  {
    kind: 'api',
    method: 'GET',
    route: '/api/v1/articles/[id]/collab-ticket',
    access: readers,
    call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article('in_review')).id}/collab-ticket` }),
  },
];
