// Auth.js (next-auth v5): email + password through the Credentials provider, sessions as encrypted
// JWTs in an httpOnly cookie. The JWT names a server-side session (user_sessions) and carries the
// user id, the session version and the session's absolute expiry; whether that session is still
// live, who the user is and what they may do are read from the database on every staff request
// (see ./viewer.ts). Reader pages never read the session.
import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import { encode as encodeJwt } from 'next-auth/jwt';
import Credentials from 'next-auth/providers/credentials';
import { attemptSignIn, signInInputSchema } from '@/lib/data/sessions/sign-in';
import { endSession } from '@/lib/data/sessions/user-sessions';
import { authLogger } from './auth-logger';
import { clientIp } from './http';
import { cappedMaxAge, claimsAtSignIn, renewableClaims } from './session-claims';

/**
 * Idle lifetime: the cookie is renewed while the user keeps working, up to the session's absolute
 * lifetime (SESSION_MAX_HOURS, lib/credentials/lifetimes.ts), which renewals never extend.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const secureCookies = process.env.NODE_ENV === 'production';
/** Auth.js's name for the session cookie under these settings. */
export const SESSION_COOKIE_NAME = `${secureCookies ? '__Secure-' : ''}authjs.session-token`;
export const SESSION_COOKIE_SECURE = secureCookies;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Thrown by authorize() when the account or the address is locked; the sign-in route answers 429. */
export class SignInLocked extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  // The JWT's own expiry never passes the session's absolute expiry, even for a cookie renewed by
  // /api/auth/session: a stolen cookie dies at the same moment as the server-side session.
  jwt: {
    encode: (params) => encodeJwt({ ...params, maxAge: cappedMaxAge(params.token, params.maxAge ?? SESSION_MAX_AGE_SECONDS, nowSeconds()) }),
  },
  // httpOnly and SameSite=Lax are Auth.js defaults; Secure (and the __Secure- name) in production.
  useSecureCookies: secureCookies,
  pages: { signIn: '/toa-soan/dang-nhap', error: '/toa-soan/dang-nhap' },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Mật khẩu', type: 'password' } },
      async authorize(credentials, request) {
        const parsed = signInInputSchema.safeParse({ email: credentials?.email, password: credentials?.password });
        if (!parsed.success) return null;
        const result = await attemptSignIn(parsed.data, clientIp(request.headers), { userAgent: request.headers.get('user-agent') });
        if (result.ok) {
          return { id: result.user.id, sessionVersion: result.user.sessionVersion, sessionId: result.session.id, sessionExpiresAt: result.session.expiresAt.getTime() };
        }
        if (result.reason === 'locked') throw new SignInLocked(result.retryAfterSeconds);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // On sign-in keep only what identifies the session; nothing else about the user goes in the cookie.
      if (user?.id && typeof user.sessionVersion === 'number' && user.sessionId && typeof user.sessionExpiresAt === 'number') {
        return claimsAtSignIn({ id: user.id, sessionVersion: user.sessionVersion, sessionId: user.sessionId, sessionExpiresAt: user.sessionExpiresAt });
      }
      // Past the absolute expiry (or an old cookie without a session id): null clears the cookie.
      return renewableClaims(token, nowSeconds());
    },
    session({ session, token }) {
      const absolute = typeof token.aexp === 'number' ? new Date(token.aexp * 1000).toISOString() : session.expires;
      const expires = absolute < String(session.expires) ? absolute : session.expires;
      return { expires, user: { id: token.sub ?? '' }, sv: token.sv, sid: token.sid } as typeof session;
    },
  },
  events: {
    // Auth.js's own sign-out endpoint and signOut(): end the server-side session, not just the cookie.
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (sid) await endSession(sid, 'sign_out');
    },
  },
  // Through lib/log, without request bodies or credentials (see ./auth-logger).
  logger: authLogger,
});
