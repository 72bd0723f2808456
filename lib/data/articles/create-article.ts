import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleAuthors, articles, workflowEvents } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { canCreateArticle } from '@/lib/policy/workflow';
import { DataError } from '../errors';
import { insertRevision, normalizeContent, type ContentInput } from './content-input';
import { assertMediaExist } from './load';
import { assertSectionExists, freeSlug, parseMetadata, setArticleTags, type ArticleMetadata } from './metadata';

export type NewArticleInput = ContentInput & ArticleMetadata & { origin?: 'save' | 'import' };

export interface ArticleRef {
  id: string;
  slug: string;
  version: number;
  status: string;
  revisionId: string;
}

export async function createArticle(viewer: Viewer, input: NewArticleInput): Promise<ArticleRef> {
  const decision = canCreateArticle(viewer);
  if (!decision.allowed || viewer.kind !== 'user') throw new DataError('forbidden', decision.allowed ? 'Hãy đăng nhập.' : decision.message);
  const content = normalizeContent(input);
  const meta = parseMetadata(input);
  return db.transaction(async (tx) => {
    await assertMediaExist(tx, content.mediaIds);
    await assertSectionExists(tx, meta.sectionId);
    const slug = await freeSlug(tx, meta.slug || content.title);
    const [article] = await tx
      .insert(articles)
      .values({
        slug,
        kind: meta.kind ?? (content.meeting ? 'meeting_report' : 'news'),
        sectionId: meta.sectionId ?? null,
        language: meta.language ?? 'vi',
        createdBy: viewer.id,
        embargoUntil: meta.embargoUntil ? new Date(meta.embargoUntil) : null,
      })
      .returning({ id: articles.id });
    const revisionId = await insertRevision(tx, content, { articleId: article!.id, number: 1, origin: input.origin ?? 'save', authorId: viewer.id });
    await tx.update(articles).set({ currentRevisionId: revisionId }).where(eq(articles.id, article!.id));
    await tx.insert(articleAuthors).values({ articleId: article!.id, userId: viewer.id });
    if (meta.tags) await setArticleTags(tx, article!.id, meta.tags);
    await tx.insert(workflowEvents).values({ articleId: article!.id, revisionId: revisionId, actorId: viewer.id, event: 'create', toStatus: 'draft' });
    return { id: article!.id, slug, version: 1, status: 'draft', revisionId: revisionId };
  });
}
