import 'server-only';
import { cache } from 'react';
import { and, asc, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { db, preparedStatement } from '@/db/client';
import { articles, documentArticles, documentFiles, documentLinks, documents, documentTypes, revisions } from '@/db/schema';
import { RELATIONS, type DocumentRelation } from '@/lib/documents/lineage';
import { keyHasYear, parseNumberQuery } from '@/lib/documents/number';
import { effectStatus, vietnamToday, type EffectStatus } from '@/lib/documents/status';
import { filenameWithFormat } from '@/lib/media/filename';
import { foldVietnamese } from '@/lib/search/fold';
import { likeEscape } from '../folded-search';
import { isPublic } from '../public/filter';

// What readers see of the documents registry: published documents only, every list bounded.

export const DOCUMENTS_PAGE_SIZE = 20;
export const MAX_DOCUMENTS_PAGE = 500;
const MAX_QUERY = 200;

export interface DocumentFilters {
  q?: string;
  typeId?: string;
  issuer?: string;
  field?: string;
  year?: number;
  status?: EffectStatus;
  page?: number;
}

const published = () => eq(documents.status, 'published');

/** Published documents that end this one (replace or repeal it), from the day they take effect. */
const endedByDays = (today: string): SQL<boolean> => sql<boolean>`exists (
  select 1 from ${documentLinks} l join ${documents} d2 on d2.id = l.document_id
  where l.target_id = ${documents.id} and l.relation in ('replaces', 'repeals') and d2.status = 'published'
    and coalesce(d2.effective_on, d2.issued_on) <= ${today}::date)`;

/** The status of effect in SQL: the same rule as lib/documents/status.ts effectStatus(). */
function statusSql(today: string): SQL<EffectStatus> {
  return sql<EffectStatus>`case
    when (${documents.expiresOn} is not null and ${documents.expiresOn} < ${today}::date) or ${endedByDays(today)} then 'expired'
    when coalesce(${documents.effectiveOn}, ${documents.issuedOn}) > ${today}::date then 'not_yet'
    else 'in_force' end`;
}

/** Number queries ("45-NQ/TW", "nq 45") match the number key; other text matches the folded words. */
export function queryCondition(q: string): SQL | undefined {
  const query = q.trim().slice(0, MAX_QUERY);
  if (!query) return undefined;
  const number = parseNumberQuery(query);
  const words = foldVietnamese(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).slice(0, 8);
  // A number in the words matches only a whole number: "46" must not find "2146" or a word holding "46".
  const wordCondition = (w: string) =>
    /^[0-9]+$/.test(w) ? sql`${documents.searchText} ~ ${`(^|[^a-z0-9])0*${w.replace(/^0+(?=[0-9])/, '')}([^a-z0-9]|$)`}` : ilike(documents.searchText, `%${likeEscape(w)}%`);
  const wordMatch = words.length ? and(...words.map(wordCondition)) : undefined;
  if (!number) return wordMatch;
  const keyMatch = and(
    sql`(${documents.numberKey} = ${number.first} or ${documents.numberKey} like ${`${number.first}-%`})`,
    ...number.rest.map((t) => sql`('-' || ${documents.numberKey} || '-') like ${`%-${t}-%`}`),
  );
  return wordMatch ? sql`((${keyMatch}) or (${wordMatch}))` : keyMatch;
}

export interface PublicDocumentRow {
  slug: string;
  numberSymbol: string;
  typeName: string;
  issuer: string;
  issuedOn: string;
  summary: string;
  field: string;
  status: EffectStatus;
}

export async function publicDocuments(filters: DocumentFilters = {}, today = vietnamToday()): Promise<{ rows: PublicDocumentRow[]; total: number; page: number }> {
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), MAX_DOCUMENTS_PAGE);
  const status = statusSql(today);
  const where = and(
    published(),
    filters.typeId && /^[0-9a-f-]{36}$/i.test(filters.typeId) ? eq(documents.typeId, filters.typeId) : undefined,
    filters.issuer ? eq(documents.issuer, filters.issuer.slice(0, 300)) : undefined,
    filters.field ? eq(documents.field, filters.field.slice(0, 200)) : undefined,
    filters.year && filters.year > 1900 && filters.year < 2200 ? sql`extract(year from ${documents.issuedOn}) = ${filters.year}` : undefined,
    filters.status ? sql`(${status}) = ${filters.status}` : undefined,
    queryCondition(filters.q ?? ''),
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({ slug: documents.slug, numberSymbol: documents.numberSymbol, typeName: documentTypes.name, issuer: documents.issuer, issuedOn: documents.issuedOn, summary: documents.summary, field: documents.field, status })
      .from(documents)
      .innerJoin(documentTypes, eq(documentTypes.id, documents.typeId))
      .where(where)
      .orderBy(desc(documents.issuedOn), asc(documents.numberSymbol))
      .limit(DOCUMENTS_PAGE_SIZE)
      .offset((page - 1) * DOCUMENTS_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(documents).where(where),
  ]);
  return { rows, total: count?.n ?? 0, page };
}

