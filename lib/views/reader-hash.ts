// PURE. The one-way reader key of the reading counts: who read which story today, without keeping
// who. hash(day's random salt, address, browser, story): the same reader and story give the same key
// all day; the salt is random and deleted after the day (lib/data/views), so a key can neither be
// traced back to an address nor linked to the same reader's key of another day.
import { createHash, randomBytes } from 'node:crypto';

/** A fresh random salt for one day (256 bits, base64url). */
export function newDailySalt(): string {
  return randomBytes(32).toString('base64url');
}

export function readerHash(salt: string, ip: string, userAgent: string, articleId: string): string {
  // NUL separators: no field can run into the next (an address never contains one; the header is cut).
  return createHash('sha256')
    .update(`${salt}\0${ip}\0${userAgent.slice(0, 512)}\0${articleId.toLowerCase()}`, 'utf8')
    .digest('base64url')
    .slice(0, 32);
}
