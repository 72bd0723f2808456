// The demo documents (content/documents.yaml): the resolutions the seed story cites, with a small
// generated PDF each (pdf-lib's standard font has no Vietnamese letters, so the PDF text is written
// without diacritics; the record itself keeps them), related to the seed story.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Database } from '../connect';
import * as s from '../schema';
import { numberKey, uniqueDocumentKey } from '@/lib/documents/number';
import { mediaStorage } from '@/lib/media/storage';
import { foldVietnamese } from '@/lib/search/fold';
import { slugify } from '@/lib/slug/slugify';

const day = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]);
const documentsFileSchema = z.array(
  z.strictObject({
    type: z.string().min(1),
    numberSymbol: z.string().min(1).max(60),
    issuer: z.string().min(1),
    issuedOn: day,
    effectiveOn: day.optional(),
    signerName: z.string().default(''),
    signerTitle: z.string().default(''),
    summary: z.string().min(1),
    field: z.string().default(''),
  }),
);

export type SeedDocument = z.infer<typeof documentsFileSchema>[number];

export const DEMO_DOCUMENTS_FILE = path.join(import.meta.dirname, 'content', 'documents.yaml');

export function loadDemoDocuments(file = DEMO_DOCUMENTS_FILE): SeedDocument[] {
  return documentsFileSchema.parse(parseYaml(readFileSync(file, 'utf8')));
}

const ascii = (text: string) => foldVietnamese(text).toUpperCase().replace(/[^\x20-\x7e]/g, '');

export async function demoDocumentPdf(doc: SeedDocument): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${doc.type} ${doc.numberSymbol}`);
  pdf.setCreationDate(new Date(`${doc.issuedOn}T00:00:00Z`));
  pdf.setModificationDate(new Date(`${doc.issuedOn}T00:00:00Z`));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const lines = [ascii(doc.issuer), `So ${doc.numberSymbol}`, '', ascii(doc.type), ...wrap(ascii(doc.summary), 60), '', `Ngay ${doc.issuedOn.split('-').reverse().join('/')}`, ascii(`${doc.signerTitle} ${doc.signerName}`), '', '(Ban mau cho trinh dien)'];
  lines.forEach((line, i) => page.drawText(line, { x: 60, y: 770 - i * 22, size: 13, font }));
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length > width) {
      out.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  return line ? [...out, line] : out;
}

export interface PreparedDemoDocument {
  doc: SeedDocument;
  file: { id: string; storageKey: string; bytes: number; sha256: string };
}

/** Files first, outside the transaction, under stable keys (like the demo photos). */
export async function prepareDemoDocuments(stableUuid: (name: string) => string): Promise<PreparedDemoDocument[]> {
  const storage = mediaStorage();
  const out: PreparedDemoDocument[] = [];
  for (const doc of loadDemoDocuments()) {
    const bytes = await demoDocumentPdf(doc);
    const id = stableUuid(`document:${doc.numberSymbol}:${doc.issuedOn}`);
    // The same scheme as uploads (lib/media/storage.ts DOCUMENT_KEY), stable for re-seeding.
    const storageKey = `doc/${stableUuid(`document-file:${doc.numberSymbol}:${doc.issuedOn}`)}.pdf`;
    await storage.put(storageKey, bytes);
    out.push({ doc, file: { id, storageKey, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } });
  }
  return out;
}

/** Inserts the published documents and relates them to the story that cites them. */
export async function insertDemoDocuments(tx: Database, prepared: PreparedDemoDocument[], storySlug: string): Promise<void> {
  const [story] = await tx.select({ id: s.articles.id }).from(s.articles).where(eq(s.articles.slug, storySlug));
  const types = new Map((await tx.select().from(s.documentTypes)).map((t) => [t.name, t.id]));
  for (const { doc, file } of prepared) {
    const typeId = types.get(doc.type);
    if (!typeId) throw new Error(`Unknown document type in documents.yaml: ${doc.type}`);
    const [row] = await tx
      .insert(s.documents)
      .values({
        slug: slugify(`${doc.type} ${doc.numberSymbol} ${doc.issuedOn.slice(0, 4)}`),
        status: 'published',
        typeId,
        issuer: doc.issuer,
        numberSymbol: doc.numberSymbol,
        numberKey: numberKey(doc.numberSymbol),
        uniqueKey: uniqueDocumentKey(doc.numberSymbol, doc.issuedOn, doc.issuer),
        issuedOn: doc.issuedOn,
        effectiveOn: doc.effectiveOn ?? null,
        signerName: doc.signerName,
        signerTitle: doc.signerTitle,
        summary: doc.summary,
        field: doc.field,
        searchText: foldVietnamese([doc.type, doc.numberSymbol, doc.issuer, doc.summary, doc.field, doc.signerName, doc.signerTitle].join(' ')),
        publishedAt: new Date(),
      })
      .returning({ id: s.documents.id });
    await tx.insert(s.documentFiles).values({
      id: file.id,
      documentId: row!.id,
      storageKey: file.storageKey,
      originalFilename: `${slugify(`${doc.type} ${doc.numberSymbol}`)}.pdf`,
      format: 'pdf',
      mimeType: 'application/pdf',
      byteSize: file.bytes,
      sha256: file.sha256,
    });
    if (story) await tx.insert(s.documentArticles).values({ documentId: row!.id, articleId: story.id });
  }
}
