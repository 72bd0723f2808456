import { describe, expect, it } from 'vitest';
import { lockState, SIGN_IN_LIMITS, waitText } from './lockout';

const now = new Date('2026-01-01T08:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('lockState', () => {
  it('is open below the limit', () => {
    expect(lockState({ count: 4, oldest: ago(1), now }, SIGN_IN_LIMITS.perAccount)).toEqual({ locked: false });
  });
  it('locks at the limit until the oldest counted failure leaves the window', () => {
    expect(lockState({ count: 5, oldest: ago(5), now }, 5)).toEqual({ locked: true, retryAfterSeconds: 600 });
    expect(lockState({ count: 5, oldest: ago(14.999), now }, 5)).toEqual({ locked: true, retryAfterSeconds: 1 });
    expect(lockState({ count: 5, oldest: ago(15), now }, 5)).toEqual({ locked: false });
  });
  it('says how long to wait in Vietnamese', () => {
    expect(waitText(30)).toBe('30 giây');
    expect(waitText(61)).toBe('2 phút');
  });
});
