// scripts/collab-server.ts checks its settings before it loads anything that connects: a mistyped
// COLLAB_REDIS_URL stops it with one line naming the variable, instead of a server that would keep
// its stories out of step with the other servers'.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.join(process.cwd(), 'scripts', 'collab-server.ts');
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', AUTH_SECRET: 'collab-options-test', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('collab-server settings', () => {
  it('refuses a COLLAB_REDIS_URL that is not a redis:// URL, naming the variable', () => {
    const result = run({ COLLAB_REDIS_URL: 'http://cache.internal:6379' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('COLLAB_REDIS_URL must be a redis:// or rediss:// URL');
  });

  it('refuses a bad COLLAB_PORT the same way', () => {
    const result = run({ COLLAB_PORT: '70000' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('COLLAB_PORT must be a whole number from 1 to 65535');
  });
});
