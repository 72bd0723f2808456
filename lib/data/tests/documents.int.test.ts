// The documents registry (văn bản) against a real PostgreSQL and a temporary media store: fields,
// number normalisation, lineage rules and every refusal, each leaving nothing half saved.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { mediaLimits } from '@/lib/media/limits';
import { serveStoredFile } from '@/lib/media/serve';
import { DOCUMENT_KEY, LocalDiskStorage } from '@/lib/media/storage';
import { minimalPdf, pdfWithJavaScript, photoPng } from '@/lib/media/testing/fixtures';
import { ANONYMOUS, type Role, type Viewer } from '@/lib/policy/roles';
import { sampleDocx } from '../articles/tests/docx-fixture';
import { createDocument, updateDocument } from '../documents/save';
import { createDocumentType, setDocumentPublished } from '../documents/publish';
import { documentEditorPage, documentForEditor } from '../documents/staff';
import { publicDocumentBySlug, publicDocumentFile, publicDocuments } from '../documents/public';
import { DataError } from '../errors';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 4 });
const run = crypto.randomUUID().slice(0, 8);
const viewers = {} as Record<'reporter' | 'editor' | 'admin', Viewer & { kind: 'user' }>;
let sandbox = '';
let storage: LocalDiskStorage;
let storeDir = '';
let typeId = '';
let decisionTypeId = '';
// A year of its own per run, so Party-style numbers (unique per year) never meet an earlier run's.
const year = 2100 + Math.floor(Math.random() * 90);
const issuer = `Ban Chấp hành Trung ương ${run}`;

beforeAll(async () => {
  for (const [key, roles] of Object.entries({ reporter: ['reporter'], editor: ['editor'], admin: ['admin'] }) as Array<[keyof typeof viewers, Role[]]>) {
    const [user] = await db.insert(s.users).values({ email: `vb-${key}-${run}@test.vn`, name: `Người ${key} ${run}`, roles }).returning();
    viewers[key] = { kind: 'user', id: user!.id, roles };
  }
  const types = await db.select().from(s.documentTypes);
  typeId = types.find((t) => t.name === 'Nghị quyết')!.id;
  decisionTypeId = types.find((t) => t.name === 'Quyết định')!.id;
  sandbox = await mkdtemp(path.join(tmpdir(), 'documents-int-'));
  storeDir = path.join(sandbox, 'store');
  storage = new LocalDiskStorage(storeDir);
});

afterAll(async () => {
  await pool.end();
  if (sandbox) await rm(sandbox, { recursive: true, force: true });
});

const options = (limits = mediaLimits({})) => ({ storage, limits });
const base = (over: Record<string, unknown> = {}) => ({
  typeId,
  issuer,
  numberSymbol: `45-NQ/TW`,
  issuedOn: `${year}-01-24`,
  effectiveOn: '',
  expiresOn: '',
  signerName: 'Nguyễn Phú Trọng',
  signerTitle: 'Tổng Bí thư',
  summary: `Về xây dựng và phát huy vai trò của đội ngũ trí thức ${run}`,
  field: 'Khoa học, công nghệ',
  ...over,
});

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

const countOf = async (numberSymbol: string) => Number((await db.select({ n: sql<number>`count(*)` }).from(s.documents).where(eq(s.documents.numberSymbol, numberSymbol)))[0]!.n);

