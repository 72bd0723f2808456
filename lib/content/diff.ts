// Differences between two revisions, for people: title, sapo, body text and metadata. Word by word
// when that is affordable, otherwise paragraph by paragraph: `diff` is quadratic in the words that
// changed, and a rewritten 18,000-word draft kept a thread busy for a minute. Callers run this in
// the CPU pool (lib/workers/revision-diff.ts), never on the request thread.
import { diffArrays, diffWords } from 'diff';
import { bodyToPlainText, wordCount } from './plain-text';
import { listSuggestions, type Suggestion } from './suggestions';
import type { JSONContent } from './types';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface FieldDiff {
  field: string;
  label: string;
  changed: boolean;
  parts: DiffPart[];
}

export interface DiffableRevision {
  title: string;
  sapo: string;
  body: unknown;
  meta: { byline?: string; seoTitle?: string; seoDescription?: string; correction?: string };
  meeting: unknown;
  /** Names of the people whose suggestions are open in the body, by user id (the caller reads them). */
  suggestionAuthors?: Record<string, string>;
}

export interface RevisionDiff {
  fields: FieldDiff[];
  /** Some field was compared by paragraph (too long, or over the time budget), not word by word. */
  coarse: boolean;
}

export const COARSE_DIFF_MESSAGE = 'Bài quá dài để so sánh từng từ; đây là so sánh theo đoạn.';

/** Above this many words in a field's longer side, compare by paragraph straight away. */
export const MAX_WORD_DIFF_WORDS = 5_000;

export interface DiffLimits {
  /** Words per field for a word diff; 0 compares everything by paragraph. */
  maxWords?: number;
  /** Time for all word diffs together; past it the remaining fields go by paragraph. */
  wordBudgetMs?: number;
  /** Time for each paragraph diff; past it a field shows as replaced whole. */
  paragraphBudgetMs?: number;
}

const quoted = (text: string) => `«${text.replace(/\s+/g, ' ').trim()}»`;

function suggestionLine(s: Suggestion, names: Record<string, string>): string {
  const who = (s.authorId && Object.hasOwn(names, s.authorId) ? names[s.authorId] : null) ?? 'không rõ người gợi ý';
  if (s.kind === 'insertion') return `Gợi ý thêm (${who}): ${quoted(s.inserted)}`;
  if (s.kind === 'deletion') return `Gợi ý xóa (${who}): ${quoted(s.deleted)}`;
  if (s.kind === 'replacement') return `Gợi ý thay (${who}): ${quoted(s.deleted)} → ${quoted(s.inserted)}`;
  return `Gợi ý đổi định dạng (${who}): ${quoted(s.inserted)}`;
}

/**
 * A revision's open suggestions, one line each with its author: the body field is the text as if
 * every suggestion were rejected (what readers would get), so without this the history hides them.
 */
export function suggestionsText(r: Pick<DiffableRevision, 'body' | 'suggestionAuthors'>): string {
  if (!r.body || typeof r.body !== 'object') return '';
  return listSuggestions(r.body as JSONContent)
    .map((s) => suggestionLine(s, r.suggestionAuthors ?? {}))
    .join('\n');
}

/** Fields compared line by line (each line is one item), never word by word. */
const LINE_FIELDS = new Set(['suggestions']);

const fields: Array<[string, string, (r: DiffableRevision) => string]> = [
  ['title', 'Tiêu đề', (r) => r.title],
  ['sapo', 'Sapo', (r) => r.sapo],
  ['body', 'Nội dung', (r) => bodyToPlainText(r.body as JSONContent)],
  ['suggestions', 'Gợi ý đang mở', suggestionsText],
  ['byline', 'Bút danh', (r) => r.meta.byline ?? ''],
  ['seo', 'SEO', (r) => [r.meta.seoTitle, r.meta.seoDescription].filter(Boolean).join(' — ')],
  ['meeting', 'Thông tin hội nghị', (r) => (r.meeting ? JSON.stringify(r.meeting, null, 1) : '')],
  ['correction', 'Đính chính', (r) => r.meta.correction ?? ''],
];

type Change = { value: string | string[]; added?: boolean; removed?: boolean };
const toParts = (changes: Change[], join: (v: string | string[]) => string): DiffPart[] =>
  changes.map((c) => ({ text: join(c.value), change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));

/** Paragraph by paragraph; a field that cannot be compared in time shows as replaced whole. */
function paragraphDiff(a: string, b: string, budgetMs: number): DiffPart[] {
  const changes = budgetMs > 0 ? diffArrays(a.split('\n'), b.split('\n'), { timeout: budgetMs }) : undefined;
  if (changes) return toParts(changes, (v) => `${(v as string[]).join('\n')}\n`);
  return [
    ...(a ? [{ text: `${a}\n`, change: 'removed' as const }] : []),
    ...(b ? [{ text: `${b}\n`, change: 'added' as const }] : []),
  ];
}

export function compareRevisions(older: DiffableRevision, newer: DiffableRevision, limits: DiffLimits = {}): RevisionDiff {
  const maxWords = limits.maxWords ?? MAX_WORD_DIFF_WORDS;
  const deadline = Date.now() + (limits.wordBudgetMs ?? 2_500);
  const paragraphBudgetMs = limits.paragraphBudgetMs ?? 2_000;
  let coarse = false;
  const result = fields.map(([field, label, get]): FieldDiff => {
    const a = get(older);
    const b = get(newer);
    if (a === b) return { field, label, changed: false, parts: a ? [{ text: a, change: 'same' }] : [] };
    let parts: DiffPart[] | undefined;
    const remaining = deadline - Date.now();
    if (LINE_FIELDS.has(field)) {
      const lines = (text: string) => (text ? text.split('\n') : []);
      const changes = diffArrays(lines(a), lines(b), { timeout: paragraphBudgetMs });
      parts = changes ? toParts(changes, (v) => `${(v as string[]).join('\n')}\n`) : paragraphDiff(a, b, 0);
      return { field, label, changed: parts.some((p) => p.change !== 'same'), parts };
    }
    if (maxWords > 0 && remaining > 0 && Math.max(wordCount(a), wordCount(b)) <= maxWords) {
      const changes = diffWords(a, b, { timeout: remaining });
      if (changes) parts = toParts(changes, (v) => v as string);
    }
    if (!parts) {
      coarse = true;
      parts = paragraphDiff(a, b, paragraphBudgetMs);
    }
    return { field, label, changed: parts.some((p) => p.change !== 'same'), parts };
  });
  return { fields: result, coarse };
}

/** Each field replaced whole (no diff runs, linear): the answer when not even a paragraph diff could run in time. */
export function wholeFieldDiff(older: DiffableRevision, newer: DiffableRevision): RevisionDiff {
  return compareRevisions(older, newer, { maxWords: 0, paragraphBudgetMs: 0 });
}
