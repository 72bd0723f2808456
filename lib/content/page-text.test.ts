import { describe, expect, it } from 'vitest';
import { docToPageText, pageTextToDoc } from './page-text';
import { validateBody } from './validate';

describe('agency page text', () => {
  it('turns paragraphs, lists and subheadings into a valid body and back', () => {
    const text = 'Ban là cơ quan tham mưu.\nDòng nối tiếp.\n\n## Nhiệm vụ\n- Nghiên cứu chiến lược\n- Thẩm định đề án\n\nĐoạn cuối.';
    const doc = pageTextToDoc(text)!;
    expect(validateBody(doc).ok).toBe(true);
    expect(doc.content!.map((b) => b.type)).toEqual(['paragraph', 'heading', 'bulletList', 'paragraph']);
    expect(doc.content![0]!.content![0]!.text).toBe('Ban là cơ quan tham mưu. Dòng nối tiếp.');
    expect(docToPageText(doc)).toBe('Ban là cơ quan tham mưu. Dòng nối tiếp.\n\n## Nhiệm vụ\n\n- Nghiên cứu chiến lược\n- Thẩm định đề án\n\nĐoạn cuối.');
    expect(pageTextToDoc(docToPageText(doc))).toEqual(doc);
  });

  it('stores nothing for an empty page', () => {
    expect(pageTextToDoc(' \n\n ')).toBeNull();
    expect(docToPageText(null)).toBe('');
  });
});
