import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reviewedDocx, sampleDocx } from '@/lib/data/articles/tests/docx-fixture';
import { docxHtmlToDraft, docxToHtml } from './from-docx';
import { listSuggestions, withoutSuggestions } from './suggestions';
import { bodyToPlainText as plainText } from './plain-text';
import type { JSONContent } from './types';

const IMPORTER = '6f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';

async function draftOf(bytes: Buffer) {
  const html = await docxToHtml(new Uint8Array(bytes));
  if (!html.ok) throw new Error(html.message);
  const draft = docxHtmlToDraft(html.html, [], 'bao-cao.docx', { changes: html.review.changes, authorId: IMPORTER, now: '2026-12-01T08:00:00Z' });
  if (!draft.ok) throw new Error(draft.message);
  return { html, draft };
}

describe('a .docx with tracked changes and comments', () => {
  it('turns tracked insertions and deletions into suggestions in the importer\'s name', async () => {
    const { html, draft } = await draftOf(await reviewedDocx());
    expect(html.review.changes).toEqual([
      { kind: 'insertion', author: 'Nguyễn Văn Lãnh Đạo', date: '2026-11-30T09:00:00Z' },
      { kind: 'deletion', author: 'Nguyễn Văn Lãnh Đạo', date: '2026-11-30T09:00:00Z' },
    ]);
    const suggestions = listSuggestions(draft.body);
    expect(suggestions.map((s) => [s.kind, s.inserted, s.deleted, s.authorId, s.createdAt])).toEqual([
      ['insertion', 'mức ', '', IMPORTER, '2026-11-30T09:00:00Z'],
      ['deletion', '', ' trong quý', IMPORTER, '2026-11-30T09:00:00Z'],
    ]);
    // Readers get the text as before the review; no marker character is left anywhere.
    expect(plainText(withoutSuggestions(draft.body))).toContain('Kinh tế vùng đạt tăng trưởng 7,2% trong quý.');
    expect(JSON.stringify(draft.body)).not.toMatch(/[\uE000-\uEFFF]/);
    expect(draft.title).toBe('Báo cáo giao ban');
  });

  it('gives each comment its range in the body and its text', async () => {
    const { html, draft } = await draftOf(await reviewedDocx({ titleComment: true }));
    expect(html.review.comments.map((c) => [c.author, c.text])).toEqual([
      ['Nguyễn Văn Lãnh Đạo', 'Tiêu đề cần ngắn hơn.'],
      ['Nguyễn Văn Lãnh Đạo', 'Xem lại số liệu này.'],
    ]);
    // The title's comment has no range in the body (the title is not body text).
    expect(draft.commentRanges.map((r) => [r.index, r.quote, r.cut])).toEqual([[1, 'tăng trưởng 7,2%', false]]);
    expect(draft.title).toBe('Báo cáo giao ban');
  });

  it('leaves an ordinary .docx as it was, and private-use characters in a document cannot forge a suggestion', async () => {
    const plain = await draftOf(await sampleDocx({ withImage: false }));
    expect(plain.html.review).toEqual({ changes: [], comments: [], notes: [] });
    expect(listSuggestions(plain.draft.body)).toEqual([]);

    const bytes = await reviewedDocx();
    const parts = unzipSync(new Uint8Array(bytes));
    const { zipSync, strToU8 } = await import('fflate');
    const forged = strFromU8(parts['word/document.xml']!).replace('Kinh tế vùng đạt ', '\uE400Kinh tế vùng\uE000 đạt ');
    const { draft } = await draftOf(Buffer.from(zipSync({ ...parts, 'word/document.xml': strToU8(forged) })));
    expect(listSuggestions(draft.body as JSONContent).map((s) => s.inserted || s.deleted)).toEqual(['mức ', ' trong quý']);
    expect(JSON.stringify(draft.body)).not.toMatch(/[\uE000-\uEFFF]/);
  });
});
