import 'server-only';
// The self-hosted proof-of-work challenge of the public question form (ALTCHA, PoW v2 with
// altcha-lib). With scripts the widget fetches a signed challenge from the public API, derives keys
// in a web worker until it finds the counter the server chose, and posts the result with the form;
// the server checks it here without any third-party service. A solved challenge only marks the
// message "verified" for the moderators: without scripts, or with a missing, forged, expired or
// replayed payload, the message is still taken (limits and honeypot apply) and waits as unverified,
// so a citizen whose browser could not solve it loses nothing.
import { createHmac, randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { createChallenge, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { db } from '@/db/client';
import { questionChallengeUses } from '@/db/schema';
import type { Executor } from './shared';

/**
 * Difficulty, bounded: deterministic mode, so the solver tries counters 0, 1, 2, … up to the one the
 * server picked from this range, each try one PBKDF2-SHA-256 derivation of CHALLENGE_COST rounds.
 * At most 1.8 million rounds: about 0.35 s on one core of the 2-core test machine (measured in
 * Chromium, WebCrypto: ~5,000 derivations/s at 1,000 rounds), about a second on a phone, which
 * also runs several workers. Creating a challenge costs the server one derivation; checking one, an
 * HMAC (the derived key is signed when the challenge is made).
 */
export const CHALLENGE_ALGORITHM = 'PBKDF2/SHA-256';
export const CHALLENGE_COST = 1_000;
export const CHALLENGE_COUNTER_MIN = 200;
export const CHALLENGE_COUNTER_MAX = 1_800;
/** Long enough to load the form and solve; the widget asks for a fresh one when it expires. */
export const CHALLENGE_TTL_SECONDS = 20 * 60;
/** A widget payload is about 700 characters of base64; anything far longer is not one. */
const MAX_PAYLOAD_CHARS = 4_000;

export type QuestionChallenge = Awaited<ReturnType<typeof createChallenge>>;

/**
 * Two HMAC keys for this purpose alone, derived from the server's AUTH_SECRET (as the revalidation
 * token is): one signs the challenge parameters, one the derived key. No fallback constant: without
 * AUTH_SECRET no challenge is offered and every message is unverified. scripts/start.ts always sets
 * it (generated once into .data/auth-secret when not configured).
 */
function challengeSecrets(secret = process.env.AUTH_SECRET ?? ''): { signature: string; key: string } | null {
  if (!secret) return null;
  const derive = (purpose: string) => createHmac('sha256', secret).update(`portal question challenge v1 ${purpose}`).digest('hex');
  return { signature: derive('signature'), key: derive('key signature') };
}

/** A new signed challenge for the widget, or null when the server has no AUTH_SECRET. */
export async function newQuestionChallenge(options: { expiresAt?: Date } = {}): Promise<QuestionChallenge | null> {
  const secrets = challengeSecrets();
  if (!secrets) return null;
  return createChallenge({
    algorithm: CHALLENGE_ALGORITHM,
    cost: CHALLENGE_COST,
    counter: randomInt(CHALLENGE_COUNTER_MIN, CHALLENGE_COUNTER_MAX + 1),
    deriveKey,
    expiresAt: options.expiresAt ?? new Date(Date.now() + CHALLENGE_TTL_SECONDS * 1000),
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.key,
  });
}

// The widget's payload: base64 of {"challenge":{"parameters":…,"signature":…},"solution":…}. The
// parameters keep unknown keys: the signature covers every one of them, so dropping one would turn
// a genuine payload into a "forged" one. expiresAt is required: our challenges always carry it.
const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.string().max(32),
      nonce: z.string().max(128),
      salt: z.string().max(128),
      cost: z.number().int().positive(),
      keyLength: z.number().int().positive().max(64),
      keyPrefix: z.string().max(128),
      keySignature: z.string().max(256).optional(),
      expiresAt: z.number().int().positive(),
    }),
    signature: z.string().min(1).max(256),
  }),
  solution: z.object({ counter: z.number().int().nonnegative(), derivedKey: z.string().max(256), time: z.number().optional() }),
});
type Payload = z.infer<typeof payloadSchema>;

function parsePayload(raw: string): Payload | null {
  if (raw.length > MAX_PAYLOAD_CHARS || !/^[A-Za-z0-9+/]+={0,2}$/.test(raw)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(raw, 'base64').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What the form's payload proved. Only `verified` may mark a question verified, and only once (claimChallenge). */
export type ChallengeCheck =
  | { outcome: 'verified'; signature: string; expiresAt: Date }
  | { outcome: 'missing' | 'invalid' | 'expired' | 'unconfigured' };

/**
 * Checks a payload from the form: well formed, signed with our key, not expired, and the solution
 * matches the signed derived key. Never throws: a malformed or forged payload is `invalid`. Does not
 * touch the database: whether the challenge was already used is decided by claimChallenge inside
 * the transaction that stores the question.
 */
export async function checkQuestionChallenge(raw: unknown): Promise<ChallengeCheck> {
  if (typeof raw !== 'string' || raw.trim() === '') return { outcome: 'missing' };
  const secrets = challengeSecrets();
  if (!secrets) return { outcome: 'unconfigured' };
  const payload = parsePayload(raw.trim());
  if (!payload) return { outcome: 'invalid' };
  try {
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: secrets.signature,
      hmacKeySignatureSecret: secrets.key,
    });
    if (result.expired) return { outcome: 'expired' };
    if (!result.verified) return { outcome: 'invalid' };
  } catch {
    // The library throws on values it cannot work with (an unknown algorithm, a counter out of range).
    return { outcome: 'invalid' };
  }
  return { outcome: 'verified', signature: payload.challenge.signature.toLowerCase(), expiresAt: new Date(payload.challenge.parameters.expiresAt * 1000) };
}

/**
 * Records a verified challenge as used, in the transaction that stores the question: true the first
 * time, false when it was used before (a replayed payload). The primary key decides, so two
 * requests with the same payload at once cannot both win.
 */
export async function claimChallenge(executor: Executor, check: ChallengeCheck & { outcome: 'verified' }): Promise<boolean> {
  const rows = await executor
    .insert(questionChallengeUses)
    .values({ signature: check.signature, expiresAt: check.expiresAt })
    .onConflictDoNothing({ target: questionChallengeUses.signature })
    .returning({ signature: questionChallengeUses.signature });
  return rows.length === 1;
}

/** Used challenges past their expiry can no longer verify anything: the daily retention job deletes them (bounded). */
export async function pruneUsedChallenges(): Promise<number> {
  const gone = await db.execute(
    sql`delete from ${questionChallengeUses} where ${questionChallengeUses.signature} in (select ${questionChallengeUses.signature} from ${questionChallengeUses} where ${questionChallengeUses.expiresAt} < now() limit 10000)`,
  );
  return gone.rowCount ?? 0;
}
