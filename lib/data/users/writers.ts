import 'server-only';
import { and, arrayOverlaps, asc, eq, not, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { AUTHOR_ROLES, NON_AUTHOR_ROLES } from '@/lib/policy/authors';
import { TEST_ADDRESS_PATTERN } from '@/lib/policy/test-accounts';

export const WRITER_PICKER_LIMIT = 300;

/**
 * Who the author picker ("Tác giả") offers: active accounts with a writing role, without
 * administrators' accounts (they run the site, they do not sign stories) and without test accounts
 * (addresses under the reserved test domains). Authors already on a story stay shown by the editor.
 * The same rule as authorRefusal (lib/policy/authors.ts), which saving a story enforces.
 */
export function creditableWriters(): Promise<Array<{ id: string; name: string }>> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.isActive, true),
        arrayOverlaps(users.roles, [...AUTHOR_ROLES]),
        not(arrayOverlaps(users.roles, [...NON_AUTHOR_ROLES])),
        sql`${users.email} !~* ${TEST_ADDRESS_PATTERN}`,
      ),
    )
    .orderBy(asc(users.name))
    .limit(WRITER_PICKER_LIMIT);
}
