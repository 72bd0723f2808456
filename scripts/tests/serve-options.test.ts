// scripts/serve.mjs checks its memory and cache settings before it loads Next.js: a mistyped value
// stops it with a message naming the variable, instead of a server running with a setting nobody chose.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const serve = path.join(process.cwd(), 'scripts', 'serve.mjs');
const run = (env: Record<string, string>) => spawnSync(process.execPath, [serve, '--port', '1'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });

describe('serve.mjs settings', () => {
  it('refuses a heap growth that is not a whole number from 0 to 1000, naming the variable', () => {
    for (const value of ['abc', '-5', '1.5', '5000']) {
      const result = run({ HEAP_GROWTH_PERCENT: value });
      expect(result.status, value).toBe(2);
      expect(result.stderr).toContain(`HEAP_GROWTH_PERCENT must be a whole number from 0 to 1000 (got "${value}")`);
    }
  });

  it('refuses a front cache size out of range the same way', () => {
    const result = run({ PUBLIC_FRONT_CACHE_MB: '-1' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PUBLIC_FRONT_CACHE_MB must be a whole number');
  });
});
