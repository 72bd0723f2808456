// The authorization matrix against the real server: for the anonymous visitor and each role, every
// newsroom page, API endpoint (with the session cookie and with a Bearer token) and server action
// is allowed or denied exactly as the rows in ./matrix say. The first test fails when a page,
// endpoint or action exists without a row.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { BASE_URL, signIn } from '../fixtures/auth';
import { builtActions, callAction, callFormAction, findAction } from '../fixtures/server-actions';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';
import { Fixtures } from './matrix/context';
import { MATRIX } from './matrix/index';
import { entryKey, WHO, type ActionEntry, type ApiEntry, type MatrixContext, type PageEntry, type Who } from './matrix/types';
import { apiEndpoints, newsroomPages, sourceServerActions } from './routes';

interface Session {
  user: TestUser | null;
  cookie: APIRequestContext;
  bearer: APIRequestContext;
}

const sessions = new Map<Who, Session>();
let fixtureRequest: APIRequestContext;

test.beforeAll(async ({ playwright }) => {
  fixtureRequest = await playwright.request.newContext({ baseURL: BASE_URL });
  for (const who of WHO) {
    const cookie = await playwright.request.newContext({ baseURL: BASE_URL });
    let user: TestUser | null = null;
    let authorization = 'Bearer ktw_khong-phai-token-hop-le-0000000000000000000';
    if (who !== 'anonymous') {
      user = await createTestUser({ roles: [who] });
      await signIn(cookie, user);
      authorization = `Bearer ${await createTestApiToken(user.id)}`;
    }
    const bearer = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Authorization: authorization } });
    sessions.set(who, { user, cookie, bearer });
  }
});

test.afterAll(async () => {
  for (const s of sessions.values()) await Promise.all([s.cookie.dispose(), s.bearer.dispose()]);
  await fixtureRequest?.dispose();
});

test('the matrix lists every newsroom page, API endpoint and server action, and nothing else', () => {
  const rows = new Set(MATRIX.map(entryKey));
  expect(rows.size, 'duplicate rows').toBe(MATRIX.length);
  const existing = new Set([
    ...newsroomPages().map((r) => `PAGE ${r}`),
    ...apiEndpoints(),
    ...sourceServerActions(),
    ...builtActions().map((a) => `ACTION ${a.file}#${a.name}`),
  ]);
  expect([...existing].filter((k) => !rows.has(k)), 'pages, endpoints or actions without a row in e2e/security/matrix').toEqual([]);
  expect([...rows].filter((k) => !existing.has(k)), 'rows for things that no longer exist').toEqual([]);
});

const context = (who: Who, user: TestUser | null): MatrixContext => ({ who, viewer: user, fx: new Fixtures(fixtureRequest) });
const isSignIn = (location: string | undefined) => Boolean(location?.includes('/toa-soan/dang-nhap'));

async function checkPage(entry: PageEntry, who: Who, s: Session): Promise<string | null> {
  const path = entry.path ? await entry.path(context(who, s.user)) : entry.route;
  const response = await s.cookie.get(path, { maxRedirects: 0 });
  const status = response.status();
  const location = response.headers()['location'];
  const allowed = status === 200 || (status >= 300 && status < 400 && !isSignIn(location));
  const denied = who === 'anonymous' ? status >= 300 && status < 400 && isSignIn(location) : status === 403;
  if (entry.access[who] ? allowed : denied) return null;
  return `${who}: expected ${entry.access[who] ? 'allowed' : 'denied'}, got ${status}${location ? ` -> ${location}` : ''}`;
}

async function checkApi(entry: ApiEntry, who: Who, s: Session, via: 'cookie' | 'bearer'): Promise<string | null> {
  const call = await entry.call(context(who, s.user));
  const request = via === 'cookie' ? s.cookie : s.bearer;
  const headers = { ...(via === 'cookie' && entry.method !== 'GET' ? { Origin: BASE_URL } : {}), ...call.headers };
  const response = await request.fetch(call.path, { method: entry.method, data: call.data, headers, maxRedirects: 0 });
  const status = response.status();
  const allowed = status !== 401 && status !== 403 && status < 500;
  const denied = status === (who === 'anonymous' ? 401 : 403);
  const access = via === 'bearer' && entry.bearerAccess ? entry.bearerAccess : entry.access;
  if (access[who] ? allowed : denied) return null;
  return `${who} (${via}): expected ${access[who] ? 'allowed' : 'denied'}, got ${status} ${(await response.text()).slice(0, 200)}`;
}

async function checkAction(entry: ActionEntry, who: Who, request: APIRequestContext, user: TestUser | null): Promise<string | null> {
  const ctx = context(who, user);
  const action = findAction(entry.file, entry.name);
  if (entry.form) {
    const answer = await callFormAction(request, action, await entry.form.fields(ctx), { params: entry.params ? await entry.params(ctx) : undefined, url: entry.form.url, headers: entry.form.headers?.(), asRendered: entry.form.inPlace });
    // Query strings in redirects are form-encoded (spaces as +).
    const location = decodeURIComponent((answer.location ?? '').replace(/\+/g, ' '));
    const outcome = answer.status === 303 ? entry.form.outcome(location) : answer.status === 200 && entry.form.inPlace ? entry.form.outcome(answer.body) : 'unclear';
    if (outcome === (entry.access[who] ? 'allowed' : 'denied')) return null;
    return `${who}: expected ${entry.access[who] ? 'allowed' : 'denied'}, got HTTP ${answer.status} -> ${location || answer.body.slice(0, 200)}`;
  }
  const call = await callAction(request, action, entry.args ? await entry.args(ctx) : [], { params: entry.params ? await entry.params(ctx) : undefined });
  const result = call.result as { ok?: boolean; code?: string } | undefined;
  const deniedCode = who === 'anonymous' ? 'unauthenticated' : 'forbidden';
  const isDenied = result?.ok === false && (result.code === 'unauthenticated' || result.code === 'forbidden');
  const allowed = call.status < 500 && !isDenied && (entry.expectOk === false || result?.ok === true);
  const denied = call.status < 500 && result?.ok === false && result.code === deniedCode;
  if (entry.access[who] ? allowed : denied) return null;
  return `${who}: expected ${entry.access[who] ? 'allowed' : 'denied'}, got HTTP ${call.status} ${JSON.stringify(result) ?? call.body.slice(0, 200)}`;
}

for (const entry of MATRIX) {
  test(entryKey(entry), async ({ playwright }) => {
    const failures: string[] = [];
    for (const who of WHO) {
      const s = sessions.get(who)!;
      if (entry.kind === 'page') failures.push((await checkPage(entry, who, s)) ?? '');
      if (entry.kind === 'page') continue;
      if (!entry.isolate) {
        if (entry.kind === 'api') {
          failures.push((await checkApi(entry, who, s, 'cookie')) ?? '');
          failures.push((await checkApi(entry, who, s, 'bearer')) ?? '');
        } else {
          failures.push((await checkAction(entry, who, s.cookie, s.user)) ?? '');
        }
        continue;
      }
      // The call changes the session it runs in: use a fresh user of the same role.
      const cookie = await playwright.request.newContext({ baseURL: BASE_URL });
      try {
        const user = who === 'anonymous' ? null : await createTestUser({ roles: [who] });
        if (user) await signIn(cookie, user);
        if (entry.kind === 'api') failures.push((await checkApi(entry, who, { ...s, user, cookie }, 'cookie')) ?? '');
        else failures.push((await checkAction(entry, who, cookie, user)) ?? '');
      } finally {
        await cookie.dispose();
      }
    }
    expect(failures.filter(Boolean)).toEqual([]);
  });
}
