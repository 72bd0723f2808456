// POST /api/auth/sign-in: the one door for email + password. JSON from the sign-in form (answers
// 200 / 400 / 401 / 403 / 429 with problem+json), or a plain form post when scripts are off
// (answers 303 back to the form with a message code). Unknown email and wrong password answer alike.
import { AuthError } from 'next-auth';
import type { NextRequest } from 'next/server';
import { problem } from '@/lib/auth/api';
import { signIn, SignInLocked } from '@/lib/auth/config';
import { clientIp, isSameOrigin, safeNextPath } from '@/lib/auth/http';
import { waitText } from '@/lib/credentials/lockout';
import { signInInputSchema, signInLock } from '@/lib/data/sessions/sign-in';

const MAX_BODY_BYTES = 16 * 1024;
const WRONG = 'Email hoặc mật khẩu không đúng.';

type Outcome =
  | { ok: true; next: string }
  | { ok: false; status: number; code: string; message: string; field?: 'email' | 'password'; retryAfter?: number };

const lockedOutcome = (seconds: number): Outcome => ({
  ok: false,
  status: 429,
  code: 'rate_limited',
  message: `Đăng nhập tạm thời bị khóa vì nhập sai nhiều lần. Hãy thử lại sau ${waitText(seconds)} hoặc liên hệ quản trị viên.`,
  retryAfter: seconds,
});

async function readFields(request: NextRequest, form: boolean): Promise<Record<string, unknown> | null> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return null;
  if (form) return Object.fromEntries(new URLSearchParams(text));
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function attempt(request: NextRequest, form: boolean): Promise<Outcome> {
  if (!isSameOrigin(request.headers, request.nextUrl.protocol)) {
    return { ok: false, status: 403, code: 'cross_origin', message: 'Yêu cầu đăng nhập phải gửi từ trang đăng nhập của tòa soạn.' };
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  const fields = declared > MAX_BODY_BYTES ? null : await readFields(request, form);
  if (!fields) return { ok: false, status: 400, code: 'invalid', message: 'Yêu cầu đăng nhập không hợp lệ hoặc quá lớn.' };
  const parsed = signInInputSchema.safeParse({ email: fields.email, password: fields.password });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, status: 400, code: 'invalid', message: issue.message, field: issue.path[0] === 'password' ? 'password' : 'email' };
  }
  const lock = await signInLock(parsed.data.email, clientIp(request.headers));
  if (lock.locked) return lockedOutcome(lock.retryAfterSeconds);
  try {
    // Runs the Credentials provider's authorize() (lib/auth/config.ts) and sets the session cookie.
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof SignInLocked) return lockedOutcome(error.retryAfterSeconds);
    if (error instanceof AuthError) return { ok: false, status: 401, code: 'invalid_credentials', message: WRONG };
    throw error;
  }
  return { ok: true, next: safeNextPath(fields.next) };
}

const FORM_CODES: Record<string, string> = { invalid_credentials: 'sai', rate_limited: 'khoa', cross_origin: 'nguon', invalid: 'nhap' };

export async function POST(request: NextRequest) {
  const type = request.headers.get('content-type') ?? '';
  const form = type.startsWith('application/x-www-form-urlencoded');
  const outcome = await attempt(request, form);
  if (form) {
    // Without scripts: back to a page either way; the status code is for the JSON door.
    const target = outcome.ok
      ? outcome.next
      : `/toa-soan/dang-nhap?loi=${FORM_CODES[outcome.code] ?? 'nhap'}${outcome.retryAfter ? `&sau=${outcome.retryAfter}` : ''}`;
    return new Response(null, { status: 303, headers: { Location: target, 'Cache-Control': 'no-store' } });
  }
  if (outcome.ok) return Response.json({ ok: true, next: outcome.next }, { headers: { 'Cache-Control': 'no-store' } });
  const response = problem(outcome.status, outcome.code, outcome.message, outcome.retryAfter ? { 'Retry-After': String(outcome.retryAfter) } : {});
  if (!outcome.field) return response;
  const body = { ...(await response.json()), field: outcome.field };
  return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
}
