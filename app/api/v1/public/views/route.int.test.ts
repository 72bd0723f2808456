// The reading beacon's two doors give the same answers: the Next.js route (route.ts, reached under
// `next dev` or before the server registered its front route) and the front route the production
// server answers with (fast-path.ts), both over answerViewBeacon(). Bad bodies get the same
// Vietnamese problem document from both; good ones the same 204.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BEACON_BYTES } from './beacon';
import { viewBeaconFastPath } from './fast-path';
import { POST } from './route';

let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((req, res) => void viewBeaconFastPath(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

async function bothDoors(body: string, headers: Record<string, string> = {}) {
  const init = { method: 'POST', body, headers: { 'content-type': 'application/json', 'user-agent': BROWSER, ...headers } };
  const viaRoute = await POST(new Request(`${origin}/api/v1/public/views`, init));
  const viaFront = await fetch(`${origin}/api/v1/public/views`, init);
  const read = async (r: Response) => ({ status: r.status, type: r.headers.get('content-type'), cache: r.headers.get('cache-control'), text: await r.text() });
  return { route: await read(viaRoute), front: await read(viaFront), frontHeaders: viaFront.headers };
}

describe('reading beacon: the route and the front route answer alike', () => {
  it('refuses an oversized body (413) and a body that is not the JSON it wants (400), in Vietnamese', async () => {
    const big = await bothDoors(JSON.stringify({ articleId: 'x'.repeat(MAX_BEACON_BYTES) }));
    expect(big.front).toEqual(big.route);
    expect(big.route.status).toBe(413);
    expect(big.route.type).toContain('application/problem+json');
    expect(big.route.text).toContain('Nội dung gửi quá lớn');
    expect(big.frontHeaders.get('connection')).toBe('close');

    for (const bad of ['không phải JSON', '[]', '{"articleId": 42}', '{"articleId": "khong-phai-uuid"}', '']) {
      const answer = await bothDoors(bad);
      expect(answer.front, bad).toEqual(answer.route);
      expect(answer.route.status, bad).toBe(400);
      expect(answer.route.text, bad).toMatch(/[ạ-ỹ]/u);
    }
  });

  it('answers a well-formed beacon 204 with no-store, counted or not (a crawler, another site, a reader)', async () => {
    const articleId = crypto.randomUUID();
    const cases: Array<Record<string, string>> = [{ 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }, { origin: 'https://evil.example' }, { origin }];
    for (const headers of cases) {
      const answer = await bothDoors(JSON.stringify({ articleId }), headers);
      expect(answer.front).toEqual(answer.route);
      expect(answer.route).toMatchObject({ status: 204, cache: 'no-store', text: '' });
    }
  });
});
