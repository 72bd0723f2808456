// Types for redis-cache-handler.mjs (plain JavaScript, loaded by `next start` without a TypeScript step).
export interface RedisLike {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, options?: { EX?: number }): Promise<unknown>;
  del(key: string): Promise<unknown>;
  hSet(key: string, values: Record<string, string>): Promise<unknown>;
  hmGet(key: string, fields: string[]): Promise<Array<string | null>>;
}

export function setClientForTests(fake: RedisLike | undefined): void;
export function serialize(value: unknown): string;
export function deserialize(text: string): unknown;

export interface CacheEntry {
  lastModified: number;
  value: unknown;
  cacheControl?: { revalidate?: number | false; expire?: number };
}

export default class RedisCacheHandler {
  constructor(ctx?: { serverDistDir?: string });
  get(key: string, ctx: Record<string, unknown>): Promise<CacheEntry | null>;
  set(key: string, data: unknown, ctx?: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
