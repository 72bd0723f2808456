// PURE. Links between documents (sửa đổi, bổ sung, thay thế, bãi bỏ, hướng dẫn) and the rules
// they must keep: a document cannot point at itself, and replacements cannot go round in a circle.

export type DocumentRelation = 'amends' | 'supplements' | 'replaces' | 'repeals' | 'guides';

export const RELATIONS: readonly DocumentRelation[] = ['amends', 'supplements', 'replaces', 'repeals', 'guides'];

/** "This document <verb> that one", and the other way round, for readers. */
export const RELATION_LABEL: Record<DocumentRelation, { vi: string; viInverse: string; en: string; enInverse: string }> = {
  amends: { vi: 'Sửa đổi', viInverse: 'Được sửa đổi bởi', en: 'Amends', enInverse: 'Amended by' },
  supplements: { vi: 'Bổ sung', viInverse: 'Được bổ sung bởi', en: 'Supplements', enInverse: 'Supplemented by' },
  replaces: { vi: 'Thay thế', viInverse: 'Bị thay thế bởi', en: 'Replaces', enInverse: 'Replaced by' },
  repeals: { vi: 'Bãi bỏ', viInverse: 'Bị bãi bỏ bởi', en: 'Repeals', enInverse: 'Repealed by' },
  guides: { vi: 'Hướng dẫn', viInverse: 'Được hướng dẫn bởi', en: 'Guides', enInverse: 'Guided by' },
};

export interface Link {
  from: string;
  to: string;
  relation: DocumentRelation;
}

/** The most links one document may carry (a bound on every check below). */
export const MAX_LINKS_PER_DOCUMENT = 50;

/**
 * Why a new set of links of `documentId` cannot be kept, or null. `existing` are the other
 * documents' replacement links (from -> to); a replacement that leads back to the document
 * closes a circle ("A thay thế B, B thay thế A").
 */
export function lineageProblem(documentId: string, links: readonly Link[], existing: readonly Link[]): 'self' | 'cycle' | 'too_many' | null {
  if (links.length > MAX_LINKS_PER_DOCUMENT) return 'too_many';
  if (links.some((l) => l.to === documentId)) return 'self';
  const replaces = new Map<string, string[]>();
  for (const l of [...existing.filter((e) => e.from !== documentId), ...links]) {
    if (l.relation !== 'replaces') continue;
    replaces.set(l.from, [...(replaces.get(l.from) ?? []), l.to]);
  }
  // Walk what the document replaces, transitively; reaching it again is a circle.
  const seen = new Set<string>();
  const stack = [...(replaces.get(documentId) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === documentId) return 'cycle';
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(replaces.get(next) ?? []));
  }
  return null;
}
