// The session names a server-side session and carries the user id, the session version and its
// absolute expiry only (see lib/auth/config.ts and lib/auth/session-claims.ts).
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
    sessionId?: string;
    /** Milliseconds since the epoch. */
    sessionExpiresAt?: number;
  }
  interface Session {
    sv?: number;
    sid?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sv?: number;
    sid?: string;
    /** Absolute expiry of the session, seconds since the epoch. */
    aexp?: number;
  }
}