/** The values readers can filter by (only those some published document has). */
export async function publicDocumentFacets() {
  const [types, issuers, fields, years] = await Promise.all([
    db.selectDistinct({ id: documentTypes.id, name: documentTypes.name, sortOrder: documentTypes.sortOrder }).from(documentTypes).innerJoin(documents, and(eq(documents.typeId, documentTypes.id), published())).orderBy(asc(documentTypes.sortOrder)).limit(100),
    db.selectDistinct({ issuer: documents.issuer }).from(documents).where(published()).orderBy(asc(documents.issuer)).limit(100),
    db.selectDistinct({ field: documents.field }).from(documents).where(and(published(), sql`${documents.field} <> ''`)).orderBy(asc(documents.field)).limit(100),
    db.selectDistinct({ year: sql<number>`extract(year from ${documents.issuedOn})::int` }).from(documents).where(published()).orderBy(desc(sql`1`)).limit(100),
  ]);
  return { types: types.map(({ id, name }) => ({ id, name })), issuers: issuers.map((r) => r.issuer), fields: fields.map((r) => r.field), years: years.map((r) => r.year) };
}

export interface LineageEntry {
  relation: DocumentRelation;
  /** true: the other document acts on this one ("Được sửa đổi bởi"). */
  inverse: boolean;
  slug: string;
  numberSymbol: string;
  typeName: string;
  issuedOn: string;
  summary: string;
}

/** Once per request: the page and its metadata both ask (React cache, like publicArticleBySlug). */
export const publicDocumentBySlug = cache((slug: string, today?: string) => documentBySlug(slug, today ?? vietnamToday()));

