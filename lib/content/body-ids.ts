// PURE. The one walk over a body that lists the ids its blocks refer to (figures', galleries' and videos'
// media, document cards' documents), so a page loads each kind in one query.
import type { JSONContent } from './types';

/** Each string `pick` returns for a node, once, in document order (non-strings are skipped). */
export function bodyIds(doc: JSONContent, pick: (node: JSONContent) => Iterable<unknown>): string[] {
  const ids = new Set<string>();
  const walk = (node: JSONContent) => {
    for (const id of pick(node)) if (typeof id === 'string') ids.add(id);
    node.content?.forEach(walk);
  };
  walk(doc);
  return [...ids];
}
