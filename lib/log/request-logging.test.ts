// Every module that logs goes through lib/log: its lines carry the request's id when written inside
// a request, and no secret reaches them, whatever the error's shape.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureLogs, until, type CapturedLogs } from './capture-logs';

const REQ_ID = 'req-0f3a9c1e-7b2d-4c55-9e10-aa01bb02cc03';
let insideRequest = true;
vi.mock('next/headers', () => ({
  headers: async () => {
    if (!insideRequest) throw new Error('`headers` was called outside a request scope');
    return new Headers({ 'x-request-id': REQ_ID });
  },
}));

const SECRETS = ['pw-db-1', 'argon-hash-2', 'tok-3', 'sess-4', 'ktw_Secret5abc', 'smtp-pw-6', 'purge-7'];

/** A drizzle DrizzleQueryError as drizzle-orm 0.45 builds it: the parameters ride on the message and in `params`. */
function drizzleQueryError(): Error {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
    code: '23505',
    detail: 'Key (email)=(a@b.vn) already exists.',
  });
  return Object.assign(new Error('Failed query: insert into "users" ("email", "password_hash") values ($1, $2)\nparams: a@b.vn,argon-hash-2'), {
    name: 'DrizzleQueryError',
    query: 'insert into "users" ("email", "password_hash") values ($1, $2)',
    params: ['a@b.vn', 'argon-hash-2'],
    cause,
  });
}

/** An Auth.js error as @auth/core builds one around an underlying error: cause = { err, ...details }. */
function authJsError(): Error {
  const err = new Error('connect ECONNREFUSED postgres://portal:pw-db-1@10.0.0.5:5432/portal');
  const error = new Error('Read more at https://errors.authjs.dev#callbackrouteerror', {
    cause: { err, provider: 'credentials', body: { email: 'a@b.vn', password: 'tok-3' }, cookie: 'authjs.session-token=sess-4' },
  });
  return Object.assign(error, { name: 'CallbackRouteError', type: 'CallbackRouteError', kind: 'error' });
}

let logs: CapturedLogs;
beforeEach(() => {
  insideRequest = true;
  logs = captureLogs();
});
afterEach(() => logs.restore());

function expectNoSecrets() {
  const text = logs.raw();
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('API unexpected errors (lib/auth/problem.ts)', () => {
  it('logs the error type and first line under the request id, never the query parameters', async () => {
    const { problemFromError } = await import('@/lib/auth/problem');
    const response = problemFromError(drizzleQueryError(), { kind: 'user', id: 'u', roles: ['editor'] });
    expect(response.status).toBe(500);
    await until(() => logs.lines().length > 0);
    const [line] = logs.lines();
    expect(line).toMatchObject({ level: 'error', reqId: REQ_ID, area: 'api', msg: 'unexpected error' });
    expect(line!.err).toMatchObject({ type: 'DrizzleQueryError', message: expect.stringContaining('Failed query: insert into "users"') });
    expect((line!.err as { cause: unknown }).cause).toMatchObject({ code: '23505' });
    expect(logs.raw()).not.toContain('a@b.vn'); // pg's detail (row values) is not copied either
    expectNoSecrets();
  });
});

describe('Auth.js logger hooks (lib/auth/auth-logger.ts)', () => {
  it('writes the Auth.js error and its cause by type and masked message, with the request id', async () => {
    const { authLogger } = await import('@/lib/auth/auth-logger');
    authLogger.error(authJsError());
    await until(() => logs.lines().length > 0);
    const [line] = logs.lines();
    expect(line).toMatchObject({ level: 'error', reqId: REQ_ID, area: 'auth', err: { type: 'CallbackRouteError', cause: { type: 'Error' } } });
    expect(JSON.stringify(line)).toContain('ECONNREFUSED');
    expectNoSecrets();
  });

  it('ignores an ordinary wrong password (already audited) and writes warnings by code', async () => {
    const { authLogger } = await import('@/lib/auth/auth-logger');
    authLogger.error(Object.assign(new Error('CredentialsSignin password tok-3'), { type: 'CredentialsSignin' }));
    authLogger.warn('debug-enabled');
    await until(() => logs.lines().length > 0);
    await new Promise((r) => setTimeout(r, 20));
    expect(logs.lines()).toEqual([expect.objectContaining({ level: 'warn', reqId: REQ_ID, code: 'debug-enabled' })]);
    expectNoSecrets();
  });
});

describe('mail, purge, notifications, scheduled publish', () => {
  it('a failed mail is logged without the mail or the SMTP password', async () => {
    const { sendMail } = await import('@/lib/mail/mail');
    const sent = await sendMail({ to: 'a@b.vn', subject: 'Đặt mật khẩu', text: 'https://x/toa-soan/dat-mat-khau/tok-3' }, async () => {
      throw new Error('Invalid login: smtp://mailer:smtp-pw-6@smtp.example.vn rejected the mail with https://x/toa-soan/dat-mat-khau/tok-3');
    });
    expect(sent).toBe(false);
    await until(() => logs.lines().length > 0);
    expect(logs.lines()[0]).toMatchObject({ level: 'error', reqId: REQ_ID, area: 'mail', err: { message: expect.stringContaining('Invalid login') } });
    expectNoSecrets();
  });

  it('outside a request (the scheduler, a script) lines have no reqId and still no secrets', async () => {
    insideRequest = false;
    const { requestLogger } = await import('./logger');
    (await requestLogger({ area: 'jobs' })).warn({ err: drizzleQueryError(), env: { DATABASE_URL: 'postgres://portal:pw-db-1@db/portal' } }, 'sweep failed');
    const [line] = logs.lines();
    expect(line).toMatchObject({ level: 'warn', area: 'jobs', msg: 'sweep failed' });
    expect(line).not.toHaveProperty('reqId');
    expectNoSecrets();
  });

  it('errors nested under any key are serialized the same way (no params, no cookie)', async () => {
    const { log } = await import('./logger');
    log.error({ failures: [drizzleQueryError()], request: { headers: { cookie: 'authjs.session-token=sess-4' } }, url: 'https://cdn.example.vn/purge?token=purge-7' }, 'token ktw_Secret5abc');
    expect(logs.lines()).toHaveLength(1);
    const text = logs.raw();
    expect(text).toContain('DrizzleQueryError');
    expect(text).toContain('cdn.example.vn/purge?token=[redacted]');
    expectNoSecrets();
  });
});
