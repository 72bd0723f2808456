import { describe, expect, it } from 'vitest';
import { credentialLifetimes } from './lifetimes';

describe('credentialLifetimes', () => {
  it('defaults to a 12-hour session and tokens of 90 days, 365 at most', () => {
    expect(credentialLifetimes({})).toEqual({ sessionHours: 12, tokenDefaultDays: 90, tokenMaxDays: 365 });
  });

  it('reads the environment and ignores values it cannot use', () => {
    expect(credentialLifetimes({ SESSION_MAX_HOURS: '8', API_TOKEN_DEFAULT_DAYS: '30', API_TOKEN_MAX_DAYS: '180' })).toEqual({
      sessionHours: 8,
      tokenDefaultDays: 30,
      tokenMaxDays: 180,
    });
    for (const bad of ['0', '-1', '1.5', 'mãi mãi', '99999']) {
      expect(credentialLifetimes({ SESSION_MAX_HOURS: bad, API_TOKEN_MAX_DAYS: bad })).toMatchObject({ sessionHours: 12, tokenMaxDays: 365 });
    }
  });

  it('never lets the default outlive the maximum', () => {
    expect(credentialLifetimes({ API_TOKEN_MAX_DAYS: '30' })).toMatchObject({ tokenDefaultDays: 30, tokenMaxDays: 30 });
  });
});