async function documentBySlug(slug: string, today: string) {
  if (!/^[a-z0-9][a-z0-9-]{0,200}$/.test(slug)) return null;
  const [doc] = await db
    .select({ doc: documents, typeName: documentTypes.name })
    .from(documents)
    .innerJoin(documentTypes, eq(documentTypes.id, documents.typeId))
    .where(and(eq(documents.slug, slug), published()));
  if (!doc) return null;
  const id = doc.doc.id;
  const other = { slug: documents.slug, numberSymbol: documents.numberSymbol, typeName: documentTypes.name, issuedOn: documents.issuedOn, summary: documents.summary, effectiveOn: documents.effectiveOn };
  const [files, outgoing, incoming, stories] = await Promise.all([
    db.select({ id: documentFiles.id, format: documentFiles.format, byteSize: documentFiles.byteSize, originalFilename: documentFiles.originalFilename }).from(documentFiles).where(eq(documentFiles.documentId, id)).orderBy(asc(documentFiles.createdAt)),
    db.select({ relation: documentLinks.relation, ...other }).from(documentLinks).innerJoin(documents, eq(documents.id, documentLinks.targetId)).innerJoin(documentTypes, eq(documentTypes.id, documents.typeId)).where(and(eq(documentLinks.documentId, id), published())).limit(100),
    db.select({ relation: documentLinks.relation, ...other }).from(documentLinks).innerJoin(documents, eq(documents.id, documentLinks.documentId)).innerJoin(documentTypes, eq(documentTypes.id, documents.typeId)).where(and(eq(documentLinks.targetId, id), published())).limit(100),
    db
      .select({ slug: articles.slug, title: revisions.title, publishedAt: articles.publishedAt })
      .from(documentArticles)
      .innerJoin(articles, eq(articles.id, documentArticles.articleId))
      .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
      .where(and(eq(documentArticles.documentId, id), isPublic()))
      .limit(20),
  ]);
  const order = (r: DocumentRelation) => RELATIONS.indexOf(r);
  const lineage: LineageEntry[] = [
    ...outgoing.map((r) => ({ ...r, inverse: false })),
    ...incoming.map((r) => ({ ...r, inverse: true })),
  ].sort((a, b) => Number(a.inverse) - Number(b.inverse) || order(a.relation) - order(b.relation) || a.issuedOn.localeCompare(b.issuedOn));
  const endedBy = incoming.filter((r) => r.relation === 'replaces' || r.relation === 'repeals').map((r) => r.effectiveOn ?? r.issuedOn);
  const d = doc.doc;
  return {
    slug: d.slug,
    typeName: doc.typeName,
    numberSymbol: d.numberSymbol,
    numberHasYear: keyHasYear(d.numberKey),
    issuer: d.issuer,
    issuedOn: d.issuedOn,
    effectiveOn: d.effectiveOn,
    expiresOn: d.expiresOn,
    signerName: d.signerName,
    signerTitle: d.signerTitle,
    summary: d.summary,
    field: d.field,
    publishedAt: d.publishedAt?.toISOString() ?? null,
    updatedAt: d.updatedAt.toISOString(),
    status: effectStatus({ issuedOn: d.issuedOn, effectiveOn: d.effectiveOn, expiresOn: d.expiresOn, endedBy }, today),
    // Files saved before names were rewritten may still carry the uploader's extension.
    files: files.map((f) => ({ ...f, originalFilename: filenameWithFormat(f.originalFilename, f.format) })),
    lineage,
    articles: stories.map((s) => ({ slug: s.slug, title: s.title, publishedAt: s.publishedAt?.toISOString() ?? null })),
  };
}

export type PublicDocument = NonNullable<Awaited<ReturnType<typeof publicDocumentBySlug>>>;

/** A file of a published document, for the download route. */
export async function publicDocumentFile(fileId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(fileId)) return null;
  const [file] = await db
    .select({ storageKey: documentFiles.storageKey, originalFilename: documentFiles.originalFilename, format: documentFiles.format })
    .from(documentFiles)
    .innerJoin(documents, eq(documents.id, documentFiles.documentId))
    .where(and(eq(documentFiles.id, fileId), published()));
  return file ? { ...file, originalFilename: filenameWithFormat(file.originalFilename, file.format) } : null;
}

/** The newest published documents for the feed, and every published one for the sitemap (bounded). */
export async function publicDocumentFeed(limit = 50) {
  return db
    .select({ slug: documents.slug, numberSymbol: documents.numberSymbol, typeName: documentTypes.name, issuer: documents.issuer, summary: documents.summary, issuedOn: documents.issuedOn, publishedAt: documents.publishedAt, updatedAt: documents.updatedAt })
    .from(documents)
    .innerJoin(documentTypes, eq(documentTypes.id, documents.typeId))
    .where(published())
    .orderBy(desc(documents.publishedAt))
    .limit(Math.min(limit, 50_000));
}

// Prepared (db/client.ts): every story page asks, most of them to find none.
const documentsOfArticle = preparedStatement('reader_documents_of_article', 'primary', (db) =>
  db
    .select({ slug: documents.slug, numberSymbol: documents.numberSymbol, typeName: documentTypes.name, issuedOn: documents.issuedOn, summary: documents.summary })
    .from(documentArticles)
    .innerJoin(documents, eq(documents.id, documentArticles.documentId))
    .innerJoin(documentTypes, eq(documentTypes.id, documents.typeId))
    .where(and(eq(documentArticles.articleId, sql.placeholder('id')), published()))
    .orderBy(asc(documents.issuedOn))
    .limit(20),
);

/** Published documents related to a story, for its page. */
export async function publicDocumentsOfArticle(articleId: string) {
  return documentsOfArticle().execute({ id: articleId });
}

export const publicDocumentSlugs = (ids: string[]) => (ids.length ? db.select({ slug: documents.slug }).from(documents).where(and(inArray(documents.id, ids), published())) : Promise.resolve([]));
