// The proof-of-work check of the public question form against real PostgreSQL: challenges are made
// by the server's code, solved here with the same library the widget's worker runs, and posted
// through submitQuestion as the form does. Valid → verified once; expired, tampered, forged or
// replayed → stored unverified; the used-challenge table is purged by the retention job.
import { randomBytes } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import { CHALLENGE_COST, CHALLENGE_COUNTER_MAX, CHALLENGE_TTL_SECONDS, checkQuestionChallenge, newQuestionChallenge, type QuestionChallenge } from '../challenge';
import { eraseExpiredPersonalData } from '../retention';
import { submitQuestion } from '../submit';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 3 });
const savedSecret = process.env.AUTH_SECRET;
const SECRET = randomBytes(32).toString('base64url');
beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});
afterEach(() => {
  process.env.AUTH_SECRET = SECRET;
});
afterAll(async () => {
  if (savedSecret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = savedSecret;
  await pool.end();
});

const run = crypto.randomUUID().slice(0, 8);
let ipCounter = 0;
const freshIp = () => `10.${200 + (Number.parseInt(run.slice(0, 2), 16) % 50)}.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
const form = () => ({
  name: 'Lê Thị Cúc',
  email: `cuc.${run}.${Math.random().toString(36).slice(2, 8)}@example.vn`,
  phone: '',
  topic: 'gop-y',
  question: `Góp ý về cổng thông tin, gửi kèm lời giải thử thách xác minh (${run}).`,
  consent: 'co',
});

/** What the widget posts: base64 of the challenge it was given and the solution its worker found. */
async function solvedPayload(challenge: QuestionChallenge, edit: (p: { challenge: QuestionChallenge; solution: { counter: number; derivedKey: string } }) => void = () => {}) {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('no solution found');
  const payload = { challenge: { parameters: { ...challenge.parameters }, signature: challenge.signature! }, solution: { counter: solution.counter, derivedKey: solution.derivedKey } };
  edit(payload);
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

async function fresh(options?: { expiresAt?: Date }) {
  const challenge = await newQuestionChallenge(options);
  if (!challenge) throw new Error('no challenge without AUTH_SECRET');
  return challenge;
}

/** Sends the form with this payload; returns the stored row's verified flag and the audit's reason. */
async function send(challenge: unknown) {
  const result = await submitQuestion(form(), { ip: freshIp(), challenge });
  if (!result.ok || !result.questionId) throw new Error(`not stored: ${JSON.stringify(result)}`);
  const [row] = await db.select({ verified: s.questions.verified }).from(s.questions).where(eq(s.questions.id, result.questionId));
  const [audit] = await db.select({ data: s.auditLog.data }).from(s.auditLog).where(eq(s.auditLog.targetId, result.questionId));
  return { verified: row!.verified, audit: audit!.data as Record<string, unknown> };
}

describe('the challenge the widget is given', () => {
  it('is signed, bounded in difficulty and expires in 20 minutes', async () => {
    const before = Math.floor(Date.now() / 1000);
    const challenge = await fresh();
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.parameters).toMatchObject({ algorithm: 'PBKDF2/SHA-256', cost: CHALLENGE_COST });
    expect(challenge.parameters.keySignature).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.parameters.expiresAt).toBeGreaterThanOrEqual(before + CHALLENGE_TTL_SECONDS);
    expect(challenge.parameters.expiresAt).toBeLessThanOrEqual(before + CHALLENGE_TTL_SECONDS + 2);
    const solution = await solveChallenge({ challenge, deriveKey });
    expect(solution!.counter).toBeLessThanOrEqual(CHALLENGE_COUNTER_MAX);
  });

  it('is not offered without AUTH_SECRET, and nothing verifies then (no built-in fallback key)', async () => {
    const payload = await solvedPayload(await fresh());
    delete process.env.AUTH_SECRET;
    expect(await newQuestionChallenge()).toBeNull();
    expect(await checkQuestionChallenge(payload)).toEqual({ outcome: 'unconfigured' });
  });

  it('is signed with a key of its own: another AUTH_SECRET does not accept it', async () => {
    const payload = await solvedPayload(await fresh());
    process.env.AUTH_SECRET = randomBytes(32).toString('base64url');
    expect(await checkQuestionChallenge(payload)).toEqual({ outcome: 'invalid' });
  });
});

describe('a question sent with a payload', () => {
  it('is verified when the payload is valid, and the same payload again is stored unverified (replay)', async () => {
    const payload = await solvedPayload(await fresh());
    expect(await send(payload)).toEqual({ verified: true, audit: expect.objectContaining({ verified: true, challenge: 'verified', via: 'public_form' }) });
    expect(await send(payload)).toEqual({ verified: false, audit: expect.objectContaining({ verified: false, challenge: 'replayed' }) });
  });

  it('lets only one of two simultaneous sends with the same payload be verified', async () => {
    const payload = await solvedPayload(await fresh());
    const results = await Promise.all([send(payload), send(payload)]);
    expect(results.map((r) => r.verified).sort()).toEqual([false, true]);
  });

  it('is stored unverified without a payload, as a form sent without scripts', async () => {
    expect(await send(undefined)).toEqual({ verified: false, audit: expect.objectContaining({ verified: false, challenge: 'missing' }) });
    expect(await send('')).toMatchObject({ verified: false });
  });

  it('is stored unverified when the challenge has expired', async () => {
    const payload = await solvedPayload(await fresh({ expiresAt: new Date(Date.now() - 1000) }));
    expect(await checkQuestionChallenge(payload)).toEqual({ outcome: 'expired' });
    expect(await send(payload)).toEqual({ verified: false, audit: expect.objectContaining({ verified: false, challenge: 'expired' }) });
  });

  it('is stored unverified when the payload was tampered with or forged', async () => {
    const challenge = await fresh();
    const tampered = [
      // A longer expiry, a lower difficulty: the signature covers the parameters.
      await solvedPayload(challenge, (p) => void (p.challenge.parameters.expiresAt = p.challenge.parameters.expiresAt! + 3600)),
      await solvedPayload(challenge, (p) => void (p.challenge.parameters.cost = 1)),
      // A guessed answer instead of the solved one. (The counter is not checked on its own: the
      // derived key is the proof of the work, and the server checks it against its signature.)
      await solvedPayload(challenge, (p) => void (p.solution.derivedKey = '00'.repeat(32))),
      await solvedPayload(challenge, (p) => void (p.solution.derivedKey = `${p.solution.derivedKey.slice(0, -1)}${p.solution.derivedKey.endsWith('0') ? '1' : '0'}`)),
      // The signature of another challenge.
      await solvedPayload(challenge, (p) => void (p.challenge.signature = 'ab'.repeat(32))),
      // The widget's test mode, and things that are not payloads at all.
      Buffer.from(JSON.stringify({ challenge: null, solution: null, test: true })).toString('base64'),
      'not base64 at all!',
      Buffer.from('{"challenge":').toString('base64'),
      'A'.repeat(5000),
    ];
    for (const payload of tampered) expect(await checkQuestionChallenge(payload), payload.slice(0, 60)).toEqual({ outcome: 'invalid' });
    expect(await send(tampered[0])).toEqual({ verified: false, audit: expect.objectContaining({ verified: false, challenge: 'invalid' }) });
    // The untouched payload still verifies: nothing above used it up.
    expect(await send(await solvedPayload(challenge))).toMatchObject({ verified: true });
  });

  it('is not used up by a message that is refused (here: consent not given)', async () => {
    const payload = await solvedPayload(await fresh());
    const refused = await submitQuestion({ ...form(), consent: '' }, { ip: freshIp(), challenge: payload });
    expect(refused.ok).toBe(false);
    expect(await send(payload)).toMatchObject({ verified: true });
  });
});

describe('the used-challenge table', () => {
  it('is purged of expired challenges by the retention job, and keeps the ones that could still be replayed', async () => {
    const old = `old-${run}-${Math.random()}`;
    const live = `live-${run}-${Math.random()}`;
    await db.insert(s.questionChallengeUses).values([
      { signature: old, expiresAt: new Date(Date.now() - 60_000) },
      { signature: live, expiresAt: new Date(Date.now() + 60_000) },
    ]);
    await eraseExpiredPersonalData();
    const left = await db.select({ signature: s.questionChallengeUses.signature }).from(s.questionChallengeUses).where(inArray(s.questionChallengeUses.signature, [old, live]));
    expect(left.map((r) => r.signature)).toEqual([live]);
    const [{ n } = { n: -1 }] = await db.select({ n: sql<number>`count(*)::int` }).from(s.questionChallengeUses).where(sql`${s.questionChallengeUses.expiresAt} < now()`);
    expect(n).toBe(0);
  });
});
