import { describe, expect, it } from 'vitest';
import { cappedMaxAge, claimsAtSignIn, renewableClaims } from './session-claims';

const signedIn = claimsAtSignIn({ id: 'u', sessionVersion: 3, sessionId: 's', sessionExpiresAt: 1_000_000 * 1000 + 999 });

describe('session claims', () => {
  it('carry the user, the session version, the session id and its absolute expiry, nothing else', () => {
    expect(signedIn).toEqual({ sub: 'u', sv: 3, sid: 's', aexp: 1_000_000 });
    expect(renewableClaims({ ...signedIn, iat: 1, exp: 2, jti: 'x', name: 'Ai đó' }, 999_000)).toEqual(signedIn);
  });

  it('are never renewed past the absolute expiry, however often they are renewed', () => {
    let claims: ReturnType<typeof renewableClaims> = signedIn;
    // Renewed every 15 minutes from 12 hours before the absolute expiry.
    for (let now = 1_000_000 - 12 * 3600; now < 1_000_000; now += 900) {
      claims = renewableClaims(claims!, now);
      expect(claims).toEqual(signedIn);
      expect(now + cappedMaxAge(claims!, 8 * 3600, now)).toBeLessThanOrEqual(1_000_000);
    }
    expect(renewableClaims(signedIn, 1_000_000)).toBeNull();
    expect(renewableClaims(signedIn, 1_000_001)).toBeNull();
  });

  it('refuse cookies from before server-side sessions', () => {
    expect(renewableClaims({ sub: 'u', sv: 1 }, 0)).toBeNull();
    expect(cappedMaxAge({ sub: 'u' }, 100, 0)).toBe(100);
  });
});
