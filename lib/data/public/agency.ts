import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { people, positions, units } from '@/db/schema';
import { buildChart, type Chart } from '@/lib/agency/chart';
import type { FigureMedia } from '@/lib/content/render';
import { bodyMediaIds } from '@/lib/content/render';
import type { JSONContent } from '@/lib/content/types';
import { vietnamDay } from '@/lib/time/format';
import { figureMediaMap } from '../media/views';
import { getSiteSettings, type SiteSettings } from '../site/site';

export interface AgencyPage {
  settings: SiteSettings;
  /** Stored Tiptap JSON of the page in Vietnamese, or null when the settings have none yet. */
  body: JSONContent | null;
  /** The English version (for /en), or null: then the Vietnamese text is shown there. */
  bodyEn: JSONContent | null;
  media: Map<string, FigureMedia>;
}

export function asDoc(value: unknown): JSONContent | null {
  return value && typeof value === 'object' && (value as JSONContent).type === 'doc' ? (value as JSONContent) : null;
}

/** The agency pages of Decree 42/2022/NĐ-CP, all from site settings (renaming the agency is a settings change). */
export async function publicAgencyPage(page: 'about' | 'organisation' | 'contacts'): Promise<AgencyPage> {
  const settings = await getSiteSettings();
  const body = page === 'about' ? asDoc(settings.aboutPage) : page === 'organisation' ? asDoc(settings.organisationPage) : null;
  const bodyEn = page === 'about' ? asDoc(settings.aboutPageEn) : page === 'organisation' ? asDoc(settings.organisationPageEn) : null;
  const ids = [...(body ? bodyMediaIds(body) : []), ...(bodyEn ? bodyMediaIds(bodyEn) : [])];
  return { settings, body, bodyEn, media: ids.length ? await figureMediaMap(ids) : new Map() };
}

/** Bound on the registry the chart reads (an agency has dozens of units, not thousands). */
const MAX_CHART_UNITS = 500;

/**
 * The organisation chart: units under the agency unit, each with its head on `day` (today in
 * Vietnam). Only posts in force that day leave the database, the latest-begun one per unit: an
 * appointment made ahead of its date is not on the chart before that day, and no number of past or
 * future posts can push a unit's head out of a bounded read.
 */
export async function organisationChart(day: string = vietnamDay(new Date())): Promise<Chart> {
  const settings = await getSiteSettings();
  const unitRows = await db
    .select({ id: units.id, parentId: units.parentId, slug: units.slug, name: units.name, nameEn: units.nameEn })
    .from(units)
    .orderBy(asc(units.createdAt), asc(units.name))
    .limit(MAX_CHART_UNITS);
  const headRows = unitRows.length
    ? await db
        .selectDistinctOn([positions.unitId], {
          positionId: positions.id,
          unitId: positions.unitId,
          personId: positions.personId,
          personSlug: people.slug,
          fullName: people.fullName,
          title: positions.title,
          titleEn: positions.titleEn,
          startsOn: positions.startsOn,
          endsOn: positions.endsOn,
        })
        .from(positions)
        .innerJoin(people, eq(people.id, positions.personId))
        .where(
          and(
            eq(positions.isHead, true),
            inArray(positions.unitId, unitRows.map((u) => u.id)),
            lte(positions.startsOn, day),
            or(isNull(positions.endsOn), gte(positions.endsOn, day)),
          ),
        )
        .orderBy(positions.unitId, desc(positions.startsOn))
    : [];
  const heads = headRows.flatMap((h) => (h.unitId ? [{ ...h, unitId: h.unitId }] : []));
  return buildChart(unitRows, heads, settings.agencyUnitId, day);
}

export interface PublicContact {
  name: string;
  title: string;
  titleEn: string;
  phone: string;
  email: string;
  unit: { slug: string; name: string; nameEn: string } | null;
}

/** The liaison contacts of the settings, each with its unit's names from the registry. */
export async function liaisonContacts(settings: SiteSettings): Promise<PublicContact[]> {
  const unitIds = [...new Set(settings.contacts.flatMap((c) => (c.unitId ? [c.unitId] : [])))];
  const unitRows = unitIds.length
    ? await db.select({ id: units.id, slug: units.slug, name: units.name, nameEn: units.nameEn }).from(units).where(inArray(units.id, unitIds))
    : [];
  const byId = new Map(unitRows.map((u) => [u.id, { slug: u.slug, name: u.name, nameEn: u.nameEn }]));
  return settings.contacts.map((c) => ({
    name: c.name,
    title: c.title,
    titleEn: c.titleEn ?? '',
    phone: c.phone ?? '',
    email: c.email ?? '',
    unit: (c.unitId && byId.get(c.unitId)) || null,
  }));
}
