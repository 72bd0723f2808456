// PURE. Brute-force limits: how many recent failures lock an account or an address, and for how long.

export const SIGN_IN_LIMITS = {
  /** Failed attempts for one account within the window that lock it. */
  perAccount: 5,
  /** Failed attempts from one address within the window that lock it. */
  perIp: 20,
  windowMs: 15 * 60_000,
} as const;

export interface RecentFailures {
  /** Failures counted (the query stops at the limit). */
  count: number;
  /** The oldest of those counted failures. */
  oldest: Date | null;
  /** The database's clock, so every app instance agrees. */
  now: Date;
}

export type LockState = { locked: false } | { locked: true; retryAfterSeconds: number };

/**
 * Locked while `limit` failures fall inside the window. The query returns the `limit` most recent
 * failures, so the lock lifts when the oldest of them leaves the window.
 */
export function lockState(recent: RecentFailures, limit: number, windowMs: number = SIGN_IN_LIMITS.windowMs): LockState {
  if (recent.count < limit || !recent.oldest) return { locked: false };
  const liftsAt = recent.oldest.getTime() + windowMs;
  const remaining = liftsAt - recent.now.getTime();
  if (remaining <= 0) return { locked: false };
  return { locked: true, retryAfterSeconds: Math.max(1, Math.ceil(remaining / 1000)) };
}

/** "15 phút", "1 phút", "30 giây": for the lockout message. */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} giây`;
  return `${Math.ceil(seconds / 60)} phút`;
}
