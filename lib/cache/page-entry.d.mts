// Types for page-entry.mjs (plain JavaScript, loaded by the cache handlers without a TypeScript step).
export const PAGE_STATUS_META: string;
export function isFrameworkScript(text: string): boolean;
export function pagePolicy(html: string): string;
export function pageStatus(html: string): number | undefined;
export function securePageEntry<T>(value: T): T;
export function servedPageEntry<T>(value: T): T;
