import 'server-only';
import { inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { media, sections, units, users } from '@/db/schema';
import { idsNamedBy, type VersionNames } from '@/lib/content/describe-version';
import type { RevisionFields } from '@/lib/content/placement';

/** Names of the sections, people, units and photos that some versions of a story refer to. */
export async function versionNames(versions: RevisionFields[]): Promise<VersionNames> {
  const ids = versions.map(idsNamedBy);
  const all = (key: keyof ReturnType<typeof idsNamedBy>) => [...new Set(ids.flatMap((i) => i[key]))];
  const [sectionRows, userRows, unitRows, mediaRows] = await Promise.all([
    all('sections').length ? db.select({ id: sections.id, name: sections.name }).from(sections).where(inArray(sections.id, all('sections'))) : [],
    all('users').length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, all('users'))) : [],
    all('units').length ? db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, all('units'))) : [],
    all('media').length ? db.select({ id: media.id, name: media.originalFilename, caption: media.caption }).from(media).where(inArray(media.id, all('media'))) : [],
  ]);
  const byId = <T extends { id: string }>(rows: T[], name: (r: T) => string) => Object.fromEntries(rows.map((r) => [r.id, name(r)]));
  return {
    sections: byId(sectionRows, (r) => r.name),
    users: byId(userRows, (r) => r.name),
    units: byId(unitRows, (r) => r.name),
    media: byId(mediaRows, (r) => [r.caption, r.name].filter(Boolean).join(' — ') || 'Ảnh trong thư viện'),
  };
}
