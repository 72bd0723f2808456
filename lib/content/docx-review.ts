// Word's review marks (tracked changes and comments) through a .docx import (issue 23). mammoth
// drops deleted text and comment ranges, so before it runs the document part is rewritten with
// @xmldom/xmldom: the text of each tracked insertion or deletion is wrapped in private-use marker
// characters (deleted text made ordinary text, so mammoth keeps it), and each comment's range start
// and end become marker characters too. After the HTML has become the shared schema, the markers
// become insertion/deletion marks (in the importer's name: a body brings new suggestions only in its
// saver's name) and comment ranges (positions for the thread code of lib/data/threads), and are
// removed. Private-use characters already in the document's text are removed first, so a document
// cannot forge a marker. Pure: runs in the CPU pool with the rest of the conversion.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

// xmldom implements the DOM interfaces its types borrow from lib.dom.
type XmlDocument = Document;
type XmlElement = Element;
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Transform } from '@tiptap/pm/transform';
import type { Node as PMNode } from '@tiptap/pm/model';
import { contentSchema } from './schema';
import type { JSONContent } from './types';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOCUMENT = 'word/document.xml';
const COMMENTS = 'word/comments.xml';

const CHANGE_END = 0xe000;
const COMMENT_START = 0xe100;
const COMMENT_END = 0xe300;
const CHANGE_START = 0xe400;
const MARKER_LAST = 0xefff;
/** Comments read from one file (the thread limit of a story, lib/data/threads/input.ts). */
export const MAX_DOCX_COMMENTS = 200;
export const MAX_DOCX_CHANGES = MARKER_LAST - CHANGE_START + 1;
const MARKERS = /[\uE000-\uEFFF]/g;
const HAS_MARKER = /[\uE000-\uEFFF]/;
const MAX_COMMENT_CHARS = 20_000;

export interface DocxChange {
  kind: 'insertion' | 'deletion';
  /** Word's author name: shown to the importer in the summary only (marks carry user ids). */
  author: string;
  date: string | null;
}

export interface DocxComment {
  author: string;
  date: string | null;
  text: string;
}

export interface DocxReview {
  changes: DocxChange[];
  /** Comments in the order their ranges start in the document, then those without a range. */
  comments: DocxComment[];
  /** What could not be carried over, in Vietnamese, for the import summary. */
  notes: string[];
}

export const EMPTY_REVIEW: DocxReview = { changes: [], comments: [], notes: [] };

const vi = (n: number) => n.toLocaleString('vi-VN');
const chr = (code: number) => String.fromCharCode(code);
const isTracked = (el: XmlElement) => el.namespaceURI === W && ['ins', 'del', 'moveTo', 'moveFrom'].includes(el.localName!);
const kindOf = (el: XmlElement): DocxChange['kind'] => (el.localName === 'ins' || el.localName === 'moveTo' ? 'insertion' : 'deletion');
const attr = (el: XmlElement, name: string) => el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || '';
const elements = (root: XmlDocument | XmlElement, name: string): XmlElement[] => Array.from(root.getElementsByTagNameNS(W, name) as unknown as ArrayLike<XmlElement>);

function parseXml(xml: string): XmlDocument {
  return new DOMParser({
    errorHandler: {
      warning: () => {},
      error: () => {},
      fatalError: (message: string) => {
        throw new Error(message);
      },
    },
  }).parseFromString(xml, 'text/xml');
}

/** The nearest ancestor (up to the paragraph) that is a tracked insertion or deletion. */
function trackedAncestor(el: XmlElement): XmlElement | null {
  for (let node = el.parentNode as XmlElement | null; node && node.nodeType === 1; node = node.parentNode as XmlElement | null) {
    if (node.namespaceURI === W && node.localName === 'p') return null;
    if (isTracked(node)) return node;
  }
  return null;
}

function insideParagraph(el: XmlElement): XmlElement | null {
  for (let node = el.parentNode as XmlElement | null; node && node.nodeType === 1; node = node.parentNode as XmlElement | null) {
    if (node.namespaceURI === W && node.localName === 'p') return node;
    if (node.namespaceURI === W && node.localName === 'body') return null;
  }
  return null;
}

function markerRun(doc: XmlDocument, text: string): XmlElement {
  const run = doc.createElementNS(W, 'w:r');
  const t = doc.createElementNS(W, 'w:t');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(text));
  run.appendChild(t);
  return run;
}

