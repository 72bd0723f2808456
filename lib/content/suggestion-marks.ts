// Suggestion marks (issue 23, "Chế độ gợi ý"). The mark names and the `id` attribute are those of
// @handlewithcare/prosemirror-suggest-changes, whose step handlers and accept/reject commands work on
// them; each mark also carries who suggested it and when (authorId, createdAt), which the plugin
// does not know about: the editor fills them in (components/editor/suggest-extension.ts) and the
// server validator requires them. Staff-only: the reader renderer, plain text, feeds, search and the
// public API get the body as if every open suggestion were rejected (lib/content/suggestions.ts).
import { Mark, Node } from '@tiptap/core';

import { authorHue, isSuggestionMarkName, SUGGESTION_MARKS } from './suggestions-json';

export const SUGGESTION_MARK_NAMES = SUGGESTION_MARKS;
export type SuggestionMarkName = (typeof SUGGESTION_MARK_NAMES)[number];
export { isSuggestionMarkName };

const common = () => ({
  id: { default: null, rendered: false },
  authorId: { default: null, rendered: false },
  createdAt: { default: null, rendered: false },
});

const dataAttrs = (attrs: Record<string, unknown>, kind: string) => ({
  class: `suggestion suggestion-${kind}`,
  'data-suggestion-id': String(attrs.id ?? ''),
  'data-suggestion-author': String(attrs.authorId ?? ''),
  // Editor only (the reader renderer never draws these marks): the author's colour.
  style: `--suggestion-hue: ${authorHue(attrs.authorId)}`,
});

export const Insertion = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: 'deletion modification insertion',
  addAttributes: common,
  // Never parsed from pasted or imported HTML: a suggestion is made in the editor, by a person.
  parseHTML: () => [],
  renderHTML: ({ mark }) => ['ins', dataAttrs(mark.attrs, 'insertion'), 0],
});

export const Deletion = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: 'insertion modification deletion',
  addAttributes: common,
  parseHTML: () => [],
  renderHTML: ({ mark }) => ['del', dataAttrs(mark.attrs, 'deletion'), 0],
});

export const Modification = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    ...common(),
    type: { default: null, rendered: false },
    attrName: { default: null, rendered: false },
    previousValue: { default: null, rendered: false },
    newValue: { default: null, rendered: false },
  }),
  parseHTML: () => [],
  renderHTML: ({ mark }) => ['span', dataAttrs(mark.attrs, 'modification'), 0],
});

/** The document node, allowing suggestion marks on its blocks (a suggested new paragraph). */
// StarterKit's document is switched off for this one (same name and content, plus the marks).
export const SuggestableDocument = Node.create({ name: 'doc', topNode: true, content: 'block+', marks: SUGGESTION_MARK_NAMES.join(' ') });
