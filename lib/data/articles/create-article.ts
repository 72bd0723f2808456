import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, workflowEvents } from '@/db/schema';
import type { Placement } from '@/lib/content/placement';
import type { Viewer } from '@/lib/policy/roles';
import { canCreateArticle } from '@/lib/policy/workflow';
import { DataError } from '../errors';
import { insertRevision, normalizeContent, type ContentInput } from './content-input';
import { assertDocumentsExist, assertMediaExist, assertOwnNewSuggestions, assertVideosExist } from './load';
import { freeSlug, parseMetadata, type ArticleMetadata } from './metadata';
import { placementWrites, requestedPlacement } from './placement';
import type { Tx } from './tx';

export type NewArticleInput = ContentInput & ArticleMetadata;

export interface ArticleRef {
  id: string;
  slug: string;
  version: number;
  status: string;
  revisionId: string;
}

/** `origin` is the server's to say (an import, or a save), never the request's. */
export async function createArticle(viewer: Viewer, input: NewArticleInput, options: { origin?: 'save' | 'import' } = {}): Promise<ArticleRef> {
  return db.transaction((tx) => createArticleIn(tx, viewer, input, options));
}

/** The same inside a caller's transaction (an assignment becomes its story in one transaction). */
export async function createArticleIn(tx: Tx, viewer: Viewer, input: NewArticleInput, options: { origin?: 'save' | 'import' } = {}): Promise<ArticleRef> {
  const decision = canCreateArticle(viewer);
  if (!decision.allowed || viewer.kind !== 'user') throw new DataError('forbidden', decision.allowed ? 'Hãy đăng nhập.' : decision.message);
  const content = normalizeContent(input);
  const meta = parseMetadata(input);
  await assertMediaExist(tx, content.mediaIds);
  await assertDocumentsExist(tx, content.documentIds);
  await assertVideosExist(tx, content.videoIds);
  assertOwnNewSuggestions(viewer.id, { type: 'doc' }, content.body);
  const slug = await freeSlug(tx, meta.slug || content.title);
  const kind = meta.kind ?? (content.meeting ? 'meeting_report' : 'news');
  const [article] = await tx.insert(articles).values({ slug, kind, createdBy: viewer.id }).returning();
  // The creator is the first author unless the request names the authors (checked like any change).
  const base: Placement = { sectionId: null, tags: [], authorIds: [viewer.id], slug, language: 'vi', kind, embargoUntil: null, scheduledUnpublishAt: null };
  const placement = await requestedPlacement(tx, article!, base, { ...meta, slug: undefined });
  const revisionId = await insertRevision(tx, content, placement, { articleId: article!.id, number: 1, origin: options.origin ?? 'save', authorId: viewer.id, changedFields: [], articleVersion: 1 });
  const writes = await placementWrites(tx, article!, placement);
  await tx.update(articles).set({ ...writes.columns, currentRevisionId: revisionId }).where(eq(articles.id, article!.id));
  await writes.after(tx);
  await tx.insert(workflowEvents).values({ articleId: article!.id, revisionId: revisionId, actorId: viewer.id, event: 'create', toStatus: 'draft' });
  return { id: article!.id, slug, version: 1, status: 'draft', revisionId: revisionId };
}