/** Places a comment marker where its range element stands; a range element between blocks goes into the next (start) or previous (end) paragraph. */
function placeMarker(doc: XmlDocument, el: XmlElement, text: string, side: 'start' | 'end'): boolean {
  const parent = el.parentNode as XmlElement;
  if (insideParagraph(el)) {
    parent.replaceChild(markerRun(doc, text), el);
    return true;
  }
  const step = (n: XmlElement | null) => (side === 'start' ? (n?.nextSibling as XmlElement | null) : (n?.previousSibling as XmlElement | null));
  for (let sibling = step(el); sibling; sibling = step(sibling)) {
    if (sibling.nodeType !== 1) continue;
    const paragraphs = sibling.namespaceURI === W && sibling.localName === 'p' ? [sibling] : elements(sibling, 'p');
    const paragraph = side === 'start' ? paragraphs[0] : paragraphs[paragraphs.length - 1];
    if (!paragraph) continue;
    if (side === 'start') {
      const properties = elements(paragraph, 'pPr').find((p) => p.parentNode === paragraph);
      paragraph.insertBefore(markerRun(doc, text), properties ? properties.nextSibling : paragraph.firstChild);
    } else paragraph.appendChild(markerRun(doc, text));
    parent.removeChild(el);
    return true;
  }
  parent.removeChild(el);
  return false;
}

function commentsById(xml: string | null): Map<string, DocxComment> {
  const out = new Map<string, DocxComment>();
  if (!xml) return out;
  for (const comment of elements(parseXml(xml), 'comment')) {
    const text = elements(comment, 'p')
      .map((p) => elements(p, 't').map((t) => t.textContent ?? '').join(''))
      .join('\n')
      .replace(MARKERS, '')
      .trim()
      .slice(0, MAX_COMMENT_CHARS);
    out.set(attr(comment, 'id'), { author: attr(comment, 'author').replace(MARKERS, '').trim().slice(0, 120), date: attr(comment, 'date') || null, text });
  }
  return out;
}

export type PreparedDocx = { ok: true; bytes: Uint8Array; review: DocxReview } | { ok: false; message: string };

/**
 * Rewrites the document part so mammoth keeps Word's review marks as marker characters (see the top
 * of this file). Call after the zip's limits were checked: the parts are unpacked here. A document
 * without review marks (or private-use characters) is returned as it was.
 */
export function prepareDocxReview(bytes: Uint8Array): PreparedDocx {
  const parts = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT || f.name === COMMENTS });
  const documentPart = parts[DOCUMENT];
  if (!documentPart) return { ok: true, bytes, review: EMPTY_REVIEW };
  const xml = strFromU8(documentPart);
  if (!/<w:(ins|del|moveTo|moveFrom|commentRangeStart)\b/.test(xml) && !HAS_MARKER.test(xml)) return { ok: true, bytes, review: EMPTY_REVIEW };

  const doc = parseXml(xml);
  const texts = [...elements(doc, 't'), ...elements(doc, 'delText')];
  for (const t of texts) if (HAS_MARKER.test(t.textContent ?? '')) t.textContent = (t.textContent ?? '').replace(MARKERS, '');

  // Tracked changes: each change element with text is one suggestion.
  const changes: DocxChange[] = [];
  const indexOf = new Map<XmlElement, number>();
  for (const t of texts) {
    const change = trackedAncestor(t);
    if (!change) continue;
    let k = indexOf.get(change);
    if (k === undefined) {
      if (changes.length >= MAX_DOCX_CHANGES) {
        return { ok: false, message: `Tệp có hơn ${vi(MAX_DOCX_CHANGES)} thay đổi được theo dõi (Track Changes). Hãy chấp nhận hoặc từ chối bớt trong Word rồi nhập lại.` };
      }
      k = changes.length;
      indexOf.set(change, k);
      changes.push({ kind: kindOf(change), author: attr(change, 'author').replace(MARKERS, '').trim().slice(0, 120), date: attr(change, 'date') || null });
    }
    const wrapped = `${chr(CHANGE_START + k)}${t.textContent ?? ''}${chr(CHANGE_END)}`;
    if (t.localName === 'delText') {
      const plain = markerRun(doc, wrapped).firstChild as XmlElement;
      t.parentNode!.replaceChild(plain, t);
    } else {
      t.setAttribute('xml:space', 'preserve');
      t.textContent = wrapped;
    }
  }
  // The change elements go (their runs stay): marks on paragraph and row properties too, so a
  // deleted paragraph or table row stays where it was, its text marked as a suggested deletion.
  for (const name of ['ins', 'del', 'moveTo', 'moveFrom']) {
    for (const el of elements(doc, name)) {
      const parent = el.parentNode;
      if (!parent) continue;
      const keepChildren = !['rPr', 'pPr', 'trPr', 'tcPr'].includes((parent as XmlElement).localName ?? '');
      while (keepChildren && el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
    }
  }

  // Comments: the range of each becomes two markers; the text comes from the comments part.
  const known = commentsById(parts[COMMENTS] ? strFromU8(parts[COMMENTS]) : null);
  const comments: DocxComment[] = [];
  const notes: string[] = [];
  const slot = new Map<string, number>();
  let over = 0;
  for (const start of elements(doc, 'commentRangeStart')) {
    const id = attr(start, 'id');
    const comment = known.get(id);
    if (!comment || slot.has(id)) {
      start.parentNode?.removeChild(start);
      continue;
    }
    if (comments.length >= MAX_DOCX_COMMENTS) {
      over++;
      start.parentNode?.removeChild(start);
      continue;
    }
    slot.set(id, comments.length);
    comments.push(comment);
    placeMarker(doc, start, chr(COMMENT_START + slot.get(id)!), 'start');
  }
  for (const end of elements(doc, 'commentRangeEnd')) {
    const i = slot.get(attr(end, 'id'));
    if (i === undefined) end.parentNode?.removeChild(end);
    else placeMarker(doc, end, chr(COMMENT_END + i), 'end');
  }
  // Comments without a range still come along (as comments that cannot be anchored).
  for (const [id, comment] of known) {
    if (slot.has(id)) continue;
    if (comments.length >= MAX_DOCX_COMMENTS) over++;
    else comments.push(comment);
  }
  if (over > 0) notes.push(`${vi(over)} nhận xét trong Word vượt quá ${vi(MAX_DOCX_COMMENTS)} nhận xét một bài nên không được nhập.`);

  const all = unzipSync(bytes);
  all[DOCUMENT] = strToU8(new XMLSerializer().serializeToString(doc));
  return { ok: true, bytes: zipSync(all, { level: 0 }), review: { changes, comments, notes } };
}