describe('documents registry', () => {
  let resolutionId = '';
  let resolutionSlug = '';

  it('stores the fields, the normalised number, a PDF and a DOCX, and audits the creation', async () => {
    const doc = await createDocument(viewers.editor, base({ effectiveOn: `${year}-01-24` }), [
      { bytes: minimalPdf(), filename: 'nghi-quyet-45.pdf' },
      // A Word file named as a macro document: stored, shown and downloaded as .docx.
      { bytes: await sampleDocx(), filename: 'nghi-quyet-45.docm' },
    ], options());
    resolutionId = doc.id;
    resolutionSlug = doc.slug;
    expect(doc.status).toBe('draft');
    expect(doc.numberKey).toBe('45-nq-tw');
    expect(doc.uniqueKey).toBe(`45-nq-tw@${year}|ban chap hanh trung uong ${run}`);
    expect(doc.searchText).toContain('doi ngu tri thuc');
    const files = await db.select().from(s.documentFiles).where(eq(s.documentFiles.documentId, doc.id));
    expect(files.map((f) => f.format).sort()).toEqual(['docx', 'pdf']);
    expect(files.map((f) => f.originalFilename).sort()).toEqual(['nghi-quyet-45.docx', 'nghi-quyet-45.pdf']);
    // Under doc/, with a random uuid that is not the file's public id (lib/media/storage.ts DOCUMENT_KEY).
    expect(files.every((f) => DOCUMENT_KEY.test(f.storageKey) && !f.storageKey.includes(f.id))).toBe(true);
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, doc.id));
    expect(audit.map((a) => a.action)).toEqual(['document.created']);
    expect(audit[0]!.actorId).toBe(viewers.editor.id);
  });

  it('keeps drafts from readers and shows them once published', async () => {
    expect(await publicDocumentBySlug(resolutionSlug)).toBeNull();
    // A draft's files: neither the download route nor the generic /media/<key> route serves them.
    const draftFiles = await db.select().from(s.documentFiles).where(eq(s.documentFiles.documentId, resolutionId));
    for (const f of draftFiles) {
      expect(await publicDocumentFile(f.id)).toBeNull();
      expect((await serveStoredFile(storage, f.storageKey)).status).toBe(404);
      expect((await serveStoredFile(storage, f.storageKey, { kind: 'document' })).status).toBe(200);
    }
    const [row] = await db.select({ version: s.documents.version }).from(s.documents).where(eq(s.documents.id, resolutionId));
    await setDocumentPublished(viewers.editor, resolutionId, row!.version, true);
    const shown = await publicDocumentBySlug(resolutionSlug, `${year}-06-01`);
    expect(shown?.numberSymbol).toBe('45-NQ/TW');
    expect(shown?.status).toBe('in_force');
    expect(shown?.files).toHaveLength(2);
    expect(await publicDocumentFile(shown!.files[0]!.id)).not.toBeNull();
  });

  it('finds a document by its number written every way and by words without diacritics', async () => {
    for (const q of ['45-NQ/TW', '45/NQ-TW', 'nq 45', '45 nq tw', 'NQ45']) {
      const found = await publicDocuments({ q, issuer });
      expect(found.rows.map((r) => r.slug), q).toContain(resolutionSlug);
    }
    expect((await publicDocuments({ q: 'doi ngu tri thuc', issuer })).rows.map((r) => r.slug)).toContain(resolutionSlug);
    expect((await publicDocuments({ q: 'đội ngũ trí thức', issuer })).rows.map((r) => r.slug)).toContain(resolutionSlug);
    expect((await publicDocuments({ q: '46-NQ/TW', issuer })).rows).toHaveLength(0);
    // A number is a whole number: "4" is not the "4" inside "45-NQ/TW" (nor inside the run's hex id).
    expect((await publicDocuments({ q: '4-NQ/TW', issuer })).rows).toHaveLength(0);
    expect((await publicDocuments({ q: 'nghi quyet 4', issuer })).rows).toHaveLength(0);
    expect((await publicDocuments({ q: 'nghi quyet 045', issuer })).rows.map((r) => r.slug)).toContain(resolutionSlug);
    expect((await publicDocuments({ q: '45-QĐ/TW', issuer })).rows).toHaveLength(0);
  });

  it('refuses a duplicate number, symbol and issuer, naming the existing document, and saves nothing', async () => {
    const before = await countOf('45/NQ-TW');
    const error = await refusal(createDocument(viewers.editor, base({ numberSymbol: '45/NQ-TW' }), [{ bytes: minimalPdf(), filename: 'lai.pdf' }], options()));
    expect(error.code).toBe('conflict');
    expect(error.userMessage).toContain('45-NQ/TW');
    expect(error.userMessage).toContain('đã có trong danh mục');
    expect(error.details?.existingId).toBe(resolutionId);
    expect(await countOf('45/NQ-TW')).toBe(before);
    // The file written before the refusal was removed again.
    expect((await filesUnder(storeDir)).length).toBe(2);
    // The same number in another year is another document (Party numbering restarts each term).
    const other = await createDocument(viewers.editor, base({ issuedOn: `${year + 1}-03-01` }), [], options());
    expect(other.uniqueKey).toContain(`@${year + 1}`);
  });

  it('refuses an end of effect before the effective date', async () => {
    const error = await refusal(createDocument(viewers.editor, base({ numberSymbol: '1/2099/NĐ-CP', effectiveOn: `${year}-03-01`, expiresOn: `${year}-02-01` }), [], options()));
    expect(error.code).toBe('invalid');
    expect(error.userMessage).toContain('Ngày hết hiệu lực');
    expect(error.userMessage).toContain('phải sau ngày có hiệu lực');
    expect(await countOf('1/2099/NĐ-CP')).toBe(0);
  });

  it('refuses files that are not PDF or DOCX, unsafe PDFs and files over the limit, saving nothing', async () => {
    const png = await refusal(createDocument(viewers.editor, base({ numberSymbol: '2-NQ/TW' }), [{ bytes: await photoPng(), filename: 'anh.pdf' }], options()));
    expect(png.userMessage).toContain('chỉ nhận tệp PDF hoặc Word (DOCX)');
    const script = await refusal(createDocument(viewers.editor, base({ numberSymbol: '2-NQ/TW' }), [{ bytes: pdfWithJavaScript(), filename: 'ma.pdf' }], options()));
    expect(script.userMessage).toContain('JavaScript');
    const big = await refusal(
      createDocument(viewers.editor, base({ numberSymbol: '2-NQ/TW' }), [{ bytes: minimalPdf(), filename: 'ok.pdf' }, { bytes: minimalPdf('% '.repeat(4000)), filename: 'lon.pdf' }], options(mediaLimits({ MEDIA_MAX_DOCUMENT_MB: '0.005' }))),
    );
    expect(big.userMessage).toContain('Tệp quá lớn');
    expect(big.userMessage).toContain('lon.pdf');
    expect(await countOf('2-NQ/TW')).toBe(0);
    expect((await filesUnder(storeDir)).length).toBe(2);
  });

  it('keeps lineage: an amending decision shows on both pages; self links and replacement circles are refused', async () => {
    const amending = await createDocument(
      viewers.editor,
      base({ typeId: decisionTypeId, numberSymbol: '247-QĐ/TW', issuedOn: `${year}-05-01`, summary: `Sửa đổi Nghị quyết 45 ${run}`, links: [{ targetId: resolutionId, relation: 'amends' }] }),
      [],
      options(),
    );
    await setDocumentPublished(viewers.editor, amending.id, amending.version, true);
    const shown = await publicDocumentBySlug(resolutionSlug, `${year}-06-01`);
    expect(shown?.lineage).toEqual([expect.objectContaining({ relation: 'amends', inverse: true, numberSymbol: '247-QĐ/TW' })]);
    expect(shown?.status).toBe('in_force');

    const [current] = await db.select().from(s.documents).where(eq(s.documents.id, resolutionId));
    const self = await refusal(updateDocument(viewers.editor, resolutionId, current!.version, base({ effectiveOn: `${year}-01-24`, links: [{ targetId: resolutionId, relation: 'replaces' }] }), [], options()));
    expect(self.userMessage).toContain('chính nó');

    // A replaces B (published, in effect): B is no longer in force; then B replacing A closes a circle.
    const b = await createDocument(viewers.editor, base({ numberSymbol: '3-NQ/TW', summary: `Văn bản B ${run}` }), [], options());
    await setDocumentPublished(viewers.editor, b.id, b.version, true);
    const a = await createDocument(viewers.editor, base({ numberSymbol: '4-NQ/TW', issuedOn: `${year}-02-01`, summary: `Văn bản A ${run}`, links: [{ targetId: b.id, relation: 'replaces' }] }), [], options());
    await setDocumentPublished(viewers.editor, a.id, a.version, true);
    expect((await publicDocumentBySlug(b.slug, `${year}-06-01`))?.status).toBe('expired');
    expect((await publicDocuments({ issuer, status: 'expired' }, `${year}-06-01`)).rows.map((r) => r.slug)).toEqual([b.slug]);
    const [bNow] = await db.select().from(s.documents).where(eq(s.documents.id, b.id));
    const cycle = await refusal(updateDocument(viewers.editor, b.id, bNow!.version, base({ numberSymbol: '3-NQ/TW', summary: `Văn bản B ${run}`, links: [{ targetId: a.id, relation: 'replaces' }] }), [], options()));
    expect(cycle.userMessage).toContain('vòng tròn');
    expect(await db.select().from(s.documentLinks).where(eq(s.documentLinks.documentId, b.id))).toHaveLength(0);
  });

  it('filters by type, year and status of effect', async () => {
    const decisions = await publicDocuments({ issuer, typeId: decisionTypeId });
    expect(decisions.rows.map((r) => r.numberSymbol)).toEqual(['247-QĐ/TW']);
    expect((await publicDocuments({ issuer, year: year + 1 })).rows).toHaveLength(0); // the other year's copy is a draft
    expect((await publicDocuments({ issuer, status: 'not_yet' }, `${year}-01-01`)).rows.length).toBeGreaterThan(0);
  });

  it('refuses staff who may not edit documents, and non-admins the list of types', async () => {
    expect((await refusal(createDocument(viewers.reporter, base({ numberSymbol: '9-NQ/TW' }), [], options()))).code).toBe('forbidden');
    expect((await refusal(createDocument(ANONYMOUS, base({ numberSymbol: '9-NQ/TW' }), [], options()))).code).toBe('unauthenticated');
    expect((await refusal(createDocumentType(viewers.editor, 'Thông tư'))).code).toBe('forbidden');
    await createDocumentType(viewers.admin, `Thông tư ${run}`);
    expect((await refusal(createDocumentType(viewers.admin, `thông tư ${run}`))).code).toBe('conflict');
  });

  it('offers a document\'s own link targets and signer in its edit form, even beyond the form\'s option lists', async () => {
    const [person] = await db.insert(s.people).values({ slug: `nguoi-ky-${run}`, fullName: `Người ký ${run}` }).returning();
    const doc = await createDocument(
      viewers.editor,
      base({ typeId: decisionTypeId, numberSymbol: '300-QĐ/TW', issuedOn: `${year}-07-01`, summary: `Hướng dẫn Nghị quyết 45 ${run}`, signerPersonId: person!.id, links: [{ targetId: resolutionId, relation: 'guides' }] }),
      [],
      options(),
    );
    const editor = await documentForEditor(viewers.editor, doc.id);
    expect(editor.linkTargets.map((t) => t.id)).toEqual([resolutionId]);
    expect(editor.signer).toEqual({ id: person!.id, fullName: `Người ký ${run}` });
    // As if there were 500 newer documents and 1000 people before this one's: the form still offers
    // them, so saving it unchanged keeps the link and the signer.
    const page = await documentEditorPage(viewers.editor, doc.id, { documents: 0, people: 0 });
    expect(page.options.documents.map((d) => d.id)).toEqual([resolutionId]);
    expect(page.options.people.map((p) => p.id)).toEqual([person!.id]);
    const offered = new Set(page.options.documents.map((d) => d.id));
    const kept = page.links.filter((l) => offered.has(l.targetId));
    await updateDocument(viewers.editor, doc.id, page.doc.version, base({ typeId: decisionTypeId, numberSymbol: '300-QĐ/TW', issuedOn: `${year}-07-01`, summary: `Hướng dẫn Nghị quyết 45 ${run}`, signerPersonId: page.options.people.some((p) => p.id === page.doc.signerPersonId) ? page.doc.signerPersonId : '', links: kept }), [], options());
    expect(await db.select({ targetId: s.documentLinks.targetId }).from(s.documentLinks).where(eq(s.documentLinks.documentId, doc.id))).toEqual([{ targetId: resolutionId }]);
    expect((await db.select({ p: s.documents.signerPersonId }).from(s.documents).where(eq(s.documents.id, doc.id)))[0]!.p).toBe(person!.id);
  });

  it('refuses an edit made on a stale version', async () => {
    const error = await refusal(updateDocument(viewers.editor, resolutionId, 1, base({ effectiveOn: `${year}-01-24` }), [], options()));
    expect(error.code).toBe('conflict');
  });
});
