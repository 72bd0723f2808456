// .docx (Word) to a title and a body through the shared schema. A .docx is a zip: a few hundred
// kilobytes can unpack to gigabytes (a 240 KB file with a 60 MB document part took the server down),
// so the parts are counted and measured from the central directory before anything is unpacked,
// and their real unpacked sizes are measured again while streaming before mammoth sees them.
// The conversion itself runs in the CPU pool (lib/workers/docx.ts); images leave the worker as
// bytes and come back as media-library ids, because storing them needs the database.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import mammoth from 'mammoth';
import { acceptedText, applyDocxReview, EMPTY_REVIEW, prepareDocxReview, type CommentRange, type DocxChange, type DocxReview } from './docx-review';
import { convertHtml } from './from-html';
import type { JSONContent } from './types';

export const MAX_DOCX_PARTS = 1_000;
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** XML parts (text, styles, numbering...): what mammoth parses; photos are the rest. */
export const MAX_DOCX_XML_BYTES = 10 * 1024 * 1024;
const DOCX_HTML_LIMITS = { maxBytes: 3_000_000, maxElements: 60_000 };

const mb = (n: number) => (n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const BOMB = 'có thể là tệp nén độc hại (zip bomb). Hãy mở bằng Word, lưu lại rồi nhập lại, hoặc chia thành nhiều tệp.';
const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

class ZipLimit extends Error {}

function limitMessage(parts: number, total: number, xml: number): string | null {
  if (parts > MAX_DOCX_PARTS) return `Tệp .docx có hơn ${MAX_DOCX_PARTS.toLocaleString('vi-VN')} phần, vượt giới hạn: ${BOMB}`;
  if (total > MAX_DOCX_UNPACKED_BYTES) return `Tệp .docx khi giải nén lớn hơn ${mb(MAX_DOCX_UNPACKED_BYTES)} MB, vượt giới hạn: ${BOMB}`;
  if (xml > MAX_DOCX_XML_BYTES) return `Phần văn bản của tệp .docx khi giải nén lớn hơn ${mb(MAX_DOCX_XML_BYTES)} MB, vượt giới hạn: ${BOMB}`;
  return null;
}

/**
 * Reads only the zip's central directory (declared sizes; nothing is unpacked): a message when the
 * file is over a limit or is not a readable zip, else null. Cheap enough for the request thread.
 */
export function inspectDocxZip(bytes: Uint8Array): string | null {
  let parts = 0;
  let total = 0;
  let xml = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        parts++;
        total += file.originalSize;
        if (isXml(file.name)) xml += file.originalSize;
        const problem = limitMessage(parts, total, xml);
        if (problem) throw new ZipLimit(problem);
        return false; // never unpack here
      },
    });
  } catch (error) {
    if (error instanceof ZipLimit) return error.message;
    return 'Tệp .docx bị hỏng hoặc không đọc được. Hãy mở bằng Word, lưu lại rồi nhập lại.';
  }
  return null;
}

/** The real unpacked sizes, streamed in small slices and stopped at the first limit (a zip can lie in its directory). */
export function measureDocxZip(bytes: Uint8Array): string | null {
  let parts = 0;
  let total = 0;
  let xml = 0;
  let problem: string | null = null;
  const unzip = new Unzip((file) => {
    parts++;
    problem ??= limitMessage(parts, total, xml);
    file.ondata = (error, chunk) => {
      if (error || problem) return;
      total += chunk.length;
      if (isXml(file.name)) xml += chunk.length;
      problem = limitMessage(parts, total, xml);
      if (problem) file.terminate();
    };
    if (!problem) file.start();
  });
  unzip.register(UnzipInflate);
  const SLICE = 16 * 1024; // at most ~16 MB of output per slice, even at deflate's best ratio
  try {
    for (let at = 0; at < bytes.length && !problem; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch {
    return 'Tệp .docx bị hỏng hoặc không đọc được. Hãy mở bằng Word, lưu lại rồi nhập lại.';
  }
  return problem;
}

export interface DocxImage {
  contentType: string;
  bytes: Uint8Array;
}

export type DocxHtml = { ok: true; html: string; images: DocxImage[]; warnings: string[]; review: DocxReview } | { ok: false; message: string };

/**
 * Word to HTML with mammoth; images are collected and stand in the HTML as `docx-image:N`. Tracked
 * changes and comments come through as marker characters and `review` (lib/content/docx-review.ts).
 */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  const problem = inspectDocxZip(bytes) ?? measureDocxZip(bytes);
  if (problem) return { ok: false, message: problem };
  const images: DocxImage[] = [];
  try {
    const prepared = prepareDocxReview(bytes);
    if (!prepared.ok) return prepared;
    const source = prepared.bytes;
    const converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(source.buffer, source.byteOffset, source.byteLength) },
      {
        externalFileAccess: false, // a document must not make the server read other files
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Caption'] => p:fresh"],
        convertImage: mammoth.images.imgElement(async (image) => {
          images.push({ contentType: image.contentType, bytes: new Uint8Array(await image.readAsBuffer()) });
          return { src: `docx-image:${images.length - 1}` };
        }),
      },
    );
    const warnings = converted.messages.filter((m) => m.type === 'warning').map((m) => m.message).slice(0, 20);
    return { ok: true, html: converted.value, images, warnings, review: prepared.review };
  } catch {
    return { ok: false, message: 'Tệp .docx bị hỏng hoặc không đọc được. Hãy mở bằng Word, lưu lại rồi nhập lại.' };
  }
}

