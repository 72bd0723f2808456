// Builds .docx files for tests with the `docx` package: the test makes its own document.
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, ExternalHyperlink, HeadingLevel, ImageRun, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
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

/**
 * A .docx reviewed in Word: a tracked insertion and a tracked deletion by "Nguyễn Văn Lãnh Đạo", a
 * comment on "tăng trưởng 7,2%", and (optionally) a comment on the title, which cannot be anchored.
 */
export async function reviewedDocx(options: { titleComment?: boolean } = {}): Promise<Buffer> {
  const author = 'Nguyễn Văn Lãnh Đạo';
  const date = '2026-11-30T09:00:00Z';
  const title = options.titleComment
    ? new Paragraph({ heading: HeadingLevel.TITLE, children: [new CommentRangeStart(1), new TextRun('Báo cáo giao ban'), new CommentRangeEnd(1), new TextRun({ children: [new CommentReference(1)] })] })
    : new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Báo cáo giao ban')] });
  const children = [
    title,
    new Paragraph({
      children: [
        new TextRun('Kinh tế vùng đạt '),
        new InsertedTextRun({ id: 11, author, date, text: 'mức ' }),
        new CommentRangeStart(0),
        new TextRun('tăng trưởng 7,2%'),
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }),
        new DeletedTextRun({ id: 12, author, date, text: ' trong quý' }),
        new TextRun('.'),
      ],
    }),
  ];
  const comments = [{ id: 0, author, date: new Date(date), children: [new Paragraph({ children: [new TextRun('Xem lại số liệu này.')] })] }];
  if (options.titleComment) comments.push({ id: 1, author, date: new Date(date), children: [new Paragraph({ children: [new TextRun('Tiêu đề cần ngắn hơn.')] })] });
  return Packer.toBuffer(new Document({ comments: { children: comments }, sections: [{ children }] }));
}

/** A .docx with a Word comment on each of `quotes` (one paragraph each), by "Trần Thị Biên Tập". */
export async function commentedDocx(quotes: string[]): Promise<Buffer> {
  const author = 'Trần Thị Biên Tập';
  const date = new Date('2026-12-01T08:00:00Z');
  const paragraphs = quotes.map(
    (quote, id) =>
      new Paragraph({ children: [new TextRun(`Đoạn ${id + 1}: `), new CommentRangeStart(id), new TextRun(quote), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }), new TextRun(' hết đoạn.')] }),
  );
  const comments = quotes.map((_, id) => ({ id, author, date, children: [new Paragraph({ children: [new TextRun(`Nhận xét số ${id + 1}.`)] })] }));
  return Packer.toBuffer(new Document({ comments: { children: comments }, sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Tổng kết năm')] }), ...paragraphs] }] }));
}
