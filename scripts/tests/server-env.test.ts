// The launchers' environment: two malloc arenas unless the operator chose a number.
import { describe, expect, it } from 'vitest';
import { MALLOC_ARENAS, serverEnv } from '../lib/server-env';

describe('serverEnv', () => {
  it('limits glibc to two malloc arenas and keeps the rest of the environment', () => {
    const env = serverEnv({ PORT: '3000' });
    expect(env).toEqual({ PORT: '3000', MALLOC_ARENA_MAX: MALLOC_ARENAS });
  });

  it("keeps the operator's own value; an empty one counts as unset", () => {
    expect(serverEnv({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
    expect(serverEnv({ MALLOC_ARENA_MAX: '' }).MALLOC_ARENA_MAX).toBe('2');
  });

  it('does not change the environment it was given', () => {
    const given = { PORT: '3000' };
    serverEnv(given);
    expect(given).toEqual({ PORT: '3000' });
  });
});
