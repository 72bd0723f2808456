// Types for front-cache.mjs (plain JavaScript, loaded by scripts/serve.mjs without a TypeScript step).
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface FrontCacheOptions {
  /** How long a copy is served, in milliseconds (default 1000; 0 keeps nothing). */
  ttlMs?: number;
  /** Memory for copies, in bytes (default 32 MB); least recently used go first. */
  maxBytes?: number;
  /** The clock (tests). */
  now?: () => number;
}

export interface FrontCacheStats {
  hits: number;
  misses: number;
  stored: number;
  purges: number;
  entries: number;
  bytes: number;
}

export interface FrontCache {
  handle(req: IncomingMessage, res: ServerResponse, next: (req: IncomingMessage, res: ServerResponse) => unknown): unknown;
  purge(): void;
  stats(): FrontCacheStats;
}

export function createFrontCache(options?: FrontCacheOptions): FrontCache;
export function registerFrontCache(cache: FrontCache): void;
export function purgeFrontCache(): void;
