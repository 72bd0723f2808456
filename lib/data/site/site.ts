import 'server-only';
import { asc } from 'drizzle-orm';
import { cache } from 'react';
import { preparedStatement } from '@/db/client';
import { sections, siteSettings } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';

export type SiteSettings = typeof siteSettings.$inferSelect;

const FALLBACK: SiteSettings = {
  id: 1,
  agencyName: 'Cổng thông tin điện tử',
  agencyNameEn: '',
  parentAgencyNameEn: '',
  siteTitleEn: '',
  taglineEn: '',
  agencyShortName: '',
  parentAgencyName: '',
  siteTitle: 'Cổng thông tin điện tử',
  tagline: '',
  address: '',
  phone: '',
  fax: '',
  email: '',
  responsiblePerson: '',
  responsibleTitle: '',
  licence: '',
  defaultCredit: '',
  contacts: [],
  aboutPage: null,
  organisationPage: null,
  aboutPageEn: null,
  organisationPageEn: null,
  agencyUnitId: null,
  suggestingRoles: ['leader'],
  liveCoediting: true,
  updatedAt: new Date(0),
};

/** The names a settings row needs when an administrator saves one part of the settings first. */
export const SETTINGS_ROW_DEFAULTS = { agencyName: FALLBACK.agencyName, siteTitle: FALLBACK.siteTitle };

// Prepared (db/client.ts): every page rendered reads both.
const settingsRow = preparedStatement('site_settings', 'primary', (db) => db.select().from(siteSettings).limit(1));
const sectionRows = preparedStatement('site_sections', 'primary', (db) =>
  db.select({ id: sections.id, slug: sections.slug, name: sections.name, nameEn: sections.nameEn }).from(sections).orderBy(asc(sections.sortOrder), asc(sections.name)),
);

/** Agency names and contacts are data: renaming the agency is a settings change. */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const [row] = await settingsRow().execute();
  return row ?? FALLBACK;
});

/** Whether a staff member with these roles opens the story editor in suggesting mode (site settings). */
export async function suggestingByDefaultFor(roles: readonly string[]): Promise<boolean> {
  const { suggestingRoles } = await getSiteSettings();
  return roles.some((role) => (suggestingRoles as readonly string[]).includes(role));
}

export interface SectionLink {
  id: string;
  slug: string;
  name: string;
  /** English name for /en; empty means the Vietnamese one is shown. */
  nameEn: string;
}

export const listSections = cache(async (): Promise<SectionLink[]> => sectionRows().execute());

/** The sections for staff tools (API v1): the same list readers see, to a signed-in caller. */
export async function staffSections(viewer: Viewer): Promise<SectionLink[]> {
  if (viewer.kind !== 'user' || viewer.roles.length === 0) throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  return listSections();
}
