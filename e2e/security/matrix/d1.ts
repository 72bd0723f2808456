// Rows for the documents registry (văn bản): its newsroom pages and server actions. Editors,
// leaders and admins draft and publish documents; only admins add types; reporters and visitors
// are refused (lib/policy/can.ts 'document.edit', 'document.types').
import { eq } from 'drizzle-orm';
import * as s from '../../../db/schema';
import { numberKey, uniqueDocumentKey } from '../../../lib/documents/number';
import { withE2eDb } from '../../fixtures/db';
import { only, type MatrixEntry } from './types';

const FILE = 'app/(newsroom)/toa-soan/van-ban/actions.ts';
const EDITORS = only('editor', 'leader', 'admin');
const decoded = (location: string) => decodeURIComponent(location.replace(/\+/g, ' '));
const signIn = (location: string) => location.includes('/toa-soan/dang-nhap');
/** The small forms redirect back with ?ok= when done, or ?loi= with the refusal. */
const outcome = (location: string) =>
  decoded(location).includes('?ok=') ? 'allowed' : signIn(location) || /Chỉ (biên tập viên|quản trị viên)/.test(decoded(location)) ? 'denied' : 'unclear';

async function typeId(): Promise<string> {
  const [row] = await withE2eDb((db) => db.select({ id: s.documentTypes.id }).from(s.documentTypes).where(eq(s.documentTypes.name, 'Quyết định')));
  return row!.id;
}

/** A fresh text of a document no other call uses (its own number). */
async function fields(): Promise<Record<string, string>> {
  const n = Math.floor(Math.random() * 1e9);
  return { typeId: await typeId(), issuer: 'Ban Ma trận', numberSymbol: `${n}/QĐ-MT`, issuedOn: '2024-03-01', summary: `Văn bản ma trận ${n}`, field: 'Kiểm thử' };
}

/** A draft document straight in the database, with one stored-file row. */
async function draft(status: 'draft' | 'published' = 'draft'): Promise<{ id: string; version: number; fileId: string }> {
  const f = await fields();
  return withE2eDb(async (db) => {
    const [doc] = await db
      .insert(s.documents)
      .values({
        slug: `ma-tran-${crypto.randomUUID()}`,
        status,
        typeId: f.typeId!,
        issuer: f.issuer!,
        numberSymbol: f.numberSymbol!,
        numberKey: numberKey(f.numberSymbol!),
        uniqueKey: uniqueDocumentKey(f.numberSymbol!, f.issuedOn!, f.issuer!),
        issuedOn: f.issuedOn!,
        summary: f.summary!,
        searchText: 'van ban ma tran',
      })
      .returning();
    const id = crypto.randomUUID();
    const [file] = await db
      .insert(s.documentFiles)
      .values({ id, documentId: doc!.id, storageKey: `${id.slice(0, 2)}/${id}.pdf`, originalFilename: 'ma-tran.pdf', format: 'pdf', mimeType: 'application/pdf', byteSize: 10, sha256: '0'.repeat(64) })
      .returning();
    return { id: doc!.id, version: doc!.version, fileId: file!.id };
  });
}

export const d1Entries: MatrixEntry[] = [
  { kind: 'page', route: '/toa-soan/van-ban', access: EDITORS },
  { kind: 'page', route: '/toa-soan/van-ban/moi', access: EDITORS },
  { kind: 'page', route: '/toa-soan/van-ban/[id]', access: EDITORS, path: async () => `/toa-soan/van-ban/${(await draft()).id}` },
  // The editing form posts FormData with files; a plain object of its text fields is the same request without files.
  { kind: 'action', file: FILE, name: 'createDocumentAction', access: EDITORS, args: async () => [await fields()] },
  {
    kind: 'action',
    file: FILE,
    name: 'updateDocumentAction',
    access: EDITORS,
    args: async () => {
      const d = await draft();
      return [{ ...(await fields()), id: d.id, version: String(d.version) }];
    },
  },
  { kind: 'action', file: FILE, name: 'publishDocumentAction', access: EDITORS, form: { fields: async () => { const d = await draft(); return { id: d.id, version: String(d.version) }; }, outcome } },
  { kind: 'action', file: FILE, name: 'withdrawDocumentAction', access: EDITORS, form: { fields: async () => { const d = await draft('published'); return { id: d.id, version: String(d.version) }; }, outcome } },
  { kind: 'action', file: FILE, name: 'removeDocumentFileAction', access: EDITORS, form: { fields: async () => { const d = await draft(); return { id: d.id, fileId: d.fileId }; }, outcome } },
  { kind: 'action', file: FILE, name: 'createDocumentTypeAction', access: only('admin'), form: { fields: async () => ({ name: `Loại ma trận ${crypto.randomUUID().slice(0, 8)}` }), outcome } },
];
