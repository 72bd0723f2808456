// Types for file-cache-handler.mjs (plain JavaScript, loaded by `next start` without a TypeScript step).
export interface CacheEntry {
  lastModified: number;
  value: unknown;
  cacheControl?: { revalidate?: number | false; expire?: number };
}

export default class PortalFileCache {
  constructor(ctx: { serverDistDir: string; maxMemoryCacheSize?: number; flushToDisk?: boolean; revalidatedTags?: string[]; fs?: unknown });
  get(key: string, ctx: Record<string, unknown>): Promise<CacheEntry | null>;
  set(key: string, data: unknown, ctx?: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
