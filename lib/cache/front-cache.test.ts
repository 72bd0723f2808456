// The front cache on a real node:http server, with a stand-in for the framework's handler that
// answers the way Next.js does for the request it is given (reader page, newsroom, error...).
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFrontCache, type FrontCache } from './front-cache.mjs';

let clock = 1_000_000;
let cache: FrontCache;
let calls: string[] = [];
/** Set by a test to hold the framework's answer until it is released. */
let hold: Promise<void> | null = null;
let server: http.Server;
let base: string;

const READER_HEADERS = { 'cache-control': 's-maxage=31536000', 'x-accel-expires': '5', 'content-type': 'text/html; charset=utf-8', 'x-frame-options': 'SAMEORIGIN', 'content-security-policy': "script-src 'self' 'sha256-abc'" };

async function framework(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? '/';
  calls.push(`${req.method} ${url}`);
  if (hold) await hold;
  const n = calls.length;
  if (url.startsWith('/bai-viet/rut-bai')) {
    res.writeHead(410, READER_HEADERS);
    res.end('<p>Bài viết đã bị gỡ</p>');
    return;
  }
  if (url.startsWith('/loi')) {
    res.writeHead(500, READER_HEADERS);
    res.end('lỗi');
    return;
  }
  if (url.startsWith('/cookie')) {
    res.setHeader('set-cookie', 'a=b');
    for (const [k, v] of Object.entries(READER_HEADERS)) res.setHeader(k, v);
    res.end(`cookie ${n}`);
    return;
  }
  if (url.startsWith('/rieng')) {
    res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    res.setHeader('x-accel-expires', '5');
    res.end(`private ${n}`);
    return;
  }
  if (url.startsWith('/tim-kiem')) {
    res.setHeader('cache-control', 'public, max-age=0, s-maxage=5');
    res.end(`search ${n}`);
    return;
  }
  if (url.startsWith('/lon')) {
    for (const [k, v] of Object.entries(READER_HEADERS)) res.setHeader(k, v);
    res.end(Buffer.alloc(3 * 1024 * 1024, 120));
    return;
  }
  for (const [k, v] of Object.entries(READER_HEADERS)) res.setHeader(k, v);
  res.setHeader('etag', `"e${url.length}"`);
  res.setHeader('x-request-id', 'framework-id-123');
  const body = `<html>trang ${url} lần ${n}</html>`;
  if (String(req.headers['accept-encoding'] ?? '').includes('gzip')) {
    res.setHeader('content-encoding', 'gzip');
    // Streamed in two pieces, as a render is.
    const zipped = gzipSync(body);
    res.write(zipped.subarray(0, 5));
    res.end(zipped.subarray(5));
    return;
  }
  res.statusCode = 200;
  res.write(body.slice(0, 10));
  res.end(body.slice(10));
}

