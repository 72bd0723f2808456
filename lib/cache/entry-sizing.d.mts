// Types for entry-sizing.mjs (plain JavaScript, loaded by the cache handlers without a TypeScript step).
export function skipEntrySizing(cache?: unknown): void;