/** What became of each collected image: its media-library item, or null when it could not be stored. */
export type StoredImage = { mediaId: string; alt: string } | null;

export type DocxDraft = { ok: true; title: string; body: JSONContent; commentRanges: CommentRange[] } | { ok: false; message: string };

/** Word's tracked changes, and who imports them: the suggestions are made in the importer's name. */
export interface DocxDraftReview {
  changes: DocxChange[];
  authorId: string;
  now: string;
}

/**
 * The HTML with stored images as figures (the paragraph right after one is its caption), the first
 * heading as title; tracked changes become suggestion marks and comments ranges in the body.
 */
export function docxHtmlToDraft(html: string, stored: StoredImage[], filename: string, review?: DocxDraftReview): DocxDraft {
  const changes = review?.changes ?? EMPTY_REVIEW.changes;
  const { title, html: bodyHtml } = figuresAndTitle(html, stored, filename, (text) => acceptedText(text, changes));
  const body = convertHtml(bodyHtml, DOCX_HTML_LIMITS);
  if (!body.ok) return body;
  const reviewed = applyDocxReview(body.body, changes, review ?? { authorId: '', now: new Date().toISOString() });
  return { ok: true, title, body: reviewed.body, commentRanges: reviewed.ranges };
}

function figuresAndTitle(html: string, stored: StoredImage[], filename: string, plain: (text: string) => string): { title: string; html: string } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  const document = window.document;
  document.body.innerHTML = html;
  for (const img of [...document.body.querySelectorAll('img')]) {
    const index = /^docx-image:(\d+)$/.exec(img.getAttribute('src') ?? '')?.[1];
    const image = index === undefined ? null : (stored[Number(index)] ?? null);
    const holder = img.closest('p') ?? img;
    if (!image) {
      img.remove();
      continue;
    }
    const next = holder.nextElementSibling;
    const caption = next && next.tagName === 'P' && !next.querySelector('img') && plain(next.textContent ?? '').trim().length <= 300 ? plain(next.textContent ?? '').trim() : '';
    if (caption) next!.remove();
    const figure = document.createElement('figure');
    figure.setAttribute('data-media-id', image.mediaId);
    const figureImage = document.createElement('img');
    figureImage.setAttribute('alt', image.alt || (img.getAttribute('alt') ?? ''));
    const figcaption = document.createElement('figcaption');
    const captionSpan = document.createElement('span');
    captionSpan.setAttribute('data-caption', '');
    captionSpan.textContent = caption;
    figcaption.appendChild(captionSpan);
    figure.append(figureImage, figcaption);
    // A figure is a block: put it beside the paragraph that held the image, not inside it.
    if (holder !== img && (holder.textContent ?? '').trim() === '') holder.replaceWith(figure);
    else {
      holder.after(figure);
      img.remove();
    }
  }
  const first = document.body.querySelector('h1') ?? document.body.querySelector('h2') ?? document.body.querySelector('p');
  const title = plain(first?.textContent ?? '').trim().slice(0, 300) || filename.replace(/\.docx$/i, '').slice(0, 300) || 'Bài nhập từ tệp';
  first?.remove();
  // The body uses h2-h4 (the page's h1 is the title).
  for (const h1 of [...document.body.querySelectorAll('h1')]) {
    const h2 = document.createElement('h2');
    h2.innerHTML = h1.innerHTML;
    h1.replaceWith(h2);
  }
  const out = document.body.innerHTML;
  window.close();
  return { title, html: out };
}
