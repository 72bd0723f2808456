import { hash, verify } from '@node-rs/argon2';

/** Long passwords are capped: hashing megabytes is a denial-of-service lever. */
export const MAX_PASSWORD_BYTES = 1024;
export const MIN_PASSWORD_LENGTH = 10;

// argon2id (the library's default algorithm) with OWASP's recommended minimum cost.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`;
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) return `Mật khẩu dài quá ${MAX_PASSWORD_BYTES} byte.`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
