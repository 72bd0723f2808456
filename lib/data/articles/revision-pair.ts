import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { revisions, users } from '@/db/schema';
import { suggestionAuthors } from '@/lib/content/suggestions-json';
import type { JSONContent } from '@/lib/content/types';
import type { Viewer } from '@/lib/policy/roles';
import { canReadArticle } from '@/lib/policy/workflow';
import { DataError } from '../errors';
import { isUuid } from '../ids';
import { loadArticleFacts } from './load';
import { placementOf } from './placement';
import { versionNames } from './version-names';

/** Two revisions of one article for comparison, older first. Defaults: the previous and the current one. */
export async function revisionPair(viewer: Viewer, articleId: string, a?: string, b?: string) {
  const { article, facts } = await loadArticleFacts(db, viewer, articleId);
  const decision = canReadArticle(viewer, facts);
  if (!decision.allowed) throw new DataError('forbidden', decision.message);
  // Only well-formed ids reach the query (a malformed one would fail in Postgres); otherwise the
  // latest two revisions are compared.
  const wanted = [a, b].filter((x): x is string => isUuid(x));
  const rows = await db
    .select({ revision: revisions, authorName: users.name })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.articleId, articleId), wanted.length === 2 ? inArray(revisions.id, wanted) : undefined))
    .orderBy(revisions.number);
  let pair = rows;
  if (wanted.length !== 2) {
    const current = rows.findIndex((r) => r.revision.id === article.currentRevisionId);
    pair = rows.slice(Math.max(0, current - 1), current + 1);
  }
  if (pair.length !== 2) throw new DataError('not_found', 'Cần hai phiên bản khác nhau của bài để so sánh.');
  // Placement (section, tags, authors, times) is compared too, with names, not ids.
  const [older, newer] = await Promise.all(pair.map(async (r) => ({ ...r, fields: { ...r.revision, placement: await placementOf(db, article, r.revision) } })));
  const names = await versionNames([older!.fields, newer!.fields]);
  // Who made the open suggestions of either body, for the diff's "Gợi ý đang mở" (ids from the body: checked, bounded).
  const authorIds = [...new Set([older!, newer!].flatMap((r) => [...suggestionAuthors(r.revision.body as JSONContent).values()]))].filter(isUuid).slice(0, 1_000);
  const suggestionNames: Record<string, string> = authorIds.length
    ? Object.fromEntries((await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, authorIds))).map((u) => [u.id, u.name]))
    : {};
  return { older: older!, newer: newer!, names, suggestionNames, currentRevisionId: article.currentRevisionId, version: article.version };
}
