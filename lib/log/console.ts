// In production, what Next.js itself prints with console.error / console.warn (a render error with
// its stack, a warning) goes out as a JSON line through the logger too, masked like every other
// line, so the server's output stays one JSON object per line and an error message holding a
// credential is masked. console.log / console.info (the start-up banner) are left as they are.
import { format } from 'node:util';
import type { Logger } from 'pino';

const holder = globalThis as unknown as { portalConsoleRouted?: boolean };

export function routeConsoleToLogger(logger: Logger): void {
  if (holder.portalConsoleRouted) return;
  holder.portalConsoleRouted = true;
  const route = (level: 'error' | 'warn') => (...args: unknown[]) => {
    const err = args.find((a) => a instanceof Error);
    const rest = args.filter((a) => a !== err);
    // Next.js prefixes its lines with a coloured symbol ("⨯", "⚠"); keep the words.
    const msg = format(...rest).replace(/\x1b\[[0-9;]*m/g, '').replace(/^\s*[⨯⚠✓▲○●]\s*/u, '').trim();
    logger[level]({ source: 'console', ...(err ? { err } : {}) }, msg || (err instanceof Error ? err.message.split('\n')[0]! : ''));
  };
  console.error = route('error');
  console.warn = route('warn');
}
