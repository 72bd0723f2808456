// Suggestion marks read on the JSON alone: no schema, no editor code, never throws. Used by the reader
// renderer and plain text, which browsers load too.
import type { JSONContent, MarkJSON } from './types';

export const SUGGESTION_MARKS = ['insertion', 'deletion', 'modification'] as const;

export function isSuggestionMarkName(name: unknown): name is (typeof SUGGESTION_MARKS)[number] {
  return (SUGGESTION_MARKS as readonly unknown[]).includes(name);
}

/** A stable colour (hue) per author, from the user id: the same in the text and on the margin card. */
export function authorHue(userId: unknown): number {
  let h = 0;
  for (const c of typeof userId === 'string' ? userId : '') h = (h * 31 + c.charCodeAt(0)) % 360;
  return h;
}

/** Whether a node is a suggested insertion (dropped wherever the body is shown as rejected). */
export function isSuggestedInsertion(node: JSONContent): boolean {
  return (node.marks as MarkJSON[] | undefined)?.some((m) => m.type === 'insertion') ?? false;
}

export function hasSuggestionMark(node: JSONContent): boolean {
  if ((node.marks as MarkJSON[] | undefined)?.some((m) => isSuggestionMarkName(m.type))) return true;
  return (node.content ?? []).some(hasSuggestionMark);
}

/**
 * The body as if every open suggestion were rejected, on the JSON alone (no schema needed, never throws): nodes marked as inserted are dropped,
 * the deletion and modification marks are removed. Used by plain text, which also runs in browsers
 * on bodies that may not be valid yet.
 */
export function stripSuggestionsJSON(node: JSONContent): JSONContent {
  const marks = node.marks as MarkJSON[] | undefined;
  let next: JSONContent = node;
  if (marks?.some((m) => isSuggestionMarkName(m.type))) {
    const kept = marks.filter((m) => !isSuggestionMarkName(m.type));
    next = { ...node, marks: kept };
    if (kept.length === 0) delete next.marks;
  }
  if (!Array.isArray(node.content)) return next;
  const content = node.content
    .filter((child) => !isSuggestedInsertion(child))
    .map(stripSuggestionsJSON);
  return { ...next, content };
}

/** Each suggestion's author by suggestion id (a suggestion may span several nodes; ids are not unique per node). */
export function suggestionAuthors(node: JSONContent, into = new Map<string, string>()): Map<string, string> {
  for (const mark of (node.marks as MarkJSON[] | undefined) ?? []) {
    if (isSuggestionMarkName(mark.type) && typeof mark.attrs?.id === 'string') into.set(mark.attrs.id, String(mark.attrs.authorId));
  }
  for (const child of Array.isArray(node.content) ? node.content : []) suggestionAuthors(child, into);
  return into;
}

/**
 * The suggestions a save adds (or re-attributes) that the saver did not make: a body sent by anyone
 * can carry any author id, so a new suggestion must be the saver's own. Suggestions already in the
 * previous body keep their author as they were.
 */
export function foreignNewSuggestions(saverId: string | null, before: JSONContent, after: JSONContent): string[] {
  const known = suggestionAuthors(before);
  return [...suggestionAuthors(after)].filter(([id, author]) => known.get(id) !== author && author !== saverId).map(([id]) => id);
}
