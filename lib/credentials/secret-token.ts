import { createHash, randomBytes } from 'node:crypto';

/** A random token for the user and the SHA-256 stored in its place (tokens are high-entropy, so no salt is needed). */
export function newSecretToken(prefix: string): { token: string; hash: string; display: string } {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashSecretToken(token), display: token.slice(0, prefix.length + 7) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
