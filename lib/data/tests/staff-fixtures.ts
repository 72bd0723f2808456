// Newsroom staff for data-layer integration tests on stories (suggestions, threads, sign-off): a
// section of the test's own and named people with roles, each as the viewer the data layer takes.
import { expect } from 'vitest';
import type { Database } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';

export type StaffViewer = Viewer & { kind: 'user' };

export interface StaffMember {
  roles: readonly Role[];
  /** Default: `${key} ${run}`. */
  name?: string;
  /** Default: true. */
  active?: boolean;
}

/**
 * A section (slug `${prefix}-${run}`) and one user a key, made in the keys' order, with the e-mail
 * `${prefix}-${key}-${run}@test.vn`; returns the section's id and each user as a viewer.
 */
export async function createStaff<K extends string>(
  db: Database,
  at: { prefix: string; run: string; sectionName: string },
  people: Record<K, StaffMember>,
): Promise<{ sectionId: string; viewers: Record<K, StaffViewer> }> {
  const [section] = await db.insert(s.sections).values({ slug: `${at.prefix}-${at.run}`, name: at.sectionName }).returning();
  const viewers = {} as Record<K, StaffViewer>;
  for (const [key, member] of Object.entries(people) as Array<[K, StaffMember]>) {
    const roles = [...member.roles];
    const [user] = await db
      .insert(s.users)
      .values({ email: `${at.prefix}-${key}-${at.run}@test.vn`, name: member.name ?? `${key} ${at.run}`, roles, isActive: member.active ?? true })
      .returning();
    viewers[key] = { kind: 'user', id: user!.id, roles };
  }
  return { sectionId: section!.id, viewers };
}

/** The DataError a call is refused with (the test fails if it succeeds or throws anything else). */
export async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}
