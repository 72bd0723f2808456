// Shapes of the article API: what is sent back, and how HTML bodies enter the shared schema.
import 'server-only';
import { DataError } from '@/lib/data/errors';
import type { StaffArticle } from '@/lib/data/articles/read-article';
import { convertHtmlOffThread } from '@/lib/workers/html-to-body';
import { etagFor } from './etag';

/**
 * `bodyHtml` becomes `body` through the shared extension list (unknown markup is dropped), in the
 * CPU pool: bounded size, a time budget, and a refusal that says what could not be kept.
 */
export async function withBodyFromHtml(input: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (input.bodyHtml === undefined) return input;
  if (input.body !== undefined) throw new DataError('invalid', 'Gửi nội dung bằng một trong hai trường: body (Tiptap JSON) hoặc bodyHtml (HTML), không phải cả hai.');
  if (typeof input.bodyHtml !== 'string') throw new DataError('invalid', 'bodyHtml phải là một chuỗi HTML.');
  const converted = await convertHtmlOffThread(input.bodyHtml);
  if (!converted.ok) throw new DataError('invalid', converted.message);
  const rest: Record<string, unknown> = { ...input, body: converted.body };
  delete rest.bodyHtml;
  return rest;
}

export function articleResource(article: StaffArticle) {
  return {
    ...article,
    links: {
      self: `/api/v1/articles/${article.id}`,
      revisions: `/api/v1/articles/${article.id}/revisions`,
      events: `/api/v1/articles/${article.id}/events`,
      transitions: `/api/v1/articles/${article.id}/transitions`,
      ...(article.liveRevisionId ? { public: `/bai-viet/${article.slug}` } : {}),
    },
  };
}

export function articleResponse(article: StaffArticle, status = 200): Response {
  return Response.json(articleResource(article), {
    status,
    headers: { ETag: etagFor(article.id, article.version), 'Cache-Control': 'no-store' },
  });
}

/** The current content as a full save input, so a PATCH can change only some fields. */
export function currentContent(article: StaffArticle): Record<string, unknown> {
  return {
    title: article.title,
    sapo: article.sapo,
    body: article.body,
    byline: article.meta.byline,
    seoTitle: article.meta.seoTitle,
    seoDescription: article.meta.seoDescription,
    coverMediaId: article.meta.coverMediaId,
    correction: article.meta.correction,
    meeting: article.meeting,
  };
}
