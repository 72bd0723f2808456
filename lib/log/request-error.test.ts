import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { logRequestError } from './request-error';

describe('logRequestError (instrumentation.ts onRequestError)', () => {
  it('writes the request id, the route and the error without its parameters, cookies or query values', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const error = Object.assign(new Error('Failed query: select * from sessions where token_hash = $1\nparams: hash-secret-1'), {
      name: 'DrizzleQueryError',
      params: ['hash-secret-1'],
      digest: '2718281828',
    });
    logRequestError(
      createLogger(sink as never, 'info'),
      error,
      { path: '/toa-soan/bai-viet/12?token=tok-2', method: 'GET', headers: { 'x-request-id': 'nginx-aa11bb22cc33', cookie: 'authjs.session-token=ck-3' } },
      { routePath: '/toa-soan/bai-viet/[id]', routeType: 'render' },
    );
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 'error',
      msg: 'request failed',
      reqId: 'nginx-aa11bb22cc33',
      method: 'GET',
      path: '/toa-soan/bai-viet/12',
      query: ['token'],
      route: '/toa-soan/bai-viet/[id]',
      routeType: 'render',
      err: { type: 'DrizzleQueryError', digest: '2718281828', message: 'Failed query: select * from sessions where token_hash = $1' },
    });
    for (const secret of ['hash-secret-1', 'tok-2', 'ck-3']) expect(lines[0]).not.toContain(secret);
  });
});
