// Rows for the reading beacon of the most-read lists (issue 22): public, for every visitor alike.
// Staff get the same 204 as anyone (their reads are simply not counted).
import { everyone, type MatrixEntry } from './types';

export const mostReadEntries: MatrixEntry[] = [
  { kind: 'api', method: 'POST', route: '/api/v1/public/views', access: everyone, call: async () => ({ path: '/api/v1/public/views', data: { articleId: crypto.randomUUID() } }) },
];
