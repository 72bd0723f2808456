// Test helper: what the process-wide logger (lib/log/logger.ts `log`, and every requestLogger()
// child) writes, as parsed lines and as raw text, until `restore()`.
import { redirectLogs } from './logger';

export interface CapturedLogs {
  lines(): Array<Record<string, unknown>>;
  raw(): string;
  restore(): void;
}

export function captureLogs(): CapturedLogs {
  const chunks: string[] = [];
  const restore = redirectLogs({ write: (line: string) => chunks.push(line) });
  const raw = () => chunks.join('');
  return {
    raw,
    lines: () => raw().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>),
    restore,
  };
}

/** Waits for log lines written after an awaited import (requestLogger is async). */
export async function until(condition: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('the expected log line was not written');
    await new Promise((r) => setTimeout(r, 5));
  }
}
