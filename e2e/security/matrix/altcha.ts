// Rows for the proof-of-work challenge of the public question form (issue 22): public, for every
// visitor alike (a signed-in member of staff gets a challenge like anyone; it only marks a question
// "verified" for the moderators).
import { everyone, type MatrixEntry } from './types';

export const altchaEntries: MatrixEntry[] = [
  { kind: 'api', method: 'GET', route: '/api/v1/public/question-challenge', access: everyone, call: async () => ({ path: '/api/v1/public/question-challenge' }) },
];
