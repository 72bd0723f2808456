// The session carries the user id and the session version only (see lib/auth/config.ts).
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sv?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sv?: number;
  }
}
