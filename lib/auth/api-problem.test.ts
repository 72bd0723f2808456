import { describe, expect, it } from 'vitest';
import { DataError } from '@/lib/data/errors';
import { ANONYMOUS } from '@/lib/policy/roles';
import { problemFromError } from './problem';

const staff = { kind: 'user' as const, id: 'u', roles: ['editor' as const] };

describe('problemFromError', () => {
  it('answers 503 with Retry-After when the database cannot be reached, however the error is wrapped', async () => {
    for (const error of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Failed query: select 1', { cause: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }) }),
    ]) {
      const response = problemFromError(error, staff);
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('30');
      expect(response.headers.get('Content-Type')).toContain('application/problem+json');
      expect((await response.json()).detail).toMatch(/tạm thời không truy cập được/);
    }
  });

  it('keeps the other mappings: expected failures their status, anything else a detail-free 500', async () => {
    expect(problemFromError(new DataError('conflict', 'Xung đột'), staff).status).toBe(409);
    expect(problemFromError(new DataError('forbidden', 'Không'), ANONYMOUS).status).toBe(401);
    const unexpected = problemFromError(new Error('secret stack detail'), staff);
    expect(unexpected.status).toBe(500);
    expect(await unexpected.text()).not.toContain('secret stack detail');
  });
});
