import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleDocx } from '@/lib/data/articles/tests/docx-fixture';
import { docxHtmlToDraft, docxToHtml, inspectDocxZip, measureDocxZip } from './from-docx';

async function bomb(documentBytes: number): Promise<Uint8Array> {
  const parts = unzipSync(new Uint8Array(await sampleDocx({ withImage: false })));
  const paragraph = '<w:p><w:r><w:t>Hội nghị giao ban kinh tế vùng.</w:t></w:r></w:p>';
  const xml = strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(Math.ceil(documentBytes / paragraph.length))}</w:body></w:document>`);
  return zipSync({ ...parts, 'word/document.xml': [xml, { level: 9 }] });
}

describe('.docx limits', () => {
  it('refuses a zip bomb from the central directory alone, and again while streaming', async () => {
    const file = await bomb(60_000_000);
    expect(file.length).toBeLessThan(1_000_000);
    expect(inspectDocxZip(file)).toMatch(/Phần văn bản của tệp \.docx khi giải nén lớn hơn 10 MB, vượt giới hạn/);
    expect(measureDocxZip(file)).toMatch(/zip bomb/);
    expect(await docxToHtml(file)).toEqual({ ok: false, message: expect.stringMatching(/giải nén/) });
    // Compressing the 60 MB fixture at level 9 is most of this test's time: 2 s on a quiet machine,
    // over 9 s on a busy one, past vitest's 5 s default.
  }, 60_000);

  it('refuses a zip with too many parts', () => {
    const parts = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`word/media/p${i}.bin`, new Uint8Array(1)]));
    expect(inspectDocxZip(zipSync(parts))).toMatch(/hơn 1\.000 phần/);
  });

  it('converts an ordinary .docx: images stand in as placeholders until they are stored', async () => {
    const html = await docxToHtml(new Uint8Array(await sampleDocx()));
    expect(html.ok).toBe(true);
    if (!html.ok) return;
    expect(html.images).toHaveLength(1);
    expect(html.html).toContain('docx-image:0');
    const draft = docxHtmlToDraft(html.html, [{ mediaId: '00000000-0000-4000-8000-000000000001', alt: 'Ảnh' }], 'giao-ban.docx');
    expect(draft.ok && draft.title).toBe('Hội nghị giao ban kinh tế vùng quý IV');
    expect(JSON.stringify(draft.ok && draft.body)).toContain('Quang cảnh hội nghị giao ban');
    const withoutImage = docxHtmlToDraft(html.html, [null], 'giao-ban.docx');
    expect(JSON.stringify(withoutImage.ok && withoutImage.body)).not.toContain('"figure"');
  });
});
