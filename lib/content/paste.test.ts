import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { htmlToBody } from './from-html';
import { cleanPastedHtml } from './paste';

const parse = (html: string) => {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
};
const clean = (html: string) => cleanPastedHtml(html, parse);
const types = (html: string) => JSON.stringify(htmlToBody(clean(html)));

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Calibri}</style></head><body>
<h2 class=MsoNormal style='font-family:"Times New Roman";color:#1F4E79'>Kết quả năm 2019</h2>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span>Hoàn thành <b>đề án</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>a.<span>&nbsp;</span></span>Ý nhỏ</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>Kiểm tra giám sát</p>
<p class=MsoNormal><span style='font-size:14pt;mso-bidi-font-weight:bold'>Đoạn thường</span> <i>nghiêng</i></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp;</span></span>Gạch đầu dòng</p>
<table class=MsoTableGrid><tr><td><p class=MsoNormal>Vùng</p></td><td><p class=MsoNormal>6,5%</p></td></tr></table>
<p><a href="https://gov.vn/x">liên kết</a></p><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->
</body></html>`;

describe('cleanPastedHtml', () => {
  it('turns Word numbered and bulleted lists into real nested lists without the typed markers', () => {
    const out = clean(WORD);
    expect(out).toMatch(/<ol><li><p>Hoàn thành <b>đề án<\/b><\/p><ol><li><p>Ý nhỏ<\/p><\/li><\/ol><\/li><li><p>Kiểm tra giám sát<\/p><\/li><\/ol>/);
    expect(out).toMatch(/<ul><li><p>Gạch đầu dòng<\/p><\/li><\/ul>/);
    expect(out).not.toContain('1.');
    expect(out).not.toContain('·');
  });

  it('keeps headings, emphasis, tables and links and drops styling junk', () => {
    const out = clean(WORD);
    for (const junk of ['class=', 'Calibri', 'font-size', 'color', 'mso-', '<style', '<o:p', 'xml']) expect(out).not.toContain(junk);
    const json = types(WORD);
    expect(json).toContain('"type":"heading"');
    expect(json).toContain('"type":"orderedList"');
    expect(json).toContain('"type":"bulletList"');
    expect(json).toContain('"type":"table"');
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('"type":"italic"');
    expect(json).toContain('https://gov.vn/x');
  });

  it('does not make a whole Google Docs paste bold, but keeps its real bold and italic', () => {
    const html = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr"><span style="font-size:11pt;font-family:Arial;font-weight:400">Thường </span><span style="font-weight:700">đậm</span><span style="font-style:italic;font-weight:400"> nghiêng</span></p><ul><li><p>Mục</p></li></ul></b>`;
    const json = JSON.parse(types(html));
    const paragraph = json.content[0];
    expect(paragraph.content[0]).toEqual({ type: 'text', text: 'Thường ' });
    expect(paragraph.content[1]).toEqual({ type: 'text', text: 'đậm', marks: [{ type: 'bold' }] });
    expect(paragraph.content[2].marks).toEqual([{ type: 'italic' }]);
    expect(json.content[1].type).toBe('bulletList');
  });

  it('keeps LibreOffice lists and headings', () => {
    const html = '<h3 class="western">Mục 1</h3><ol><li><p style="margin-bottom: 0cm; line-height: 100%">Một</p></li></ol>';
    const json = types(html);
    expect(json).toContain('"level":3');
    expect(json).toContain('"type":"orderedList"');
    expect(json).not.toContain('margin');
  });

  it('composes decomposed text (NFC) in every text node, and no mark joins the markup', () => {
    const nfd = 'Đà Nẵng và Hòa Bình'.normalize('NFD');
    const out = clean(`<p>${nfd} <b>${nfd}</b></p><p>\u0338x</p>`);
    expect(out).toBe('<p>Đà Nẵng và Hòa Bình <b>Đà Nẵng và Hòa Bình</b></p><p>\u0338x</p>');
  });
});
