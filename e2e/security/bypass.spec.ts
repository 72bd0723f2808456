// Access is decided by each page and endpoint, not by the proxy: requests crafted to skip
// middleware (x-middleware-subrequest, CVE-2025-29927) or to fetch a page's RSC payload or
// prefetch instead of its HTML are refused the same way and carry none of the protected data.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { BASE_URL, signIn } from '../fixtures/auth';
import { createTestUser, type TestUser } from '../fixtures/users';

const SKIP_MIDDLEWARE = [
  'proxy:proxy:proxy:proxy:proxy',
  'middleware:middleware:middleware:middleware:middleware',
  'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
  'pages/_middleware',
];

const VARIANTS: Array<{ name: string; suffix?: string; headers: Record<string, string> }> = [
  { name: 'plain', headers: {} },
  ...SKIP_MIDDLEWARE.map((value) => ({ name: `x-middleware-subrequest: ${value}`, headers: { 'x-middleware-subrequest': value } })),
  { name: 'RSC payload', headers: { RSC: '1' } },
  { name: 'prefetch', headers: { RSC: '1', 'Next-Router-Prefetch': '1' } },
  { name: 'segment prefetch', headers: { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' } },
  { name: '.rsc suffix', suffix: '.rsc', headers: { RSC: '1' } },
  { name: '.rsc suffix and subrequest', suffix: '.rsc', headers: { RSC: '1', 'x-middleware-subrequest': SKIP_MIDDLEWARE[0]! } },
];

let marker: TestUser;
let admin: APIRequestContext;
let reporter: APIRequestContext;
let anonymous: APIRequestContext;

test.beforeAll(async ({ playwright }) => {
  // A user whose unique name appears on the admin pages: the protected data to look for.
  marker = await createTestUser({ roles: ['reporter'], name: `Dấu hiệu bảo mật ${crypto.randomUUID().slice(0, 8)}` });
  admin = await playwright.request.newContext({ baseURL: BASE_URL });
  reporter = await playwright.request.newContext({ baseURL: BASE_URL });
  anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  await signIn(admin, await createTestUser({ roles: ['admin'] }));
  await signIn(reporter, await createTestUser({ roles: ['reporter'] }));
});

test.afterAll(async () => {
  await Promise.all([admin, reporter, anonymous].map((c) => c?.dispose()));
});

const pages = () => ['/toa-soan/nguoi-dung', `/toa-soan/nguoi-dung/${marker.id}`];

for (const variant of VARIANTS) {
  test(`${variant.name}: protected pages stay closed to the anonymous and to a reporter`, async () => {
    for (const path of pages()) {
      const url = path + (variant.suffix ?? '');
      for (const [who, request] of [['anonymous', anonymous], ['reporter', reporter]] as const) {
        // Redirects followed (Next.js first sends RSC requests to a ?_rsc= URL).
        const response = await request.get(url, { headers: variant.headers });
        const body = await response.text();
        expect(body, `${who} ${url}`).not.toContain(marker.name);
        expect(body, `${who} ${url}`).not.toContain(marker.email);
        // Never the page: the sign-in page, 403, 404, or an RSC payload without the data.
        const refused =
          [403, 404].includes(response.status()) ||
          new URL(response.url()).pathname === '/toa-soan/dang-nhap' ||
          (response.headers()['content-type'] ?? '').includes('text/x-component');
        expect(refused, `${who} ${url}: ${response.status()} ${response.url()}`).toBe(true);
        if (who === 'reporter' && !variant.headers.RSC) expect(response.status(), `${who} ${url}`).toBe(403);
      }
    }
  });
}

test('the same requests work for an admin, so the checks above are meaningful', async () => {
  for (const variant of VARIANTS.filter((v) => !v.suffix && !v.headers['Next-Router-Prefetch'])) {
    const response = await admin.get(`/toa-soan/nguoi-dung/${marker.id}`, { headers: variant.headers });
    expect(response.status(), variant.name).toBe(200);
    expect(await response.text(), variant.name).toContain(marker.email);
  }
});

test('API endpoints refuse the same tricks', async () => {
  for (const variant of VARIANTS.filter((v) => !v.suffix)) {
    expect((await anonymous.get('/api/v1/users', { headers: variant.headers })).status(), variant.name).toBe(401);
    expect((await reporter.get('/api/v1/users', { headers: variant.headers })).status(), variant.name).toBe(403);
    const own = await anonymous.get(`/api/v1/users/${marker.id}`, { headers: variant.headers });
    expect(await own.text()).not.toContain(marker.email);
  }
});
