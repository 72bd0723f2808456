import 'server-only';
import { db } from '@/db/client';

export type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Either the database or an open transaction. */
export type Executor = Tx | typeof db;

/** Postgres unique_violation. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
