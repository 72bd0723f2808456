// The short-lived ticket the app signs so the collaboration server (its own process, another port)
// knows who is connecting to which story without sharing the session cookie's encryption. HMAC with
// a key derived from AUTH_SECRET for this purpose alone (as lib/data/questions/challenge.ts derives
// its keys), bound to one user, one story and the user's session version (a role change, a
// deactivation or a password change bumps it), and valid for at most a minute: the provider asks
// for a fresh one on every (re)connect. The server re-checks everything against the database anyway.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const COLLAB_TICKET_TTL_SECONDS = 60;
const MAX_TICKET_CHARS = 600;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CollabTicketClaims {
  userId: string;
  articleId: string;
  sessionVersion: number;
  /** Seconds since the epoch. */
  expiresAt: number;
}

function ticketKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('portal collaboration ticket v1').digest();
}

const mac = (secret: string, payload: string) => createHmac('sha256', ticketKey(secret)).update(payload).digest();

/** A signed ticket, or null when the server has no AUTH_SECRET (co-editing is then unavailable). */
export function signCollabTicket(claims: Omit<CollabTicketClaims, 'expiresAt'>, options: { now?: number; secret?: string } = {}): { ticket: string; expiresAt: Date } | null {
  const secret = options.secret ?? process.env.AUTH_SECRET ?? '';
  if (!secret) return null;
  const expiresAt = Math.floor((options.now ?? Date.now()) / 1000) + COLLAB_TICKET_TTL_SECONDS;
  const payload = Buffer.from(JSON.stringify({ u: claims.userId, a: claims.articleId, v: claims.sessionVersion, e: expiresAt })).toString('base64url');
  return { ticket: `v1.${payload}.${mac(secret, payload).toString('base64url')}`, expiresAt: new Date(expiresAt * 1000) };
}

/** The claims of a valid, unexpired ticket for this story, or null (forged, expired, other story, malformed). */
export function verifyCollabTicket(ticket: unknown, articleId: string, options: { now?: number; secret?: string } = {}): CollabTicketClaims | null {
  const secret = options.secret ?? process.env.AUTH_SECRET ?? '';
  if (!secret || typeof ticket !== 'string' || ticket.length > MAX_TICKET_CHARS) return null;
  const [version, payload, signature, ...rest] = ticket.split('.');
  if (version !== 'v1' || !payload || !signature || rest.length > 0) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: { u?: unknown; a?: unknown; v?: unknown; e?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const { u, a, v, e } = parsed;
  if (typeof u !== 'string' || !UUID.test(u) || typeof a !== 'string' || a !== articleId || !Number.isInteger(v) || !Number.isInteger(e)) return null;
  if ((e as number) * 1000 <= (options.now ?? Date.now())) return null;
  return { userId: u, articleId: a, sessionVersion: v as number, expiresAt: e as number };
}
