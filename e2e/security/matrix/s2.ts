// Rows for reader search's people suggestions (issue 19): public, for every visitor alike.
import { everyone, type MatrixEntry } from './types';

export const searchSuggestEntries: MatrixEntry[] = [
  { kind: 'api', method: 'GET', route: '/api/v1/public/people', access: everyone, call: async () => ({ path: '/api/v1/public/people?q=nguyen' }) },
];
