// Auth.js (next-auth v5): email + password through the Credentials provider, sessions as encrypted
// JWTs in an httpOnly cookie. The JWT carries only the user id and the session version; who the
// user is and what they may do is read from the database on every request (see ./viewer.ts).
import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { attemptSignIn, signInInputSchema } from '@/lib/data/sign-in';
import { authLogger } from './auth-logger';
import { clientIp } from './http';

/** A working day; the session cookie is renewed while the user keeps working. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Thrown by authorize() when the account or the address is locked; the sign-in route answers 429. */
export class SignInLocked extends CredentialsSignin {
  code = 'rate_limited';
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  // httpOnly and SameSite=Lax are Auth.js defaults; Secure (and the __Secure- name) in production.
  useSecureCookies: process.env.NODE_ENV === 'production',
  pages: { signIn: '/toa-soan/dang-nhap', error: '/toa-soan/dang-nhap' },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Mật khẩu', type: 'password' } },
      async authorize(credentials, request) {
        const parsed = signInInputSchema.safeParse({ email: credentials?.email, password: credentials?.password });
        if (!parsed.success) return null;
        const result = await attemptSignIn(parsed.data, clientIp(request.headers));
        if (result.ok) return { id: result.user.id, sessionVersion: result.user.sessionVersion };
        if (result.reason === 'locked') throw new SignInLocked(result.retryAfterSeconds);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // On sign-in keep only what identifies the session; nothing else about the user goes in the cookie.
      if (user) return { sub: user.id, sv: user.sessionVersion };
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? '' }, sv: token.sv } as typeof session;
    },
  },
  // Through lib/log, without request bodies or credentials (see ./auth-logger).
  logger: authLogger,
});
