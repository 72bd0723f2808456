// Rows for the document cards of the story editor (issue #21): searching the published documents
// to embed, and reading one card back. Staff who write stories may; administrators do not write.
import { eq } from 'drizzle-orm';
import * as s from '../../../db/schema';
import { withE2eDb } from '../../fixtures/db';
import { only, type MatrixEntry } from './types';

const TOOLS = 'app/(newsroom)/toa-soan/bai-viet/editor-tools-actions.ts';
const WRITERS = only('reporter', 'editor', 'leader');

async function anyDocumentId(): Promise<string> {
  const [row] = await withE2eDb((db) => db.select({ id: s.documents.id }).from(s.documents).where(eq(s.documents.status, 'published')).limit(1));
  return row?.id ?? crypto.randomUUID();
}

export const g1Entries: MatrixEntry[] = [
  { kind: 'action', file: TOOLS, name: 'searchDocumentsForStoryAction', access: WRITERS, args: async () => ['nghị quyết'] },
  { kind: 'action', file: TOOLS, name: 'documentCardsForEditorAction', access: WRITERS, args: async () => [[await anyDocumentId()]] },
];
