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

/** Expands an IPv6 address to its eight groups (numbers), or null when it is not one. */
function ipv6Groups(ip: string): number[] | null {
  let text = ip.toLowerCase();
  // An IPv4 tail ("64:ff9b::192.0.2.1") is two groups.
  const v4 = /(?:^|:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    if ([a, b, c, d].some((n) => n > 255)) return null;
    text = `${text.slice(0, text.length - v4[0].length + (v4[0].startsWith(':') ? 1 : 0))}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const part = (s: string | undefined) => (s ? s.split(':') : []);
  const head = part(halves[0]);
  const tail = part(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

/**
 * The network an address stands for when reads are limited per address: an IPv4 address itself, an
 * IPv6 address's /64 (one subscriber's prefix: a host there may use any of its 2^64 addresses, so
 * counting them one by one would limit nothing). Anything else is returned as it is.
 */
export function addressNetwork(ip: string): string {
  const groups = ip.includes(':') ? ipv6Groups(ip) : null;
  return groups ? `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64` : ip;
}

/**
 * The one-way key of where reads of a story come from today: hash(day's salt, network, story), the
 * browser left out. A client that changes its User-Agent is a new reader key each time, but stays
 * one source, and a source adds at most a few readers to a story a day (lib/data/views). The story is
 * part of the key so that, like the reader key, it cannot link one reader's reads of several stories.
 */
export function sourceHash(salt: string, ip: string, articleId: string): string {
  return createHash('sha256')
    .update(`source\0${salt}\0${addressNetwork(ip)}\0${articleId.toLowerCase()}`, 'utf8')
    .digest('base64url')
    .slice(0, 32);
}
