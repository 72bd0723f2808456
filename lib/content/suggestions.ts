// Suggestions (issue 23): list them, accept or reject one, and the body as readers get it. Accept and
// reject run the commands of @handlewithcare/prosemirror-suggest-changes on the shared schema, so the
// server does exactly what the editor's "Chấp nhận" / "Từ chối" do.
import { applySuggestion, revertSuggestion, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { contentSchema } from './schema';
import { type SuggestionMarkName } from './suggestion-marks';
import { hasSuggestionMark, isSuggestionMarkName, stripSuggestionsJSON } from './suggestions-json';
import type { JSONContent, MarkJSON } from './types';

export { SUGGESTION_MARK_NAMES } from './suggestion-marks';
export { hasSuggestionMark, isSuggestionMarkName, stripSuggestionsJSON };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isSuggestionId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export type SuggestionKind = 'insertion' | 'deletion' | 'replacement' | 'modification';

export interface Suggestion {
  id: string;
  kind: SuggestionKind;
  authorId: string | null;
  createdAt: string | null;
  /** The suggested new text (insertions). */
  inserted: string;
  /** The text suggested for removal (deletions). */
  deleted: string;
}

/** Open suggestions in document order, one per id (a replacement is a deletion and an insertion sharing it). */
export function listSuggestions(doc: JSONContent): Suggestion[] {
  const byId = new Map<string, { marks: Set<SuggestionMarkName>; authorId: string | null; createdAt: string | null; inserted: string[]; deleted: string[] }>();
  // A block marked as suggested counts its whole text once; its own text marks of that id add nothing.
  const walk = (node: JSONContent, inside: ReadonlySet<string>) => {
    const within = new Set(inside);
    for (const mark of (node.marks ?? []) as MarkJSON[]) {
      if (!isSuggestionMarkName(mark.type)) continue;
      const id = String(mark.attrs?.id ?? '');
      if (inside.has(`${mark.type}:${id}`)) continue;
      within.add(`${mark.type}:${id}`);
      let entry = byId.get(id);
      if (!entry) {
        entry = { marks: new Set(), authorId: (mark.attrs?.authorId as string) ?? null, createdAt: (mark.attrs?.createdAt as string) ?? null, inserted: [], deleted: [] };
        byId.set(id, entry);
      }
      entry.marks.add(mark.type);
      const text = node.type === 'text' ? (node.text ?? '') : textOf(node);
      if (mark.type === 'insertion') entry.inserted.push(text);
      if (mark.type === 'deletion') entry.deleted.push(text);
      if (mark.type === 'modification' && !entry.inserted.length) entry.inserted.push(text);
    }
    for (const child of node.content ?? []) walk(child, within);
  };
  walk(doc, new Set());
  return [...byId.entries()].map(([id, e]) => ({
    id,
    kind: e.marks.has('insertion') && e.marks.has('deletion') ? 'replacement' : e.marks.has('insertion') ? 'insertion' : e.marks.has('deletion') ? 'deletion' : 'modification',
    authorId: e.authorId,
    createdAt: e.createdAt,
    inserted: e.marks.has('insertion') ? e.inserted.join('') : '',
    deleted: e.deleted.join(''),
  }));
}

function textOf(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join('');
}

export function countSuggestions(doc: JSONContent): number {
  return listSuggestions(doc).length;
}

type Command = (state: EditorState, dispatch?: (tr: EditorState['tr']) => void) => boolean;

/**
 * Runs one of the plugin's commands on a document. The plugin (0.1.8) reads one character past a
 * suggestion that ends the document (textBetween past its end throws), so the command runs with an
 * empty paragraph added at the end, which is removed again afterwards.
 */
function run(doc: PMNode, command: Command): PMNode {
  const padded = doc.copy(doc.content.addToEnd(contentSchema.nodes.paragraph!.create()));
  let state = EditorState.create({ schema: contentSchema, doc: padded });
  command(state, (tr) => {
    state = state.apply(tr);
  });
  const out = state.doc;
  const last = out.lastChild;
  if (last && last.type.name === 'paragraph' && last.content.size === 0 && last.marks.length === 0 && out.childCount > 1) {
    return out.copy(out.content.cut(0, out.content.size - last.nodeSize));
  }
  return out;
}

export type SuggestionDecision = { ok: true; body: JSONContent } | { ok: false; reason: 'not_found' | 'invalid_body' };

/** Accepts (`accept`) or rejects (`reject`) one open suggestion of the body. */
export function decideSuggestion(body: JSONContent, suggestionId: string, decision: 'accept' | 'reject'): SuggestionDecision {
  let doc: PMNode;
  try {
    doc = contentSchema.nodeFromJSON(body);
  } catch {
    return { ok: false, reason: 'invalid_body' };
  }
  if (!listSuggestions(body).some((s) => s.id === suggestionId)) return { ok: false, reason: 'not_found' };
  const next = run(doc, (decision === 'accept' ? applySuggestion : revertSuggestion)(suggestionId) as Command);
  return { ok: true, body: next.toJSON() as JSONContent };
}

/**
 * The body as readers get it: every open suggestion rejected (suggested insertions dropped, suggested
 * deletions kept as normal text, suggested formatting undone), no suggestion markup left.
 */
export function withoutSuggestions(body: JSONContent): JSONContent {
  if (!hasSuggestionMark(body)) return body;
  try {
    const doc = run(contentSchema.nodeFromJSON(body), revertSuggestions as Command);
    const json = doc.toJSON() as JSONContent;
    // The commands leave nothing behind; if a body ever held something they could not undo, strip it.
    return hasSuggestionMark(json) ? stripSuggestionsJSON(json) : json;
  } catch {
    return stripSuggestionsJSON(body);
  }
}

