import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleAuthors, articles, revisions, workflowEvents } from '@/db/schema';
import { CONTENT_SCHEMA_VERSION } from '@/lib/content/schema';
import type { Viewer } from '@/lib/policy/roles';
import { canCreateArticle } from '@/lib/policy/workflow';
import { DataError } from '../errors';
import { normalizeContent, type ContentInput } from './content-input';
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
        createdBy: viewer.id,
        embargoUntil: meta.embargoUntil ? new Date(meta.embargoUntil) : null,
      })
      .returning({ id: articles.id });
    const [revision] = await tx
      .insert(revisions)
      .values({
        articleId: article!.id,
        number: 1,
        title: content.title,
        sapo: content.sapo,
        body: content.body,
        schemaVersion: CONTENT_SCHEMA_VERSION,
        meta: content.meta,
        meeting: content.meeting,
        contentHash: content.hash,
        origin: input.origin ?? 'save',
        authorId: viewer.id,
      })
      .returning({ id: revisions.id });
    await tx.update(articles).set({ currentRevisionId: revision!.id }).where(eq(articles.id, article!.id));
    await tx.insert(articleAuthors).values({ articleId: article!.id, userId: viewer.id });
    if (meta.tags) await setArticleTags(tx, article!.id, meta.tags);
    await tx.insert(workflowEvents).values({ articleId: article!.id, revisionId: revision!.id, actorId: viewer.id, event: 'create', toStatus: 'draft' });
    return { id: article!.id, slug, version: 1, status: 'draft', revisionId: revision!.id };
  });
}
