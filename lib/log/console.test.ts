import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { routeConsoleToLogger } from './console';
import { createLogger } from './logger';

describe('routeConsoleToLogger', () => {
  const original = { error: console.error, warn: console.warn };
  afterEach(() => {
    console.error = original.error;
    console.warn = original.warn;
    (globalThis as { portalConsoleRouted?: boolean }).portalConsoleRouted = false;
  });

  it("turns Next.js's own console.error / console.warn into masked JSON lines", () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>));
        done();
      },
    });
    routeConsoleToLogger(createLogger(sink as never, 'info'));
    console.error(new Error('connect ECONNREFUSED postgres://portal:pw-1@db:5432/portal'));
    console.warn('\x1b[33m⚠\x1b[39m slow response for %s', '/bai-viet/x');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'error', source: 'console', err: { type: 'Error' } });
    expect(lines[1]).toMatchObject({ level: 'warn', source: 'console', msg: 'slow response for /bai-viet/x' });
    expect(JSON.stringify(lines)).not.toContain('pw-1');
  });
});
