// Auth.js's logger hooks, through lib/log. Auth.js's default logger prints request bodies at debug
// level and full stacks with `[auth][details]` at error level; this one writes the error's type and
// first message line, its cause's, and stack frames (lib/log/logger.ts serializeError), so a
// password, a token or a cookie can never reach the log. Ordinary wrong passwords are not errors
// here: they are audited by attemptSignIn.
import { requestLogger } from '@/lib/log/logger';

export const authLogger = {
  error(error: Error): void {
    // CredentialsSignin and its subclasses (SignInLocked) carry Auth.js's static type; checked by
    // name so this module needs no Auth.js import and can be unit-tested.
    if ((error as { type?: unknown }).type === 'CredentialsSignin') return;
    void requestLogger({ area: 'auth' }).then((log) => log.error({ err: error }, 'auth error'));
  },
  warn(code: string): void {
    void requestLogger({ area: 'auth' }).then((log) => log.warn({ code }, 'auth warning'));
  },
  debug(): void {},
};
