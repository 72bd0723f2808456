import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface HashableContent {
  title: string;
  sapo: string;
  body: unknown;
  meta: unknown;
  meeting: unknown;
  /**
   * Section, tags, authors, slug, language, kind, embargo and removal time (lib/content/placement).
   * Absent only for revisions written before it was part of a revision; their hashes stay as stored.
   */
  placement?: unknown;
}

/**
 * SHA-256 of everything a reader sees of a revision or that decides when and where it appears; a
 * leader's sign-off is bound to it.
 */
export function contentHash(content: HashableContent): string {
  const { title, sapo, body, meta, meeting, placement } = content;
  return createHash('sha256').update(canonicalJson({ title, sapo, body, meta, meeting: meeting ?? null, placement })).digest('hex');
}
