// Builds .docx files for tests with the `docx` package: the test makes its own document.
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import sharp from 'sharp';

export async function sampleDocx(options: { title?: string; withImage?: boolean } = {}): Promise<Buffer> {
  const png = await sharp({ create: { width: 640, height: 427, channels: 3, background: { r: 30, g: 80, b: 140 } } }).png().toBuffer();
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(options.title ?? 'Hội nghị giao ban kinh tế vùng quý IV')] }),
    new Paragraph({ children: [new TextRun('Sáng nay, hội nghị đã diễn ra với '), new TextRun({ text: 'nhiều ý kiến', bold: true }), new TextRun({ text: ' tâm huyết.', italics: true })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Kết quả nổi bật')] }),
    new Table({
      rows: [
        new TableRow({ children: [new TableCell({ children: [new Paragraph('Vùng')] }), new TableCell({ children: [new Paragraph('Tăng trưởng')] })] }),
        new TableRow({ children: [new TableCell({ children: [new Paragraph('Đồng bằng sông Hồng')] }), new TableCell({ children: [new Paragraph('7,2%')] })] }),
      ],
    }),
    ...(options.withImage === false
      ? []
      : [
          new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 320, height: 213 } })] }),
          new Paragraph({ children: [new TextRun('Quang cảnh hội nghị giao ban')] }),
        ]),
    new Paragraph({
      children: [
        new ExternalHyperlink({ link: 'https://gov.vn/tin-tuc', children: [new TextRun('Cổng Chính phủ')] }),
        new TextRun(' và '),
        new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('liên kết độc')] }),
      ],
    }),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
