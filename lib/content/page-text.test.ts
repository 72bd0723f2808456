import { describe, expect, it } from 'vitest';
import { docToPageText, MAX_PAGE_TEXT, pageTextToDoc } from './page-text';
import { validateBody } from './validate';

const docOf = (text: string) => {
  const result = pageTextToDoc(text);
  if (!result.ok) throw new Error(result.message);
  return result.doc;
};

describe('agency page text', () => {
  it('turns paragraphs, lists and subheadings into a valid body and back', () => {
    const text = 'Ban là cơ quan tham mưu.\nDòng nối tiếp.\n\n## Nhiệm vụ\n- Nghiên cứu chiến lược\n- Thẩm định đề án\n\nĐoạn cuối.';
    const doc = docOf(text)!;
    expect(validateBody(doc).ok).toBe(true);
    expect(doc.content!.map((b) => b.type)).toEqual(['paragraph', 'heading', 'bulletList', 'paragraph']);
    expect(doc.content![0]!.content![0]!.text).toBe('Ban là cơ quan tham mưu. Dòng nối tiếp.');
    expect(docToPageText(doc)).toBe('Ban là cơ quan tham mưu. Dòng nối tiếp.\n\n## Nhiệm vụ\n\n- Nghiên cứu chiến lược\n- Thẩm định đề án\n\nĐoạn cuối.');
    expect(docOf(docToPageText(doc))).toEqual(doc);
  });

  it('stores nothing for an empty page', () => {
    expect(docOf(' \n\n ')).toBeNull();
    expect(docToPageText(null)).toBe('');
  });

  it('refuses text over the bound before reading it, saying how long it is and what to do', () => {
    expect(docOf('x'.repeat(MAX_PAGE_TEXT))?.type).toBe('doc');
    const refused = pageTextToDoc(`- ${' '.repeat(MAX_PAGE_TEXT)}x`, 'Giới thiệu');
    expect(refused).toEqual({
      ok: false,
      message: `Giới thiệu dài ${(MAX_PAGE_TEXT + 3).toLocaleString('vi-VN')} ký tự, vượt giới hạn ${MAX_PAGE_TEXT.toLocaleString('vi-VN')} ký tự: hãy rút gọn rồi lưu lại.`,
    });
  });

  it('reads markers the same whatever the spacing, in one pass per line', () => {
    // Markers followed by long runs of spaces or tabs (where a backtracking pattern would rescan).
    const spaced = `-${' \t'.repeat(2000)}ý một\n##${' '.repeat(3000)}Tiêu đề\n${'*'.repeat(3000)}`;
    expect(docOf(spaced)!.content!.map((b) => b.type)).toEqual(['bulletList', 'heading', 'paragraph']);
    expect(docOf(spaced)!.content![0]!.content![0]!.content![0]!.content![0]!.text).toBe('ý một');
  });
});
