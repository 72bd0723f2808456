import 'server-only';
import { inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { decideSuggestion as decideOnBody, isSuggestionId, listSuggestions, type Suggestion } from '@/lib/content/suggestions';
import type { JSONContent } from '@/lib/content/types';
import type { Viewer } from '@/lib/policy/roles';
import { saveArticle, withBody, workingRevision, type SaveResult } from '../articles/save-article';
import type { Executor } from '../articles/tx';
import { DataError } from '../errors';
import { isUuid } from '../ids';
import { threadReader } from '../threads/access';

export interface SuggestionView extends Suggestion {
  authorName: string | null;
}

const notFound = () => new DataError('not_found', 'Không tìm thấy gợi ý này trong bản đang soạn của bài (có thể đã được xử lý).');

async function working(tx: Executor, articleId: string) {
  const row = await workingRevision(tx, articleId);
  if (!row) throw new DataError('not_found', 'Không tìm thấy bài viết.');
  return row;
}

async function withNames(tx: Executor, list: Suggestion[]): Promise<SuggestionView[]> {
  const ids = [...new Set(list.map((s) => s.authorId).filter((id): id is string => !!id && isUuid(id)))];
  const names = ids.length ? await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)) : [];
  return list.map((s) => ({ ...s, authorName: names.find((n) => n.id === s.authorId?.toLowerCase())?.name ?? null }));
}

/** Open suggestions of the working copy, in document order: whoever may read the story may read them. */
export async function listArticleSuggestions(viewer: Viewer, articleId: string): Promise<SuggestionView[]> {
  await threadReader(db, viewer, articleId);
  const row = await working(db, articleId);
  return withNames(db, listSuggestions(row.revision.body as JSONContent));
}

/**
 * Accepts or rejects one suggestion on the stored working copy and saves the result as a new revision
 * through the ordinary save (same policy as editing the draft, same version check: a `baseVersion`
 * older than the story's is a conflict). The audit trail records who decided what.
 */
export async function decideArticleSuggestion(
  viewer: Viewer,
  articleId: string,
  suggestionId: string,
  decision: 'accept' | 'reject',
  baseVersion?: number,
): Promise<SaveResult> {
  if (!isUuid(articleId)) throw new DataError('not_found', 'Không tìm thấy bài viết.');
  if (!isSuggestionId(suggestionId)) throw notFound();
  if (baseVersion !== undefined && !Number.isInteger(baseVersion)) throw new DataError('invalid', 'Phiên bản gốc (baseVersion) phải là số nguyên.');
  const row = await working(db, articleId);
  const body = row.revision.body as JSONContent;
  const suggestion = listSuggestions(body).find((s) => s.id === suggestionId.toLowerCase() || s.id === suggestionId);
  if (!suggestion) {
    // Someone who may not read the story learns nothing from a "not found" of a suggestion.
    await threadReader(db, viewer, articleId);
    throw notFound();
  }
  const decided = decideOnBody(body, suggestion.id, decision);
  if (!decided.ok) throw notFound();
  const old = row.revision;
  return saveArticle(
    viewer,
    articleId,
    withBody(old, decided.body, baseVersion ?? row.version),
    {
      origin: 'suggestion',
      suggestion: { id: suggestion.id, decision, kind: suggestion.kind, authorId: suggestion.authorId, text: (suggestion.inserted || suggestion.deleted).slice(0, 500) },
    },
  );
}

/** The sign-off waits for every suggestion: refused while any is open in the working copy, counted. */
export async function assertSuggestionsDecided(tx: Executor, articleId: string): Promise<void> {
  const row = await working(tx, articleId);
  const open = listSuggestions(row.revision.body as JSONContent);
  if (open.length === 0) return;
  const first = open[0]!;
  const text = first.inserted || first.deleted;
  const quote = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  throw new DataError('invalid', `Còn ${open.length} gợi ý chưa xử lý: hãy chấp nhận hoặc từ chối hết (hoặc trả bài để người viết xử lý) rồi mới duyệt. Gợi ý đầu tiên: «${quote}».`, {
    reason: 'open_suggestions',
    openSuggestions: open.length,
    firstSuggestionId: first.id,
    firstSuggestionUrl: `/toa-soan/bai-viet/${articleId}#goi-y-${first.id}`,
  });
}
