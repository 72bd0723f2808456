import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggablePath, startAccessLog } from './access-log';
import { createAccessLogger } from './logger';

describe('loggablePath', () => {
  it('keeps the path and the query parameter names, never their values', () => {
    expect(loggablePath('/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B&page=2&q=x')).toEqual({ path: '/tim-kiem', query: ['q', 'page'] });
    expect(loggablePath('/api/auth/callback/credentials?callbackUrl=%2Ftoa-soan')).toEqual({ path: '/api/auth/callback/credentials', query: ['callbackUrl'] });
    expect(loggablePath('/bai-viet/hoi-nghi')).toEqual({ path: '/bai-viet/hoi-nghi' });
    expect(loggablePath('/?')).toEqual({ path: '/' });
  });

  it('masks the credential in set-password and preview links', () => {
    expect(loggablePath('/toa-soan/dat-mat-khau/Zk93_secret-link').path).toBe('/toa-soan/dat-mat-khau/[redacted]');
    expect(loggablePath('/xem-truoc/pv_abcdef123456?x=1').path).toBe('/xem-truoc/[redacted]');
    expect(loggablePath('/toa-soan/bai-viet/123').path).toBe('/toa-soan/bai-viet/123');
  });

  it('masks the private calendar feed token', () => {
    expect(loggablePath('/api/lich/lich_Zk93-abc_DEF').path).toBe('/api/lich/[redacted]');
    expect(loggablePath('/api/lich/lich_Zk93-abc_DEF.ics?v=1')).toEqual({ path: '/api/lich/[redacted]', query: ['v'] });
  });
});

describe('access log', () => {
  const lines: Array<Record<string, unknown>> = [];
  let server: http.Server;
  let base: string;
  let stop: () => void;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>));
        done();
      },
    });
    // The logger instrumentation.ts gives it: no redaction or scrub of its own, so what is masked is masked here.
    stop = startAccessLog(createAccessLogger(sink as never, 'info'));
    // Stands in for `next start`: proxy.ts has put the id on the response; the handler sets the status.
    server = http.createServer((req, res) => {
      if (!req.url?.startsWith('/_next/static')) res.setHeader('x-request-id', 'nginx-3f2b9c0e5d7a41c8');
      if (req.url?.startsWith('/slow')) {
        setTimeout(() => res.end('late'), 60);
        return;
      }
      res.statusCode = req.url?.startsWith('/khong-co') ? 404 : req.headers['x-refuse'] ? 400 : 200;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    stop();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function waitFor(n: number) {
    for (let i = 0; i < 200 && lines.length < n; i++) await new Promise((r) => setTimeout(r, 5));
  }

  it('writes one line per request, after the response, with reqId, method, path, status and duration', async () => {
    lines.length = 0;
    await fetch(`${base}/slow/bai-viet?token=tok-secret-1`, { headers: { cookie: 'authjs.session-token=ck-2', authorization: 'Bearer tok-3' } });
    await fetch(`${base}/khong-co`, { method: 'POST', body: 'password=pw-4' });
    await waitFor(2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'request', reqId: 'nginx-3f2b9c0e5d7a41c8', method: 'GET', path: '/slow/bai-viet', query: ['token'], status: 200 });
    expect(lines[0]!.durationMs).toBeGreaterThanOrEqual(50);
    expect(lines[1]).toMatchObject({ reqId: 'nginx-3f2b9c0e5d7a41c8', method: 'POST', path: '/khong-co', status: 404 });
    const text = JSON.stringify(lines);
    for (const secret of ['tok-secret-1', 'ck-2', 'tok-3', 'pw-4']) expect(text).not.toContain(secret);
  });

  it('masks a token pasted into the address, as a path segment or as a parameter name', async () => {
    lines.length = 0;
    await fetch(`${base}/bai-viet/ktw_Secret5Token?lich_Feed6Token&x=1`);
    await fetch(`${base}/toa-soan/dat-mat-khau/Zk93_link-7`);
    await waitFor(2);
    expect(lines[0]).toMatchObject({ path: '/bai-viet/ktw_[redacted]', query: ['lich_[redacted]', 'x'] });
    expect(lines[1]).toMatchObject({ path: '/toa-soan/dat-mat-khau/[redacted]' });
    const text = JSON.stringify(lines);
    for (const secret of ['Secret5Token', 'Feed6Token', 'Zk93_link-7']) expect(text).not.toContain(secret);
  });

  it('logs build assets at debug level only, and says when the client went away', async () => {
    lines.length = 0;
    await fetch(`${base}/_next/static/chunks/app.js`);
    const aborted = new AbortController();
    const pending = fetch(`${base}/slow/abandoned`, { signal: aborted.signal }).catch(() => null);
    await new Promise((r) => setTimeout(r, 20));
    aborted.abort();
    await pending;
    await waitFor(1);
    expect(lines).toEqual([expect.objectContaining({ path: '/slow/abandoned', aborted: true })]);
  });

  it('logs an accepted reading beacon at debug level, a refused one at info', async () => {
    lines.length = 0;
    await fetch(`${base}/api/v1/public/views`, { method: 'POST', body: '{}' });
    await fetch(`${base}/api/v1/public/views`, { method: 'POST', body: '[]', headers: { 'x-refuse': '1' } });
    await waitFor(1);
    expect(lines).toEqual([expect.objectContaining({ level: 'info', path: '/api/v1/public/views', status: 400 })]);
  });
});
