// Types for csp.mjs (plain JavaScript, shared with the cache handlers in lib/cache).
export function cspHeaderValue(options: { scriptSources: string[]; area: 'newsroom' | 'public'; dev: boolean }): string;