/** A title or caption as Word would show it with every change accepted: deleted text out, markers out. */
export function acceptedText(text: string, changes: DocxChange[]): string {
  const deleted = new RegExp(`[\\uE400-\\uEFFF]([^\\uE000]*)\\uE000`, 'g');
  return text.replace(deleted, (whole, inner: string) => (changes[whole.charCodeAt(0) - CHANGE_START]?.kind === 'deletion' ? '' : inner)).replace(MARKERS, '');
}

export interface CommentRange {
  /** Index into DocxReview.comments. */
  index: number;
  from: number;
  to: number;
  quote: string;
  /** The range spanned several paragraphs: only its part in the first is anchored. */
  cut: boolean;
}

export interface ReviewedBody {
  body: JSONContent;
  ranges: CommentRange[];
}

/**
 * The markers of a converted body become suggestion marks in `authorId`'s name (Word's time when it
 * is a valid one, else `now`) and comment ranges (positions in the returned body); every marker is
 * removed. A comment whose range is empty or lost (for example in the title) has no range here.
 */
export function applyDocxReview(body: JSONContent, changes: DocxChange[], who: { authorId: string; now: string }): ReviewedBody {
  const doc: PMNode = contentSchema.nodeFromJSON(body);
  const markers: Array<{ pos: number; code: number }> = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const text = node.text ?? '';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= CHANGE_END && code <= MARKER_LAST) markers.push({ pos: pos + i, code });
    }
    return false;
  });
  if (markers.length === 0) return { body, ranges: [] };

  const tr = new Transform(doc);
  const ids = changes.map(() => crypto.randomUUID());
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let open: { k: number; pos: number } | null = null;
  for (const { pos, code } of markers) {
    if (code >= CHANGE_START) open = { k: code - CHANGE_START, pos: pos + 1 };
    else if (code === CHANGE_END) {
      const change = open ? changes[open.k] : undefined;
      if (open && change && pos > open.pos && doc.resolve(open.pos).sameParent(doc.resolve(pos))) {
        const time = change.date && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(change.date) && !Number.isNaN(Date.parse(change.date)) ? change.date : who.now;
        tr.addMark(open.pos, pos, contentSchema.marks[change.kind]!.create({ id: ids[open.k], authorId: who.authorId, createdAt: time }));
      }
      open = null;
    } else if (code >= COMMENT_END) {
      if (!ends.has(code - COMMENT_END)) ends.set(code - COMMENT_END, pos);
    } else if (code >= COMMENT_START && !starts.has(code - COMMENT_START)) starts.set(code - COMMENT_START, pos + 1);
  }
  for (const { pos } of [...markers].reverse()) tr.delete(pos, pos + 1);

  const ranges: CommentRange[] = [];
  for (const [index, start] of starts) {
    const end = ends.get(index);
    if (end === undefined || end < start) continue;
    const from = tr.mapping.map(start);
    let to = tr.mapping.map(end);
    const $from = tr.doc.resolve(from);
    let cut = false;
    if (!$from.parent.isTextblock) continue;
    if (!$from.sameParent(tr.doc.resolve(to))) {
      to = $from.end();
      cut = true;
    }
    if (to <= from) continue;
    ranges.push({ index, from, to, quote: tr.doc.textBetween(from, to, '\u0000', '\u0000'), cut });
  }
  return { body: tr.doc.toJSON() as JSONContent, ranges: ranges.sort((a, b) => a.index - b.index) };
}
