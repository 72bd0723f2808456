// Rows for the agency pages editor (issue 21, /toa-soan/cai-dat/trang-co-quan): administrators only.
// Allowed calls save what is already there (or a unit of their own), so other tests see no change.
import { eq } from 'drizzle-orm';
import * as s from '../../../db/schema';
import { docToPageText } from '../../../lib/content/page-text';
import { withE2eDb } from '../../fixtures/db';
import { only, type MatrixEntry } from './types';

const FILE = 'app/(newsroom)/toa-soan/cai-dat/trang-co-quan/actions.ts';
const settings = () => withE2eDb(async (db) => (await db.select().from(s.siteSettings).where(eq(s.siteSettings.id, 1)))[0]!);

export const agencyPagesEntries: MatrixEntry[] = [
  { kind: 'page', route: '/toa-soan/cai-dat/trang-co-quan', access: only('admin') },
  {
    kind: 'action',
    file: FILE,
    name: 'saveAgencyTextsAction',
    access: only('admin'),
    args: async () => {
      const row = await settings();
      return [{ about: docToPageText(row.aboutPage), aboutEn: docToPageText(row.aboutPageEn), functions: docToPageText(row.organisationPage), functionsEn: docToPageText(row.organisationPageEn) }];
    },
  },
  {
    kind: 'action',
    file: FILE,
    name: 'saveLiaisonContactsAction',
    access: only('admin'),
    args: async () => {
      const row = await settings();
      return [{ contacts: row.contacts.map((c) => ({ name: c.name, title: c.title, titleEn: c.titleEn ?? '', phone: c.phone ?? '', email: c.email ?? '', unitId: c.unitId ?? '' })) }];
    },
  },
  {
    kind: 'action',
    file: FILE,
    name: 'saveChartUnitAction',
    access: only('admin'),
    args: async () => {
      const [unit] = await withE2eDb((db) => db.insert(s.units).values({ slug: `don-vi-ma-tran-${crypto.randomUUID()}`, name: 'Đơn vị ma trận' }).returning());
      return [{ unitId: unit!.id, nameEn: 'Matrix unit' }];
    },
  },
];
