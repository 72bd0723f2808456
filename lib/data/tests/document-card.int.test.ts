// Document cards against a real PostgreSQL: saves refuse ids the registry does not have; readers'
// cards hold published documents only; the editor's search is bounded and for writers; a document
// change finds the stories whose live revision embeds it.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { numberKey, uniqueDocumentKey } from '@/lib/documents/number';
import type { Role, Viewer } from '@/lib/policy/roles';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DocumentCardView } from '@/lib/content/document-card';
import type { JSONContent } from '@/lib/content/types';
import { renderBody } from '@/lib/content/render';
import { createArticle } from '../articles/create-article';
import { setDocumentPublished } from '../documents/publish';
import { publicArticleBySlug } from '../public/articles';
import { staffPreview } from '../tokens/preview-links';
import { documentCardMap, documentCardsForEditor, embeddableDocuments, storiesEmbeddingDocument } from '../documents/cards';
import { relatedIds } from '../documents/save';
import { DataError } from '../errors';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
const run = crypto.randomUUID().slice(0, 8);
const viewers = {} as Record<'reporter' | 'admin' | 'editor', Viewer & { kind: 'user' }>;

beforeAll(async () => {
  for (const [key, roles] of [['reporter', ['reporter']], ['admin', ['admin']], ['editor', ['editor']]] as Array<[keyof typeof viewers, Role[]]>) {
    const [user] = await db.insert(s.users).values({ email: `doccard-${key}-${run}@test.vn`, name: `Người ${key} ${run}`, roles }).returning();
    viewers[key] = { kind: 'user', id: user!.id, roles };
  }
});

afterAll(async () => {
  await pool.end();
});

async function document(status: 'draft' | 'published', numberSymbol: string) {
  const [type] = await db.select({ id: s.documentTypes.id }).from(s.documentTypes).limit(1);
  const typeId = type?.id ?? (await db.insert(s.documentTypes).values({ name: `Quyết định ${run}`, sortOrder: 1 }).returning())[0]!.id;
  const [doc] = await db
    .insert(s.documents)
    .values({
      slug: `the-van-ban-${crypto.randomUUID()}`,
      status,
      typeId,
      issuer: `Ban thử ${run}`,
      numberSymbol,
      numberKey: numberKey(numberSymbol),
      uniqueKey: uniqueDocumentKey(numberSymbol, '2025-03-07', `Ban thử ${run}`),
      issuedOn: '2025-03-07',
      summary: `Quy chế thử ${run}`,
      searchText: `quy che thu ${run}`,
    })
    .returning();
  const fileId = crypto.randomUUID();
  await db.insert(s.documentFiles).values({ id: fileId, documentId: doc!.id, storageKey: `doc/${fileId}.pdf`, originalFilename: 'quy-che.pdf', format: 'pdf', mimeType: 'application/pdf', byteSize: 2048, sha256: '0'.repeat(64) });
  return { id: doc!.id, fileId };
}

