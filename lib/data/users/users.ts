import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, passwordProblem } from '@/lib/credentials/password';
import { can } from '@/lib/policy/can';
import { ROLES, type Role, type Viewer } from '@/lib/policy/roles';
import { actorOf, viaOf, writeAudit } from '../audit/audit';
import { DataError, forbidden } from '../errors';

export const emailSchema = z
  .string({ error: 'Hãy nhập email.' })
  .trim()
  .min(1, 'Hãy nhập email.')
  .max(254, 'Email dài quá 254 ký tự.')
  // ASCII only: look-alike Unicode letters (Cyrillic "а" for Latin "a") must not create a second account.
  .regex(/^[\x21-\x7e]+$/, 'Email chỉ được dùng chữ cái Latin không dấu, chữ số và ký hiệu thông thường.')
  .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'Email không đúng định dạng (ví dụ: ten@coquan.gov.vn).')
  .transform((value) => value.toLowerCase());

export const nameSchema = z
  .string({ error: 'Hãy nhập họ tên.' })
  .trim()
  .min(1, 'Hãy nhập họ tên.')
  .max(200, 'Họ tên dài quá 200 ký tự.')
  .regex(/^[^\p{Cc}]+$/u, 'Họ tên chứa ký tự điều khiển không hợp lệ.');

/** One or more roles, each once, in the canonical order. */
export const rolesSchema = z
  .array(z.enum(ROLES, { error: 'Vai trò không hợp lệ.' }), { error: 'Hãy chọn ít nhất một vai trò.' })
  .min(1, 'Hãy chọn ít nhất một vai trò.')
  .transform((roles) => ROLES.filter((r) => roles.includes(r)));

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  roles: rolesSchema,
  password: z.string().optional(),
});

export type NewUser = z.input<typeof newUserSchema>;

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

/** The first problem of a failed parse, as one line a person can act on. */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.';
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Inserts a user inside the caller's transaction (and its audit row). */
export async function insertUser(
  tx: Tx,
  viewer: Viewer,
  input: { email: string; name: string; roles: Role[]; passwordHash: string | null },
): Promise<CreatedUser> {
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email)).limit(1);
  if (existing) throw new DataError('conflict', `Đã có tài khoản với email ${input.email}.`);
  const [created] = await tx
    .insert(users)
    .values(input)
    .returning({ id: users.id, email: users.email, name: users.name, roles: users.roles });
  await writeAudit(tx, {
    actorId: actorOf(viewer),
    action: 'user.created',
    targetType: 'user',
    targetId: created!.id,
    data: { email: input.email, roles: input.roles, via: viaOf(viewer) },
  });
  return created!;
}

/** Creates a staff account, with a password (CLI) or without one (set later through a one-time link). */
export async function createUser(viewer: Viewer, input: NewUser): Promise<CreatedUser> {
  if (!can(viewer, 'user.manage')) throw forbidden();
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new DataError('invalid', parsed.error.issues.map((i) => i.message).join(' '));
  const { email, name, roles, password } = parsed.data;
  if (password !== undefined) {
    const problem = passwordProblem(password);
    if (problem) throw new DataError('invalid', problem);
  }
  const passwordHash = password === undefined ? null : await hashPassword(password);
  return db.transaction((tx) => insertUser(tx, viewer, { email, name, roles, passwordHash }));
}

export async function userIdByEmail(email: string): Promise<string | null> {
  const normalized = emailSchema.safeParse(email);
  if (!normalized.success) return null;
  const [row] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, normalized.data)).limit(1);
  return row?.id ?? null;
}
