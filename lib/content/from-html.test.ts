import { describe, expect, it } from 'vitest';
import { convertHtml, lostText, MAX_HTML_ELEMENTS, visibleText } from './from-html';

const text = (html: string) => {
  const result = convertHtml(html);
  if (!result.ok) throw new Error(result.message);
  return JSON.stringify(result.body);
};

describe('convertHtml', () => {
  it('keeps the text after an <svg> holding <style> or <script> (happy-dom would drop it)', () => {
    expect(text('<p>Trước</p><svg><style>.a{fill:red}</style><rect/></svg><p>Sau hình vẽ</p>')).toContain('Sau hình vẽ');
    expect(text('<p>Trước</p><svg><script>alert(1)</script></svg><p>Đoạn cuối</p>')).toContain('Đoạn cuối');
    expect(text('<p>A</p><svg><foreignObject><STYLE>x</STYLE></foreignObject></svg><p>Còn lại</p>')).toContain('Còn lại');
  });

  it('refuses an unclosed <style> instead of losing what follows it', () => {
    const result = convertHtml('<p>Đầu</p><style>p{} <p>Phần bị nuốt</p>');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('<style> không được đóng') });
  });

  it('says which words would be lost when the output is short of the input', () => {
    expect(lostText('Hội nghị tổng kết năm 2019 đã thành công tốt đẹp', 'Hội nghị tổng kết')).toBe('năm 2019 đã thành công tốt đẹp');
    expect(lostText('Hội nghị tổng kết', 'Hội nghị tổng kết')).toBeNull();
    expect(visibleText('<p title="a > b">Chữ &amp; số &#273;</p><!-- ghi chú -->')).toBe(' Chữ & số đ ');
  });

  it('refuses HTML over the element limit with the limit in the message', () => {
    const result = convertHtml('<table>' + '<tr><td>1</td></tr>'.repeat(MAX_HTML_ELEMENTS / 2 + 1) + '</table>');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/vượt giới hạn 20\.000 thẻ/);
  });

  it('converts ordinary HTML with nothing refused', () => {
    expect(text('<h2>Tiêu đề</h2><p>Đoạn <b>đậm</b> &amp; <i>nghiêng</i></p><ul><li>Một</li></ul><table><tr><td>Ô</td></tr></table>')).toContain('nghiêng');
  });
});
