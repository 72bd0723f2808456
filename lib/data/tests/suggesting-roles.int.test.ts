import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../errors';
import { parseAtDoor } from '@/lib/api/schemas';
import { suggestingRolesSchema, updateSuggestingRoles } from '../site/admin';
import { getSiteSettings, suggestingByDefaultFor } from '../site/site';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
let admin: Viewer & { kind: 'user' };
let editor: Viewer;
let before: typeof s.siteSettings.$inferSelect | undefined;

beforeAll(async () => {
  [before] = await db.select().from(s.siteSettings).limit(1);
  const run = crypto.randomUUID().slice(0, 8);
  const [a] = await db.insert(s.users).values({ email: `goi-y-admin-${run}@test.vn`, name: 'Quản trị gợi ý', roles: ['admin'] }).returning();
  const [e] = await db.insert(s.users).values({ email: `goi-y-btv-${run}@test.vn`, name: 'Biên tập gợi ý', roles: ['editor'] }).returning();
  admin = { kind: 'user', id: a!.id, roles: ['admin'] };
  editor = { kind: 'user', id: e!.id, roles: ['editor'] };
});

afterAll(async () => {
  if (before) await db.update(s.siteSettings).set({ suggestingRoles: before.suggestingRoles }).where(eq(s.siteSettings.id, 1));
  else await db.delete(s.siteSettings);
  await pool.end();
});

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof DataError ? e.userMessage : `unexpected: ${String(e)}`));
// getSiteSettings is cached per request (React cache); outside a request each call reads again.
const stored = async () => (await db.select({ roles: s.siteSettings.suggestingRoles }).from(s.siteSettings).where(eq(s.siteSettings.id, 1)))[0]?.roles;

describe('the per-role default of suggesting mode', () => {
  // As the settings form's action calls it: parsed at the door with the data layer's schema.
  const viaDoor = async (input: unknown, viewer: Viewer = admin) => updateSuggestingRoles(viewer, parseAtDoor(suggestingRolesSchema, input));

  it('defaults to leaders only, as before the setting existed', async () => {
    await db.update(s.siteSettings).set({ suggestingRoles: ['leader'] }).where(eq(s.siteSettings.id, 1));
    expect((await getSiteSettings()).suggestingRoles).toEqual(['leader']);
    expect(await suggestingByDefaultFor(['leader'])).toBe(true);
    expect(await suggestingByDefaultFor(['editor'])).toBe(false);
  });

  it('an administrator ticks editors: saved in role order, audited, and editors open in suggesting mode', async () => {
    await viaDoor(['leader', 'editor', 'editor']);
    expect(await stored()).toEqual(['editor', 'leader']);
    expect(await suggestingByDefaultFor(['editor'])).toBe(true);
    expect(await suggestingByDefaultFor(['reporter'])).toBe(false);
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.actorId, admin.id), eq(s.auditLog.action, 'settings.suggesting_roles')))
      .orderBy(desc(s.auditLog.createdAt))
      .limit(1);
    expect(audit?.data).toEqual({ suggestingRoles: { from: ['leader'], to: ['editor', 'leader'] } });

    await viaDoor([]);
    expect(await stored()).toEqual([]);
    expect(await suggestingByDefaultFor(['leader'])).toBe(false);
  });

  it('refuses other roles, other shapes and other people', async () => {
    expect(await refusal(viaDoor(['reporter']))).toMatch(/Chỉ chọn được Biên tập viên hoặc Lãnh đạo/);
    expect(await refusal(viaDoor('editor'))).toMatch(/danh sách vai trò/);
    expect(await refusal(viaDoor(['editor'], editor))).toMatch(/Chỉ quản trị viên/);
    expect(await stored()).toEqual([]);
  });
});
