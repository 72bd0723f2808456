// What the session cookie (an Auth.js JWT) carries, and how a renewal may change it. Pure, so the
// rules are unit-tested: the cookie names a server-side session (user_sessions) and carries that
// session's absolute expiry, which no renewal moves.

// A type alias, not an interface, so it fits Auth.js's JWT (an index-signature record).
export type SessionClaims = {
  /** User id. */
  sub: string;
  /** users.sessionVersion at sign-in (role change, deactivation and password change bump it). */
  sv: number;
  /** user_sessions.id */
  sid: string;
  /** Absolute expiry of the session, in seconds since the epoch. */
  aexp: number;
};

export function claimsAtSignIn(user: { id: string; sessionVersion: number; sessionId: string; sessionExpiresAt: number }): SessionClaims {
  return { sub: user.id, sv: user.sessionVersion, sid: user.sessionId, aexp: Math.floor(user.sessionExpiresAt / 1000) };
}

/**
 * The claims to re-issue when a cookie is read or renewed, or null (Auth.js then clears the cookie)
 * when the session is past its absolute expiry or the cookie predates server-side sessions.
 */
export function renewableClaims(token: Record<string, unknown>, nowSeconds: number): SessionClaims | null {
  const { sub, sv, sid, aexp } = token;
  if (typeof sub !== 'string' || typeof sv !== 'number' || typeof sid !== 'string' || typeof aexp !== 'number') return null;
  if (nowSeconds >= aexp) return null;
  return { sub, sv, sid, aexp };
}

/** Seconds a (re-)issued JWT may live: the idle lifetime, but never past the absolute expiry. */
export function cappedMaxAge(token: Record<string, unknown> | undefined, maxAge: number, nowSeconds: number): number {
  const aexp = token?.aexp;
  if (typeof aexp !== 'number') return maxAge;
  return Math.max(1, Math.min(maxAge, aexp - nowSeconds));
}
