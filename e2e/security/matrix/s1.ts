// Rows for the search abbreviations page (/toa-soan/cai-dat/viet-tat): administrators only.
import * as s from '../../../db/schema';
import { withE2eDb } from '../../fixtures/db';
import { only, type MatrixEntry } from './types';

const ABBREVIATIONS = 'app/(newsroom)/toa-soan/cai-dat/viet-tat/actions.ts';
/** Query strings come form-encoded (spaces as +). */
const decoded = (location: string) => decodeURIComponent(location.replace(/\+/g, ' '));
const signIn = (location: string) => location.includes('/toa-soan/dang-nhap');
const outcome = (location: string) =>
  decoded(location).includes('?ok=') ? 'allowed' : signIn(location) || decoded(location).includes('Chỉ quản trị viên') ? 'denied' : 'unclear';

/** A fresh entry per call (short forms are unique), so each role's call has its own target. */
async function entry(): Promise<{ id: string; short: string; long: string }> {
  const tag = crypto.randomUUID().slice(0, 8);
  const [row] = await withE2eDb((db) => db.insert(s.searchAbbreviations).values({ short: `MT${tag}`, long: `ma trận ${tag}` }).returning());
  return { id: row!.id, short: row!.short, long: row!.long };
}

export const s1Entries: MatrixEntry[] = [
  { kind: 'page', route: '/toa-soan/cai-dat/viet-tat', access: only('admin') },
  {
    kind: 'action',
    file: ABBREVIATIONS,
    name: 'createAbbreviationAction',
    access: only('admin'),
    form: { fields: async () => { const tag = crypto.randomUUID().slice(0, 8); return { short: `MTM${tag}`, long: `ma trận mới ${tag}` }; }, outcome },
  },
  {
    kind: 'action',
    file: ABBREVIATIONS,
    name: 'updateAbbreviationAction',
    access: only('admin'),
    form: { fields: async () => { const x = await entry(); return { id: x.id, short: x.short, long: `${x.long} đã sửa` }; }, outcome },
  },
  { kind: 'action', file: ABBREVIATIONS, name: 'deleteAbbreviationAction', access: only('admin'), form: { fields: async () => ({ id: (await entry()).id }), outcome } },
];
