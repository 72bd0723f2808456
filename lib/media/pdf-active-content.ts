// Whether a PDF carries content that acts on its own (scripts, launching programs, attached files,
// forms that send data away), decided by parsing it: names may be written with #-escapes
// (`/J#61vaScript` is `/JavaScript`) and dictionaries may sit inside compressed object streams,
// both invisible to a scan of the raw bytes. pdf-lib parses every object in the file in order,
// including the contents of object streams, so nothing a reader could reach goes unseen.
import { PDFArray, PDFDict, PDFDocument, PDFInvalidObject, PDFName, PDFStream, type PDFObject } from 'pdf-lib';

// Lower-cased, escapes decoded. Kept from the byte scan: JavaScript, JS, Launch, EmbeddedFile,
// RichMedia. Added: additional actions (AA: run on open, close, page view, focus), XFA forms,
// actions that send or fetch data or open other files, renditions (which may carry a script).
// URI is not here: a link to a web page is ordinary in a report and the viewer asks before following it.
const ACTIVE_NAMES = new Set(
  ['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'RichMediaContent', 'AA', 'XFA', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE', 'Rendition'].map((n) =>
    n.toLowerCase(),
  ),
);

// The byte scan that was the whole check before, kept as a second lock: it also sees bytes the
// parser skipped as junk, which some readers still recover. Deliberately no wider (no case folding,
// no short names like AA): it runs over compressed binary data too, where every extra pattern is
// a chance to refuse a clean file by accident.
const RAW_ACTIVE = /\/(?:JavaScript|JS|Launch|EmbeddedFile|RichMedia)[\s/<([>]/;

/** A name's text with every #xx escape decoded, however often it was applied (pdf-lib decodes only upper-case hex). */
function decodedName(raw: string): string {
  let name = raw.startsWith('/') ? raw.slice(1) : raw;
  for (let round = 0; round < 4; round++) {
    const next = name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === name) break;
    name = next;
  }
  return name.toLowerCase();
}

export type PdfInspection = { ok: true } | { ok: false; reason: 'active_content' | 'unreadable' };

export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  if (RAW_ACTIVE.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))) return { ok: false, reason: 'active_content' };

  let doc: PDFDocument;
  try {
    // Encrypted files are parsed too: names are never encrypted, and an encrypted object stream
    // fails to decode, which throwOnInvalidObject turns into "unreadable" rather than unseen.
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, throwOnInvalidObject: true, updateMetadata: false, parseSpeed: 200 });
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const seen = new Set<PDFObject>();
  const stack: PDFObject[] = doc.context.enumerateIndirectObjects().map(([, object]) => object);
  const { Root, Info, Encrypt } = doc.context.trailerInfo;
  for (const object of [Root, Info, Encrypt]) if (object) stack.push(object);
  while (stack.length > 0) {
    const object = stack.pop()!;
    if (seen.has(object)) continue;
    seen.add(object);
    if (object instanceof PDFInvalidObject) return { ok: false, reason: 'unreadable' };
    if (object instanceof PDFName) {
      if (ACTIVE_NAMES.has(decodedName(object.asString()))) return { ok: false, reason: 'active_content' };
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) stack.push(key, value);
    } else if (object instanceof PDFArray) {
      stack.push(...object.asArray());
    } else if (object instanceof PDFStream) {
      stack.push(object.dict);
    }
  }
  return { ok: true };
}
