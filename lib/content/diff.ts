// Word-level differences between two revisions, for people: title, sapo, body text and metadata.
import { diffWords } from 'diff';
import { bodyToPlainText } from './plain-text';
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
  meta: { byline?: string; seoTitle?: string; seoDescription?: string };
  meeting: unknown;
}

const fields: Array<[string, string, (r: DiffableRevision) => string]> = [
  ['title', 'Tiêu đề', (r) => r.title],
  ['sapo', 'Sapo', (r) => r.sapo],
  ['body', 'Nội dung', (r) => bodyToPlainText(r.body as JSONContent)],
  ['byline', 'Bút danh', (r) => r.meta.byline ?? ''],
  ['seo', 'SEO', (r) => [r.meta.seoTitle, r.meta.seoDescription].filter(Boolean).join(' — ')],
  ['meeting', 'Thông tin hội nghị', (r) => (r.meeting ? JSON.stringify(r.meeting, null, 1) : '')],
];

export function diffRevisions(older: DiffableRevision, newer: DiffableRevision): FieldDiff[] {
  return fields.map(([field, label, get]) => {
    const parts = diffWords(get(older), get(newer)).map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' }) as DiffPart);
    return { field, label, changed: parts.some((p) => p.change !== 'same'), parts };
  });
}
