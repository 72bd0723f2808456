// Highlighting without diacritics: matches are found in the folded text ("da nang") and marked in
// the original ("Đà Nẵng") through the position map of foldWithMap. Returns plain segments, so the
// page renders them as text and <mark>, never as HTML.
import { foldedWords, foldWithMap } from './fold';
import type { SearchTerm } from './parse-query';

export interface Segment {
  text: string;
  match: boolean;
}

interface Range {
  start: number;
  end: number;
  term: number;
}

function wordMatches(word: string, wanted: string, prefix: boolean): boolean {
  return prefix ? word.startsWith(wanted) : word === wanted;
}

/** Where the terms occur in `text` (indices into the original text), sorted, overlaps merged. */
export function matchRanges(text: string, terms: readonly SearchTerm[]): Range[] {
  const { folded, starts, ends } = foldWithMap(text);
  const words = foldedWords(folded);
  const found: Range[] = [];
  terms.forEach((term, t) => {
    const n = term.words.length;
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let j = 0; j < n && ok; j++) ok = wordMatches(words[i + j]!.word, term.words[j]!, term.prefix && j === n - 1);
      if (ok) found.push({ start: starts[words[i]!.start]!, end: ends[words[i + n - 1]!.end - 1]!, term: t });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

function segmentsOf(text: string, ranges: readonly Range[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const r of ranges) {
    const start = Math.max(r.start, from);
    const end = Math.min(r.end, to);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), match: false });
  return out;
}

/** The whole text, with the terms marked (for titles). */
export function highlight(text: string, terms: readonly SearchTerm[]): Segment[] {
  return segmentsOf(text, matchRanges(text, terms), 0, text.length);
}

/** Moves an index to the nearest space at or before it (so a snippet does not start mid-word). */
function backToSpace(text: string, index: number, limit: number): number {
  for (let i = index; i > Math.max(0, index - limit); i--) if (/\s/.test(text[i - 1] ?? ' ')) return i;
  return index;
}

export interface Snippet {
  segments: Segment[];
  /** Whether the snippet contains at least one match. */
  matched: boolean;
}

/**
 * About `length` characters of `text` around the place where most different terms occur, with
 * the matches marked and "…" where the text was cut.
 */
export function snippet(source: string, terms: readonly SearchTerm[], length = 240): Snippet {
  const text = source.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(text, terms);
  const lead = Math.min(60, Math.floor(length / 4));
  let start = 0;
  if (ranges.length > 0) {
    let best = -1;
    for (const r of ranges) {
      const from = Math.max(0, r.start - lead);
      const distinct = new Set(ranges.filter((x) => x.start >= from && x.end <= from + length).map((x) => x.term)).size;
      if (distinct > best) {
        best = distinct;
        start = from;
      }
    }
    start = start === 0 ? 0 : backToSpace(text, start, 20);
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = backToSpace(text, end, 30) || end;
  while (end > start && text[end - 1] === ' ') end--;
  const body = segmentsOf(text, ranges, start, end);
  if (start > 0) body.unshift({ text: '…', match: false });
  if (end < text.length) body.push({ text: '…', match: false });
  return { segments: body, matched: body.some((s) => s.match) };
}
