// Security headers on every response, and the CSP the pages actually live with: a fresh nonce on
// pages rendered per request, the hashes of the page's own framework scripts on cached reader pages
// (docs/security.md).
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/auth';
import { servedFromCache } from '../fixtures/cache';
import { createTestUser } from '../fixtures/users';

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d]));
}

test('every kind of response carries nosniff, a referrer policy and HSTS', async ({ request }) => {
  const home = await (await request.get('/')).text();
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
  expect(script).toBeTruthy();
  for (const path of ['/', '/toa-soan/dang-nhap', '/toa-soan', '/api/v1/me', '/api/auth/session', '/khong-co-trang-nay', script!]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const h = response.headers();
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    // The e2e server is a production build.
    expect(h['strict-transport-security'], path).toMatch(/max-age=\d{7,}/);
  }
});

test('pages rendered per request get a CSP with a fresh nonce on every script; the newsroom cannot be framed', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ['/toa-soan/dang-nhap', '/tim-kiem?q=hoi+nghi', '/en/tim-kiem?q=x']) {
    const response = await request.get(path);
    const csp = response.headers()['content-security-policy'];
    expect(csp, path).toBeTruthy();
    const d = directives(csp!);
    const scriptSrc = d.get('script-src')!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    expect(d.get('object-src')).toBe("object-src 'none'");
    // Every script Next.js put on the page carries the nonce, so none is blocked.
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    const newsroom = path.startsWith('/toa-soan');
    expect(d.get('frame-ancestors'), path).toBe(newsroom ? "frame-ancestors 'none'" : "frame-ancestors 'self'");
    expect(response.headers()['x-frame-options'], path).toBe(newsroom ? 'DENY' : 'SAMEORIGIN');
  }
  expect(nonces.size).toBe(3);
});

test('cached reader pages get a CSP that allows exactly their own framework scripts by hash, never a nonce', async ({ request }) => {
  for (const path of ['/', '/en', '/khong-co-trang-nay', '/en/trang-khong-co', '/gioi-thieu', '/bai-viet/vu-kinh-te-vung-va-dia-phuong-ban-kinh-te-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2019']) {
    await request.get(path); // the first request renders the page into the cache
    const response = await request.get(path);
    expect(servedFromCache(response.headers()), path).toBe(true);
    const csp = response.headers()['content-security-policy'];
    expect(csp, path).toBeTruthy();
    const d = directives(csp!);
    const scriptSrc = d.get('script-src')!;
    expect(scriptSrc, path).not.toMatch(/nonce|unsafe-inline|unsafe-eval|unsafe-hashes/);
    expect(d.get('object-src')).toBe("object-src 'none'");
    expect(d.get('base-uri')).toBe("base-uri 'self'");
    expect(d.get('frame-ancestors'), path).toBe("frame-ancestors 'self'");
    expect(response.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
    const html = await response.text();
    expect(html, path).not.toContain('nonce=');
    const allowed = new Set(scriptSrc.split(/\s+/).slice(1));
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/\bsrc=|application\/ld\+json/.test(attrs!));
    expect(inline.length, path).toBeGreaterThan(0);
    for (const [, , text] of inline) expect(allowed.has(`'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`), `${path}: ${text!.slice(0, 60)}`).toBe(true);
    // Nothing beyond 'self' and those hashes.
    expect(allowed.size, path).toBe(1 + new Set(inline.map(([, , text]) => text)).size);
  }
});

test('the session cookie is httpOnly, Secure and SameSite=Lax', async ({ playwright, baseURL }) => {
  const user = await createTestUser({ roles: ['reporter'] });
  const context = await playwright.request.newContext({ baseURL });
  await signIn(context, user);
  const cookie = (await context.storageState()).cookies.find((c) => c.name.endsWith('authjs.session-token'));
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
  expect(cookie!.name).toBe('__Secure-authjs.session-token');
  // Only the user id and the session version are inside; the token is encrypted, so not even those show.
  expect(cookie!.value).not.toContain(user.email);
  await context.dispose();
});

test('pages run under the CSP without a single violation', async ({ page }) => {
  const user = await createTestUser({ roles: ['admin'] });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await signIn(page.request, user);
  for (const path of ['/', '/en', '/bai-viet/vu-kinh-te-vung-va-dia-phuong-ban-kinh-te-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-nam-2019', '/tim-kiem?q=hoi+nghi', '/toa-soan', '/toa-soan/nguoi-dung', '/toa-soan/tai-khoan', '/khong-co-trang-nay']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), path).toEqual([]);
  }
  // Hydrated: a client-side navigation works (scripts ran).
  await page.goto('/toa-soan');
  await page.getByRole('navigation', { name: 'Tòa soạn' }).getByRole('link', { name: 'Tài khoản của tôi' }).click();
  await expect(page.getByRole('heading', { name: 'Tài khoản của tôi' })).toBeVisible();
});
