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

export interface FormOptionLimits {
  people: number;
  documents: number;
}

const FORM_OPTION_LIMITS: FormOptionLimits = { people: 1000, documents: 500 };

/** What the editing form offers: types, people of the registry, other documents and recent stories. */
export async function documentFormOptions(viewer: Viewer, limits: FormOptionLimits = FORM_OPTION_LIMITS) {
  assertDocumentEditor(viewer);
  const [types, persons, others, stories] = await Promise.all([
    db.select({ id: documentTypes.id, name: documentTypes.name }).from(documentTypes).orderBy(asc(documentTypes.sortOrder), asc(documentTypes.name)).limit(200),
    db.select({ id: people.id, fullName: people.fullName }).from(people).orderBy(asc(people.fullName)).limit(limits.people),
    db.select({ id: documents.id, numberSymbol: documents.numberSymbol, issuer: documents.issuer, issuedOn: documents.issuedOn }).from(documents).orderBy(desc(documents.issuedOn)).limit(limits.documents),
    db.select({ id: articles.id, title: revisions.title }).from(articles).innerJoin(revisions, eq(revisions.id, articles.currentRevisionId)).orderBy(desc(articles.updatedAt)).limit(200),
  ]);
  return { types, people: persons, documents: others, articles: stories };
}

export async function documentForEditor(viewer: Viewer, id: string) {
  assertDocumentEditor(viewer);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new DataError('not_found', 'Không tìm thấy văn bản.');
  const [doc] = await db.select().from(documents).where(eq(documents.id, id));
  if (!doc) throw new DataError('not_found', 'Không tìm thấy văn bản.');
  const [files, links, incoming, stories, linkTargets, signer] = await Promise.all([
    db.select().from(documentFiles).where(eq(documentFiles.documentId, id)).orderBy(asc(documentFiles.createdAt)),
    db.select({ targetId: documentLinks.targetId, relation: documentLinks.relation }).from(documentLinks).where(eq(documentLinks.documentId, id)),
    db
      .select({ id: documents.id, numberSymbol: documents.numberSymbol, relation: documentLinks.relation })
      .from(documentLinks)
      .innerJoin(documents, eq(documents.id, documentLinks.documentId))
      .where(eq(documentLinks.targetId, id)),
    db.select({ articleId: documentArticles.articleId }).from(documentArticles).where(eq(documentArticles.documentId, id)),
    // The documents it links and its signer, whether or not they are among the form's options.
    db
      .select({ id: documents.id, numberSymbol: documents.numberSymbol, issuer: documents.issuer, issuedOn: documents.issuedOn })
      .from(documentLinks)
      .innerJoin(documents, eq(documents.id, documentLinks.targetId))
      .where(eq(documentLinks.documentId, id)),
    doc.signerPersonId ? db.select({ id: people.id, fullName: people.fullName }).from(people).where(eq(people.id, doc.signerPersonId)) : Promise.resolve([]),
  ]);
  const articleTitles = stories.length
    ? await db.select({ id: articles.id, title: revisions.title }).from(articles).innerJoin(revisions, eq(revisions.id, articles.currentRevisionId)).where(inArray(articles.id, stories.map((s) => s.articleId)))
    : [];
  const uniqueTargets = [...new Map(linkTargets.map((t) => [t.id, t])).values()];
  return { doc, files, links, incoming, articles: articleTitles, linkTargets: uniqueTargets, signer: signer[0] ?? null };
}

type FormOptions = Awaited<ReturnType<typeof documentFormOptions>>;
type EditorData = Pick<Awaited<ReturnType<typeof documentForEditor>>, 'doc' | 'linkTargets' | 'signer' | 'articles'>;

/**
 * The form's options for editing one document: its own link targets, signer and related stories
 * are always among them, even when they are not among the newest documents, the first people or the
 * recent stories. A choice missing from the options would be dropped silently by the next save.
 */
export function withEditorChoices(options: FormOptions, editor: EditorData): FormOptions {
  const missing = <T extends { id: string }>(own: T[], offered: T[]) => own.filter((o) => !offered.some((x) => x.id === o.id));
  return {
    ...options,
    documents: [...missing(editor.linkTargets.filter((t) => t.id !== editor.doc.id), options.documents), ...options.documents],
    people: [...missing(editor.signer ? [editor.signer] : [], options.people), ...options.people],
    articles: [...missing(editor.articles, options.articles), ...options.articles],
  };
}

/** documentForEditor and the options its form needs, merged. */
export async function documentEditorPage(viewer: Viewer, id: string, limits: FormOptionLimits = FORM_OPTION_LIMITS) {
  const editor = await documentForEditor(viewer, id);
  return { ...editor, options: withEditorChoices(await documentFormOptions(viewer, limits), editor) };
}