beforeAll(async () => {
  server = http.createServer((req, res) => cache.handle(req, res, framework));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  clock = 1_000_000;
  calls = [];
  hold = null;
  cache = createFrontCache({ ttlMs: 1000, maxBytes: 1024 * 1024, now: () => clock });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(base + path, { method, headers });

describe('front cache', () => {
  it('answers a reader page from memory within its lifetime, with the same bytes and headers and a fresh request id', async () => {
    const first = await get('/bai-viet/hoi-nghi');
    const firstBody = await first.text();
    expect(first.headers.get('x-front-cache')).toBe('MISS');
    const second = await get('/bai-viet/hoi-nghi');
    expect(second.headers.get('x-front-cache')).toBe('HIT');
    expect(await second.text()).toBe(firstBody);
    expect(calls).toEqual(['GET /bai-viet/hoi-nghi']);
    for (const name of ['content-security-policy', 'x-frame-options', 'cache-control', 'content-type', 'etag']) expect(second.headers.get(name)).toBe(first.headers.get(name));
    expect(second.headers.get('x-request-id')).not.toBe('framework-id-123');
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('date')).toBeTruthy();
    // A well-formed id from nginx is kept, as proxy.ts does.
    const third = await get('/bai-viet/hoi-nghi', { 'x-request-id': 'nginx-request-0001' });
    expect(third.headers.get('x-request-id')).toBe('nginx-request-0001');
  });

  it('asks the framework again once the copy is older than its lifetime', async () => {
    await (await get('/')).text();
    clock += 999;
    expect((await get('/')).headers.get('x-front-cache')).toBe('HIT');
    clock += 2;
    const late = await get('/');
    expect(late.headers.get('x-front-cache')).toBe('MISS');
    expect(await late.text()).toContain('lần 2');
  });

  it('forgets every copy on purge, and does not keep an answer that was on its way during the purge', async () => {
    await (await get('/a')).text();
    await (await get('/b')).text();
    cache.purge();
    expect(cache.stats().entries).toBe(0);
    expect((await get('/a')).headers.get('x-front-cache')).toBe('MISS');

    let release!: () => void;
    hold = new Promise<void>((resolve) => (release = resolve));
    const inFlight = get('/c');
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.purge(); // a publish lands while /c (rendered before it) is being answered
    release();
    await (await inFlight).text();
    hold = null;
    expect((await get('/c')).headers.get('x-front-cache')).toBe('MISS');
  });

  it('keeps compressed and plain answers apart, compressed bytes intact', async () => {
    await (await get('/x', { 'accept-encoding': 'gzip' })).text();
    const plain = await get('/x', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('x-front-cache')).toBe('MISS');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await get('/x', { 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('x-front-cache')).toBe('HIT');
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toBe('<html>trang /x lần 1</html>'); // fetch inflates it
  });

  it('stores the withdrawn story 410 and the 404 page, never a server error', async () => {
    await (await get('/bai-viet/rut-bai')).text();
    const gone = await get('/bai-viet/rut-bai');
    expect(gone.status).toBe(410);
    expect(gone.headers.get('x-front-cache')).toBe('HIT');
    await (await get('/loi')).text();
    expect((await get('/loi')).headers.get('x-front-cache')).toBe('MISS');
    expect(calls.filter((c) => c === 'GET /loi')).toHaveLength(2);
  });

  it('never keeps what the app did not mark as a cached reader page, or what sets a cookie', async () => {
    for (const path of ['/cookie', '/rieng', '/tim-kiem?q=a']) {
      await (await get(path)).text();
      expect((await get(path)).headers.get('x-front-cache'), path).toBe('MISS');
    }
    expect(cache.stats().entries).toBe(0);
  });

  it('sends staff, previews, API, newsroom and framework navigation requests straight to the framework', async () => {
    await (await get('/bai-viet/hoi-nghi')).text();
    const bypass: Array<[string, Record<string, string>]> = [
      ['/bai-viet/hoi-nghi', { cookie: 'theme=x; authjs.session-token=abc' }],
      ['/bai-viet/hoi-nghi', { cookie: '__Secure-authjs.session-token.0=abc' }],
      ['/bai-viet/hoi-nghi', { cookie: '__prerender_bypass=1' }],
      ['/bai-viet/hoi-nghi', { authorization: 'Bearer x' }],
      ['/bai-viet/hoi-nghi', { rsc: '1' }],
      ['/bai-viet/hoi-nghi', { 'next-router-prefetch': '1' }],
      ['/bai-viet/hoi-nghi?_rsc=abc', {}],
    ];
    for (const [path, headers] of bypass) {
      const response = await get(path, headers);
      await response.text();
      expect(response.headers.get('x-front-cache'), JSON.stringify(headers)).toBeNull();
    }
    for (const path of ['/toa-soan', '/toa-soan/bai-viet', '/api/v1/articles', '/api/lich/abc', '/_next/static/chunks/a.js']) {
      await (await get(path)).text();
      const again = await get(path);
      await again.text();
      expect(again.headers.get('x-front-cache'), path).toBeNull();
    }
    const post = await fetch(base + '/bai-viet/hoi-nghi', { method: 'POST', body: 'x' });
    await post.text();
    expect(post.headers.get('x-front-cache')).toBeNull();
  });

  it('keeps nothing for an address longer than 2,048 characters, nor for a query flood past its memory', async () => {
    const long = `/bai-viet/${'a'.repeat(2100)}`;
    await (await get(long)).text();
    const again = await get(long);
    await again.text();
    expect(again.headers.get('x-front-cache')).toBeNull();
    expect(calls.filter((c) => c === `GET ${long}`)).toHaveLength(2);
    cache = createFrontCache({ ttlMs: 1000, maxBytes: 64 * 1024, now: () => clock });
    for (let i = 0; i < 200; i += 1) await (await get(`/?x=${i}`)).text();
    expect(cache.stats().bytes).toBeLessThanOrEqual(64 * 1024);
    expect(cache.stats().entries).toBeLessThan(64);
  });

  it('answers HEAD and If-None-Match from a GET copy', async () => {
    const plain = { 'accept-encoding': 'identity' };
    const first = await get('/etag', plain);
    await first.text();
    const head = await get('/etag', plain, 'HEAD');
    expect(head.headers.get('x-front-cache')).toBe('HIT');
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength('<html>trang /etag lần 1</html>')));
    expect(await head.text()).toBe('');
    const conditional = await get('/etag', { ...plain, 'if-none-match': first.headers.get('etag')! });
    expect(conditional.status).toBe(304);
    // A HEAD on a cold address is passed on and fills nothing.
    await (await get('/lanh', {}, 'HEAD')).text();
    expect((await get('/lanh')).headers.get('x-front-cache')).toBe('MISS');
  });

  it('stays within its memory: oversized answers pass through, older copies go first', async () => {
    const big = await get('/lon');
    expect((await big.arrayBuffer()).byteLength).toBe(3 * 1024 * 1024);
    expect(cache.stats().entries).toBe(0);
    // Each copy counts its body (~28 bytes), its key (~40) and 1 KB of overhead: two fit in 2,300.
    cache = createFrontCache({ ttlMs: 1000, maxBytes: 2300, now: () => clock });
    await (await get('/p1')).text();
    await (await get('/p2')).text();
    await (await get('/p1')).text(); // p1 used again: p2 is now the oldest
    await (await get('/p3')).text();
    await (await get('/p4')).text();
    expect(cache.stats().bytes).toBeLessThanOrEqual(2300);
    expect(cache.stats().entries).toBe(2);
    expect((await get('/p2')).headers.get('x-front-cache')).toBe('MISS');
  });

  it('drops copies past their lifetime when it stores another, instead of keeping them until memory runs out', async () => {
    for (const path of ['/a1', '/a2', '/a3']) await (await get(path)).text();
    clock += 600;
    await (await get('/a4')).text();
    await (await get('/a2')).text(); // a2 used again: it moves behind a4, keeping its first lifetime
    expect(cache.stats().entries).toBe(4);
    clock += 500; // a1, a2, a3 expired; a4 has 500 ms left
    await (await get('/a5')).text();
    // a1 and a3 went from the oldest end; a2, expired behind the live a4, waits for a later store.
    expect(cache.stats().entries).toBe(3);
    clock += 600; // a4 expired too
    await (await get('/a6')).text();
    expect(cache.stats().entries).toBe(2);
    expect((await get('/a5')).headers.get('x-front-cache')).toBe('HIT');
  });

  it('keeps nothing with a lifetime of 0', async () => {
    cache = createFrontCache({ ttlMs: 0, now: () => clock });
    await (await get('/')).text();
    expect((await get('/')).headers.get('x-front-cache')).toBe('MISS');
    expect(cache.stats().entries).toBe(0);
  });
});
