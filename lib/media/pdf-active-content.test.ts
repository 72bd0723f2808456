// Hostile PDFs: active content written the ways a literal byte scan misses (#16). Fixtures are
// built here with pdf-lib, so each test says exactly what the file holds.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { mediaLimits } from './limits';
import { MediaRejection, prepareUpload } from './prepare-upload';
import { minimalPdf } from './testing/fixtures';

const limits = mediaLimits({});

async function outcome(bytes: Buffer): Promise<string> {
  try {
    const prepared = await prepareUpload(bytes, limits);
    return `accepted ${prepared.kind}`;
  } catch (error) {
    if (error instanceof MediaRejection) return `${error.code}: ${error.userMessage}`;
    throw error;
  }
}

/** A one-page document from pdf-lib, optionally altered before saving. */
async function built(alter: (doc: PDFDocument) => void = () => {}, useObjectStreams = false): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Báo cáo'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), { x: 50, y: 780 });
  alter(doc);
  return Buffer.from(await doc.save({ useObjectStreams }));
}

const openAction = (doc: PDFDocument, action: Record<string, unknown>) => {
  const dict = doc.context.obj(action as never);
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(dict));
};

describe('PDF active content, decided by a parser', () => {
  it('accepts clean documents, with or without compressed object streams', async () => {
    expect(await outcome(minimalPdf())).toBe('accepted document');
    expect(await outcome(await built())).toBe('accepted document');
    expect(await outcome(await built(() => {}, true))).toBe('accepted document');
    // A plain link to a web page is ordinary in a report and stays allowed.
    const withLink = await built((doc) => openAction(doc, { S: 'URI', URI: PDFString.of('https://example.vn') }));
    expect(await outcome(withLink)).toBe('accepted document');
  });

  it.each([
    ['an escaped action type /J#61vaScript', '/OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >> '],
    ['a fully escaped key /#4A#53', '/OpenAction << /S /Jav#61Script /#4A#53 (app.alert\\(1\\)) >> '],
    ['lower-case escapes /#4a#53', '/OpenAction << /S /#4a#61vascript#20 /#4a#53 (x) >> '.replace('#20 ', ' ')],
    ['an escaped /L#61unch', '/OpenAction << /S /L#61unch /F (cmd.exe) >> '],
    ['additional actions /#41A', '/#41A << /O << /S /GoTo /D [3 0 R /Fit] >> >> '],
    ['an embedded file named with escapes', '/Names << /Embedded#46iles << /Names [] >> >> '],
    ['an XFA form', '/AcroForm << /Fields [] /#58FA (x) >> '],
    ['a submit-form action', '/OpenAction << /S /Submit#46orm /F (https://evil.example) >> '],
    ['a remote go-to', '/OpenAction << /S /GoTo#52 /F (other.pdf) /D [0 /Fit] >> '],
  ])('refuses %s', async (_label, extra) => {
    const pdf = minimalPdf(extra);
    expect(await outcome(pdf)).toMatch(/^unsafe_document: Tệp PDF có chứa mã lệnh/);
  });

  it('refuses an action hidden inside a compressed object stream', async () => {
    const pdf = await built((doc) => openAction(doc, { S: 'JavaScript', JS: PDFString.of('app.alert(1)') }), true);
    // The proof that the fixture hides it: no literal name is left for a byte scan to find.
    expect(pdf.toString('latin1')).not.toMatch(/JavaScript|\/JS\b/);
    expect(await outcome(pdf)).toMatch(/^unsafe_document: /);
  });

  it('refuses a launch action and additional actions inside object streams too', async () => {
    const launch = await built((doc) => openAction(doc, { S: 'Launch', F: PDFString.of('calc.exe') }), true);
    expect(await outcome(launch)).toMatch(/^unsafe_document: /);
    const additional = await built((doc) => {
      doc.getPage(0).node.set(PDFName.of('AA'), doc.context.obj({ O: { S: 'GoTo', D: [] } } as never));
    }, true);
    expect(await outcome(additional)).toMatch(/^unsafe_document: /);
  });

  it('refuses a document the parser cannot read rather than trusting it', async () => {
    const broken = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nstream\n\u0000\u0001garbage\n%%EOF\n', 'latin1');
    expect(await outcome(broken)).toMatch(/^(corrupt|unsafe_document): /);
  });
});
