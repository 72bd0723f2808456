// Staff accounts with personal API tokens, written straight into the e2e database.
import { connect } from '../../db/connect';
import * as s from '../../db/schema';
import { newSecretToken } from '../../lib/auth/secret-token';
import type { Role } from '../../lib/policy/roles';

export interface StaffToken {
  id: string;
  email: string;
  token: string;
  auth: { Authorization: string };
}

export async function staffWithTokens(roles: Record<string, Role[]>): Promise<Record<string, StaffToken>> {
  const { db, pool } = connect(process.env.E2E_DATABASE_URL!, { max: 1 });
  const run = crypto.randomUUID().slice(0, 8);
  const result: Record<string, StaffToken> = {};
  try {
    for (const [key, userRoles] of Object.entries(roles)) {
      const email = `${key}-${run}@e2e.test`;
      const [user] = await db.insert(s.users).values({ email, name: `${key} ${run}`, roles: userRoles }).returning();
      const { token, hash, display } = newSecretToken('ktw');
      await db.insert(s.apiTokens).values({ userId: user!.id, name: 'e2e', tokenHash: hash, prefix: display });
      result[key] = { id: user!.id, email, token, auth: { Authorization: `Bearer ${token}` } };
    }
  } finally {
    await pool.end();
  }
  return result;
}

/** A section of the seeded demo content, for stories that must pass the pre-submit checklist. */
export async function demoSectionId(): Promise<string> {
  const { db, pool } = connect(process.env.E2E_DATABASE_URL!, { max: 1 });
  try {
    const [row] = await db.select({ id: s.sections.id }).from(s.sections).limit(1);
    if (!row) throw new Error('the e2e database has no sections: is the demo content seeded?');
    return row.id;
  } finally {
    await pool.end();
  }
}