const html = (body: JSONContent, documents: Map<string, DocumentCardView> | undefined) => renderToStaticMarkup(renderBody(body, { media: new Map(), documents }) as ReactElement);
const cardBody = (documentId: string) => ({ type: 'doc', content: [{ type: 'documentCard', attrs: { documentId } }] });

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('document cards', () => {
  it('load published documents only, with their files; draft ones are absent', async () => {
    const n = Math.floor(Math.random() * 1e6);
    const shown = await document('published', `${n}/QĐ-TH`);
    const hidden = await document('draft', `${n + 1}/QĐ-TH`);
    const map = await documentCardMap([shown.id, hidden.id, 'not-an-id']);
    expect([...map.keys()]).toEqual([shown.id]);
    expect(map.get(shown.id)).toMatchObject({ numberSymbol: `${n}/QĐ-TH`, issuedOn: '2025-03-07', files: [{ id: shown.fileId, format: 'pdf', originalFilename: 'quy-che.pdf' }] });
  });

  it('are read back for the editor all at once: every card of a body in one call, with whether readers see it', async () => {
    const n = Math.floor(Math.random() * 1e6);
    const shown = await document('published', `${n}/QĐ-SOAN`);
    const hidden = await document('draft', `${n + 1}/QĐ-SOAN`);
    const cards = await documentCardsForEditor(viewers.reporter, [hidden.id, shown.id, shown.id, crypto.randomUUID(), 'not-an-id']);
    expect(cards.map((c) => [c.id, c.numberSymbol, c.published]).sort()).toEqual(
      [
        [shown.id, `${n}/QĐ-SOAN`, true],
        [hidden.id, `${n + 1}/QĐ-SOAN`, false],
      ].sort(),
    );
    expect((await refusal(documentCardsForEditor(viewers.admin, [shown.id]))).code).toBe('forbidden');
  });

  it('are refused at save when the registry has no such document', async () => {
    const error = await refusal(createArticle(viewers.reporter, { title: `Thẻ sai ${run}`, body: cardBody(crypto.randomUUID()) }));
    expect(error.code).toBe('invalid');
    expect(error.userMessage).toContain('không có trong danh mục văn bản');
  });

  it('are found by number for writers only, a few at most', async () => {
    const n = Math.floor(Math.random() * 1e6);
    const doc = await document('published', `${n}/QĐ-TIM`);
    await document('draft', `${n}/QĐ-NHAP`);
    const found = await embeddableDocuments(viewers.reporter, `${n}`);
    expect(found.map((d) => d.id)).toEqual([doc.id]);
    expect((await refusal(embeddableDocuments(viewers.admin, `${n}`))).code).toBe('forbidden');
  });

  it('name the stories whose live revision embeds the document, so a change revalidates them', async () => {
    const doc = await document('published', `${Math.floor(Math.random() * 1e6)}/QĐ-BV`);
    const ref = await createArticle(viewers.reporter, { title: `Bài có thẻ ${run}`, body: cardBody(doc.id) });
    expect(await storiesEmbeddingDocument(doc.id)).toEqual([]); // a draft: readers see nothing of it yet
    await db.update(s.articles).set({ liveRevisionId: ref.revisionId }).where(eq(s.articles.id, ref.id));
    expect(await storiesEmbeddingDocument(doc.id)).toEqual([ref.id]);
    expect((await relatedIds(doc.id)).articles).toContain(ref.id);
  });

  it('on a reader page show a document only while it is published: withdrawn, its number, summary and file link are gone at the next render', async () => {
    const n = Math.floor(Math.random() * 1e6);
    const doc = await document('published', `${n}/QĐ-RUT`);
    const draft = await document('draft', `${n}/QĐ-NHAP`);
    const body = { type: 'doc', content: [cardBody(doc.id).content[0]!, cardBody(draft.id).content[0]!, { type: 'paragraph', content: [{ type: 'text', text: 'Hết' }] }] };
    const ref = await createArticle(viewers.reporter, { title: `Bài có thẻ rút ${run}`, body });
    await db.update(s.articles).set({ status: 'published', liveRevisionId: ref.revisionId, publishedAt: new Date() }).where(eq(s.articles.id, ref.id));
    const readerHtml = async () => {
      const page = await publicArticleBySlug(ref.slug);
      if (page.found !== 'article') throw new Error(page.found);
      return html(page.article.body, page.article.documents);
    };
    const before = await readerHtml();
    expect(before).toContain(`Số ${n}/QĐ-RUT`);
    expect(before).toContain(`/van-ban/tep/${doc.fileId}`);
    // A draft document never shows, on the reader page or in a preview shared outside the newsroom.
    const preview = await staffPreview(viewers.reporter, ref.id);
    for (const out of [before, html(preview.body, preview.documents)]) {
      expect(out).not.toContain(`${n}/QĐ-NHAP`);
      expect(out).not.toContain(draft.fileId);
    }

    const [row] = await db.select({ version: s.documents.version }).from(s.documents).where(eq(s.documents.id, doc.id));
    await setDocumentPublished(viewers.editor, doc.id, row!.version, false);
    const after = await readerHtml();
    expect(after).not.toContain(`${n}/QĐ-RUT`);
    expect(after).not.toContain(doc.fileId);
    expect(after).not.toContain(`Quy chế thử ${run}`);
    expect(after).toBe('<p>Hết</p>');
  });
});

