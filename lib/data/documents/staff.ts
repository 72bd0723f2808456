import 'server-only';
import { asc, desc, eq, ilike, inArray, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, documentArticles, documentFiles, documentLinks, documents, documentTypes, people, revisions } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { assertDocumentEditor } from './shared';

const STAFF_PAGE = 100;

/** The newsroom's list: newest first, bounded; `q` filters by number or summary. */
export async function documentsForStaff(viewer: Viewer, q = '') {
  assertDocumentEditor(viewer);
  const query = q.trim().slice(0, 100);
  const rows = await db
    .select({ id: documents.id, numberSymbol: documents.numberSymbol, summary: documents.summary, issuer: documents.issuer, issuedOn: documents.issuedOn, status: documents.status, typeName: documentTypes.name, slug: documents.slug })
    .from(documents)
    .innerJoin(documentTypes, eq(documentTypes.id, documents.typeId))
    .where(query ? or(ilike(documents.numberSymbol, `%${query.replace(/[%_\\]/g, '\\$&')}%`), ilike(documents.summary, `%${query.replace(/[%_\\]/g, '\\$&')}%`)) : undefined)
    .orderBy(desc(documents.issuedOn), desc(documents.createdAt))
    .limit(STAFF_PAGE);
  return rows;
}

/** What the editing form offers: types, people of the registry, other documents and recent stories. */
export async function documentFormOptions(viewer: Viewer) {
  assertDocumentEditor(viewer);
  const [types, persons, others, stories] = await Promise.all([
    db.select({ id: documentTypes.id, name: documentTypes.name }).from(documentTypes).orderBy(asc(documentTypes.sortOrder), asc(documentTypes.name)).limit(200),
    db.select({ id: people.id, fullName: people.fullName }).from(people).orderBy(asc(people.fullName)).limit(1000),
    db.select({ id: documents.id, numberSymbol: documents.numberSymbol, issuer: documents.issuer, issuedOn: documents.issuedOn }).from(documents).orderBy(desc(documents.issuedOn)).limit(500),
    db.select({ id: articles.id, title: revisions.title }).from(articles).innerJoin(revisions, eq(revisions.id, articles.currentRevisionId)).orderBy(desc(articles.updatedAt)).limit(200),
  ]);
  return { types, people: persons, documents: others, articles: stories };
}

export async function documentForEditor(viewer: Viewer, id: string) {
  assertDocumentEditor(viewer);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new DataError('not_found', 'Không tìm thấy văn bản.');
  const [doc] = await db.select().from(documents).where(eq(documents.id, id));
  if (!doc) throw new DataError('not_found', 'Không tìm thấy văn bản.');
  const [files, links, incoming, stories] = await Promise.all([
    db.select().from(documentFiles).where(eq(documentFiles.documentId, id)).orderBy(asc(documentFiles.createdAt)),
    db.select({ targetId: documentLinks.targetId, relation: documentLinks.relation }).from(documentLinks).where(eq(documentLinks.documentId, id)),
    db
      .select({ id: documents.id, numberSymbol: documents.numberSymbol, relation: documentLinks.relation })
      .from(documentLinks)
      .innerJoin(documents, eq(documents.id, documentLinks.documentId))
      .where(eq(documentLinks.targetId, id)),
    db.select({ articleId: documentArticles.articleId }).from(documentArticles).where(eq(documentArticles.documentId, id)),
  ]);
  const articleTitles = stories.length
    ? await db.select({ id: articles.id, title: revisions.title }).from(articles).innerJoin(revisions, eq(revisions.id, articles.currentRevisionId)).where(inArray(articles.id, stories.map((s) => s.articleId)))
    : [];
  return { doc, files, links, incoming, articles: articleTitles };
}
