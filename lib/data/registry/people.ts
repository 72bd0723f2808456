import 'server-only';
import { asc } from 'drizzle-orm';
import { db } from '@/db/client';
import { people, positions, units } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';

export interface RegistryPerson {
  id: string;
  name: string;
  positions: Array<{ title: string; from: string; to: string | null }>;
}

function assertStaff(viewer: Viewer) {
  if (viewer.kind !== 'user' || viewer.roles.length === 0) throw new DataError('unauthenticated', 'Hãy đăng nhập.');
}

/** Everyone in the registry with their dated positions, for choosing meeting chairs and attendees. */
export async function registryPeople(viewer: Viewer): Promise<RegistryPerson[]> {
  assertStaff(viewer);
  const [personRows, positionRows] = await Promise.all([
    db.select({ id: people.id, name: people.fullName }).from(people).orderBy(asc(people.fullName)),
    db.select({ personId: positions.personId, title: positions.title, from: positions.startsOn, to: positions.endsOn }).from(positions).orderBy(asc(positions.startsOn)),
  ]);
  const byPerson = new Map<string, RegistryPerson['positions']>();
  for (const p of positionRows) byPerson.set(p.personId, [...(byPerson.get(p.personId) ?? []), { title: p.title, from: p.from, to: p.to }]);
  return personRows.map((p) => ({ ...p, positions: byPerson.get(p.id) ?? [] }));
}

/** The organising units, by name. */
export async function registryUnits(viewer: Viewer): Promise<Array<{ id: string; name: string }>> {
  assertStaff(viewer);
  return db.select({ id: units.id, name: units.name }).from(units).orderBy(asc(units.name));
}

/** The people registry and the units, for the meeting panel of the editor. */
export async function peopleRegistry(viewer: Viewer): Promise<{ people: RegistryPerson[]; units: Array<{ id: string; name: string }> }> {
  const [personList, unitList] = await Promise.all([registryPeople(viewer), registryUnits(viewer)]);
  return { people: personList, units: unitList };
}
