// How long credentials live, from the environment (every instance must share these; see README).
// Read at call time, not at build, so a restart with new values applies them.

export interface CredentialLifetimes {
  /** Absolute lifetime of a staff session from sign-in; renewing the cookie never extends it. */
  sessionHours: number;
  /** Lifetime of an API token when the request names none. */
  tokenDefaultDays: number;
  /** Longest lifetime a token may be given; also caps tokens made before there was a limit. */
  tokenMaxDays: number;
}

const DEFAULTS: CredentialLifetimes = { sessionHours: 12, tokenDefaultDays: 90, tokenMaxDays: 365 };

function positiveInt(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

/**
 * SESSION_MAX_HOURS (default 12), API_TOKEN_DEFAULT_DAYS (90), API_TOKEN_MAX_DAYS (365). An
 * unreadable value falls back to the default rather than to "forever"; the default token lifetime
 * never exceeds the maximum.
 */
export function credentialLifetimes(env: Record<string, string | undefined> = process.env): CredentialLifetimes {
  const sessionHours = positiveInt(env.SESSION_MAX_HOURS, DEFAULTS.sessionHours, 24 * 30);
  const tokenMaxDays = positiveInt(env.API_TOKEN_MAX_DAYS, DEFAULTS.tokenMaxDays, 3650);
  const tokenDefaultDays = Math.min(positiveInt(env.API_TOKEN_DEFAULT_DAYS, DEFAULTS.tokenDefaultDays, 3650), tokenMaxDays);
  return { sessionHours, tokenDefaultDays, tokenMaxDays };
}
