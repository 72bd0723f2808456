import { describe, expect, it } from 'vitest';
import { signCollabTicket, verifyCollabTicket } from './collab-ticket';

const secret = 'unit-secret';
const userId = '11111111-1111-4111-8111-111111111111';
const articleId = '22222222-2222-4222-8222-222222222222';
const now = Date.UTC(2026, 11, 6, 12);

describe('collaboration ticket', () => {
  const { ticket } = signCollabTicket({ userId, articleId, sessionVersion: 3 }, { now, secret })!;

  it('carries user, story and session version for a minute', () => {
    expect(verifyCollabTicket(ticket, articleId, { now: now + 59_000, secret })).toEqual({ userId, articleId, sessionVersion: 3, expiresAt: now / 1000 + 60 });
  });

  it('is refused when expired, for another story, under another secret, or altered', () => {
    expect(verifyCollabTicket(ticket, articleId, { now: now + 60_000, secret })).toBeNull();
    expect(verifyCollabTicket(ticket, '33333333-3333-4333-8333-333333333333', { now, secret })).toBeNull();
    expect(verifyCollabTicket(ticket, articleId, { now, secret: 'other' })).toBeNull();
    const [v, payload, sig] = ticket.split('.');
    const forged = Buffer.from(JSON.stringify({ u: userId, a: articleId, v: 4, e: now / 1000 + 60 })).toString('base64url');
    expect(verifyCollabTicket(`${v}.${forged}.${sig}`, articleId, { now, secret })).toBeNull();
    const flipped = (sig!.startsWith('A') ? 'B' : 'A') + sig!.slice(1);
    expect(verifyCollabTicket(`${v}.${payload}.${flipped}`, articleId, { now, secret })).toBeNull();
    expect(verifyCollabTicket(undefined, articleId, { now, secret })).toBeNull();
    expect(verifyCollabTicket('x'.repeat(5000), articleId, { now, secret })).toBeNull();
  });

  it('is not issued without a secret', () => {
    expect(signCollabTicket({ userId, articleId, sessionVersion: 1 }, { secret: '' })).toBeNull();
  });
});
