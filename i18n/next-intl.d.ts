import type { Messages } from './messages';
import type { Locale } from './routing';

// Typed keys: a misspelt or missing message key fails `npm run typecheck`.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
