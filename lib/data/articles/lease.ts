import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { editLeases, users } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { canEditContent } from '@/lib/policy/workflow';
import { DataError } from '../errors';
import { isUuid } from '../ids';
import { loadArticleFacts } from './load';

/** An edit lease lapses when its holder's editor stops renewing it (closed tab, idle). */
export const LEASE_SECONDS = 90;

export type LeaseState = { held: 'self' } | { held: 'other'; name: string; until: Date } | { held: 'none' };

/**
 * Renews the viewer's lease, or takes one that is free or lapsed. Someone else's live lease is
 * only replaced with `takeOver` (the UI asks first). Leases are advice to people, not a lock on
 * saves: stale saves are stopped by the article version whatever the lease says.
 */
export async function claimEditLease(viewer: Viewer, articleId: string, options: { takeOver?: boolean } = {}): Promise<LeaseState> {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  const { facts } = await loadArticleFacts(db, viewer, articleId);
  if (!canEditContent(viewer, facts).allowed) return { held: 'none' };
  const until = sql`now() + make_interval(secs => ${LEASE_SECONDS})`;
  const [current] = await db
    .select({ userId: editLeases.userId, expiresAt: editLeases.expiresAt, name: users.name })
    .from(editLeases)
    .innerJoin(users, eq(users.id, editLeases.userId))
    .where(and(eq(editLeases.articleId, articleId), gt(editLeases.expiresAt, sql`now()`)));
  if (current && current.userId !== viewer.id && !options.takeOver) return { held: 'other', name: current.name, until: current.expiresAt };
  await db
    .insert(editLeases)
    .values({ articleId, userId: viewer.id, expiresAt: until })
    .onConflictDoUpdate({ target: editLeases.articleId, set: { userId: viewer.id, expiresAt: until } });
  return { held: 'self' };
}

export async function releaseEditLease(viewer: Viewer, articleId: string): Promise<void> {
  if (viewer.kind !== 'user') return;
  // Anything but a uuid reached PostgreSQL as a uuid cast error (a 500); say "no such article" instead.
  if (!isUuid(articleId)) throw new DataError('not_found', 'Không tìm thấy bài viết.');
  await db.delete(editLeases).where(and(eq(editLeases.articleId, articleId), eq(editLeases.userId, viewer.id)));
}

export async function leaseHolder(articleId: string): Promise<{ userId: string; name: string; until: Date } | null> {
  const [row] = await db
    .select({ userId: editLeases.userId, until: editLeases.expiresAt, name: users.name })
    .from(editLeases)
    .innerJoin(users, eq(users.id, editLeases.userId))
    .where(and(eq(editLeases.articleId, articleId), gt(editLeases.expiresAt, sql`now()`)));
  return row ?? null;
}
