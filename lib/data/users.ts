import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { hashPassword, passwordProblem } from '@/lib/auth/password';
import { can } from '@/lib/policy/can';
import { ROLES, type Role, type Viewer } from '@/lib/policy/roles';
import { DataError, forbidden } from './errors';

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Hãy nhập email.')
  .max(254, 'Email dài quá 254 ký tự.')
  // ASCII only: look-alike Unicode letters (Cyrillic "а" for Latin "a") must not create a second account.
  .regex(/^[\x21-\x7e]+$/, 'Email chỉ được dùng chữ cái Latin không dấu, chữ số và ký hiệu thông thường.')
  .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'Email không đúng định dạng (ví dụ: ten@coquan.gov.vn).')
  .transform((value) => value.toLowerCase());

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'Hãy nhập họ tên.').max(200, 'Họ tên dài quá 200 ký tự.'),
  roles: z.array(z.enum(ROLES)).min(1, 'Hãy chọn ít nhất một vai trò.'),
  password: z.string().optional(),
});

export type NewUser = z.input<typeof newUserSchema>;

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

function actorId(viewer: Viewer): string | null {
  return viewer.kind === 'user' ? viewer.id : null;
}

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
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
    if (existing) throw new DataError('conflict', `Đã có tài khoản với email ${email}.`);
    const [created] = await tx
      .insert(users)
      .values({ email, name, roles, passwordHash })
      .returning({ id: users.id, email: users.email, name: users.name, roles: users.roles });
    await tx.insert(auditLog).values({
      actorId: actorId(viewer),
      action: 'user.created',
      targetType: 'user',
      targetId: created!.id,
      data: { email, roles, via: viewer.kind === 'system' ? viewer.reason : 'newsroom' },
    });
    return created!;
  });
}

export async function userIdByEmail(email: string): Promise<string | null> {
  const normalized = emailSchema.safeParse(email);
  if (!normalized.success) return null;
  const [row] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, normalized.data)).limit(1);
  return row?.id ?? null;
}
