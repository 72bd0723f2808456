import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { newDailySalt } from '@/lib/views/reader-hash';

// One random salt per Vietnamese day, shared by every instance through the database (a salt per
// process would count a reader once per instance). Kept in memory for the day, so a beacon costs no
// query once the process knows today's salt.
const state = globalThis as unknown as { portalViewSalt?: { day: string; salt: Promise<string> } };

export function dailySalt(day: string): Promise<string> {
  const known = state.portalViewSalt;
  if (known?.day === day) return known.salt;
  const salt = loadSalt(day);
  state.portalViewSalt = { day, salt };
  // A failed lookup is not remembered: the next beacon tries again.
  salt.catch(() => {
    if (state.portalViewSalt?.salt === salt) state.portalViewSalt = undefined;
  });
  return salt;
}

async function loadSalt(day: string): Promise<string> {
  // The first instance to ask creates it; the others read the one that won.
  const result = await db.execute<{ salt: string }>(sql`
    with created as (
      insert into view_salts (day, salt) values (${day}, ${newDailySalt()})
      on conflict (day) do nothing
      returning salt
    )
    select salt from created
    union all
    select salt from view_salts where day = ${day}
    limit 1`);
  const salt = result.rows[0]?.salt;
  if (!salt) throw new Error('no salt for the day');
  return salt;
}
