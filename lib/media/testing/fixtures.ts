// Files for tests (unit, integration and e2e): ordinary photos, photos carrying IPTC/XMP/EXIF, and
// the hostile ones the upload path must refuse or neutralise. All drawn locally; nothing is fetched.
import zlib from 'node:zlib';
import sharp from 'sharp';

/** A photo-like JPEG (noise compresses poorly, like a real photo). */
export async function photoJpeg(width = 640, height = 480, seed = 1): Promise<Buffer> {
  return sharp(noise(width, height, seed), { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

export async function photoPng(width = 320, height = 200, seed = 2): Promise<Buffer> {
  return sharp(noise(width, height, seed), { raw: { width, height, channels: 3 } }).png().toBuffer();
}

export async function photoIn(format: 'webp' | 'avif' | 'gif', width = 200, height = 150): Promise<Buffer> {
  const image = sharp(noise(width, height, 3), { raw: { width, height, channels: 3 } });
  return (format === 'webp' ? image.webp() : format === 'avif' ? image.avif({ effort: 0 }) : image.gif()).toBuffer();
}

function noise(width: number, height: number, seed: number): Buffer {
  const bytes = Buffer.alloc(width * height * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** A JPEG whose EXIF says "rotate 90°": stored 400 x 200, shown 200 x 400. */
export async function rotatedJpeg(): Promise<Buffer> {
  return sharp(noise(400, 200, 4), { raw: { width: 400, height: 200, channels: 3 } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
}

function iptcDataset(record: number, tag: number, value: string | Buffer): Buffer {
  const v = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  return Buffer.concat([Buffer.from([0x1c, record, tag, v.length >> 8, v.length & 0xff]), v]);
}

/** Inserts an APP13 (Photoshop IRB, IPTC-IIM) segment right after SOI, as picture-desk tools write it (UTF-8). */
export function withIptc(jpeg: Buffer, fields: { caption?: string; credit?: string; byline?: string }): Buffer {
  const sets = [iptcDataset(1, 90, Buffer.from([0x1b, 0x25, 0x47]))]; // coded character set: UTF-8
  if (fields.byline) sets.push(iptcDataset(2, 80, fields.byline));
  if (fields.credit) sets.push(iptcDataset(2, 110, fields.credit));
  if (fields.caption) sets.push(iptcDataset(2, 120, fields.caption));
  const iim = Buffer.concat(sets);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, iim, iim.length % 2 ? Buffer.from([0]) : Buffer.alloc(0)]);
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const header = Buffer.from([0xff, 0xed, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

export function xmpPacket(fields: { description?: string; credit?: string; creator?: string; alt?: string }): string {
  const alt = (tag: string, text?: string) => (text ? `<${tag}><rdf:Alt><rdf:li xml:lang="x-default">${text}</rdf:li></rdf:Alt></${tag}>` : '');
  return (
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">` +
    alt('dc:description', fields.description) +
    (fields.credit ? `<photoshop:Credit>${fields.credit}</photoshop:Credit>` : '') +
    (fields.creator ? `<dc:creator><rdf:Seq><rdf:li>${fields.creator}</rdf:li></rdf:Seq></dc:creator>` : '') +
    alt('Iptc4xmpCore:AltTextAccessibility', fields.alt) +
    `</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
  );
}

export async function withXmp(fields: Parameters<typeof xmpPacket>[0], width = 300, height = 200): Promise<Buffer> {
  return sharp(noise(width, height, 5), { raw: { width, height, channels: 3 } }).jpeg().withXmp(xmpPacket(fields)).toBuffer();
}

export const SCRIPT = '<script>alert(document.cookie)</script>';

/** A JPEG that is also an HTML page: markup in a comment segment and after the end-of-image marker. */
export async function polyglotJpeg(): Promise<Buffer> {
  const jpeg = await photoJpeg(120, 90, 6);
  const html = Buffer.from(`<html><body>${SCRIPT}</body></html>`);
  const comment = Buffer.from([0xff, 0xfe, 0, 0]);
  comment.writeUInt16BE(html.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), comment, html, jpeg.subarray(2), html]);
}

export const SVG_WITH_SCRIPT = Buffer.from(
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" onload="alert(1)"><script>alert(document.domain)</script><rect width="100" height="100" fill="red"/></svg>`,
);

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A ~1 KB PNG whose header claims 50 000 x 50 000 pixels (2.5 gigapixels; 7.5 GB decoded). */
export function pixelFloodPng(size = 50_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(size + 1))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A small JPEG whose frame header was rewritten to claim 60 000 x 60 000. */
export async function pixelFloodJpeg(): Promise<Buffer> {
  const jpeg = Buffer.from(await photoJpeg(16, 16, 7));
  for (let i = 2; i < jpeg.length - 9; i++) {
    if (jpeg[i] === 0xff && jpeg[i + 1] === 0xc0) {
      jpeg.writeUInt16BE(60_000, i + 5);
      jpeg.writeUInt16BE(60_000, i + 7);
      return jpeg;
    }
  }
  throw new Error('no SOF0 marker');
}

export async function truncatedJpeg(): Promise<Buffer> {
  const jpeg = await photoJpeg(400, 300, 8);
  return jpeg.subarray(0, Math.floor(jpeg.length * 0.6));
}

/** A real JPEG padded past `bytes` (trailing data after EOI), so only its size is wrong. */
export async function oversizedJpeg(bytes: number): Promise<Buffer> {
  const jpeg = await photoJpeg(64, 64, 9);
  return Buffer.concat([jpeg, Buffer.alloc(Math.max(0, bytes - jpeg.length + 1))]);
}

export async function animatedGif(): Promise<Buffer> {
  const frame = (colour: string) => sharp({ create: { width: 20, height: 20, channels: 3, background: colour } }).png().toBuffer();
  return sharp([await frame('#ff0000'), await frame('#00ff00')], { join: { animated: true } }).gif().toBuffer();
}

/** The smallest complete PDF: one empty page. */
export function minimalPdf(extra = ''): Buffer {
  const objects = [
    '1 0 obj << /Type /Catalog /Pages 2 0 R ' + extra + '>> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const o of objects) {
    offsets.push(body.length);
    body += `${o}\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const pdfWithJavaScript = () => minimalPdf('/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> ');
