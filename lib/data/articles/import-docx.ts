import 'server-only';
import { Window } from 'happy-dom';
import mammoth from 'mammoth';
import { htmlToBody } from '@/lib/content/from-html';
import type { Viewer } from '@/lib/policy/roles';
import { canCreateArticle } from '@/lib/policy/workflow';
import { DataError } from '../errors';
import { uploadMedia } from '../media-upload';
import { createArticle, type ArticleRef } from './create-article';

export const MAX_DOCX_BYTES = 30 * 1024 * 1024;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .doc, or a .docx encrypted with a password
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export interface DocxImportResult extends ArticleRef {
  images: number;
  /** Images that could not be stored (their text stays in the story). */
  skippedImages: string[];
  warnings: string[];
}

/**
 * A .docx file becomes a new draft: the first heading (or paragraph) is the title, the rest the
 * body through the shared schema; images go into the media library and the paragraph right after
 * an image becomes its caption.
 */
export async function importDocx(viewer: Viewer, file: { bytes: Buffer; filename: string }): Promise<DocxImportResult> {
  const decision = canCreateArticle(viewer);
  if (!decision.allowed) throw new DataError('forbidden', decision.message);
  if (file.bytes.length === 0) throw new DataError('invalid', 'Tệp trống. Hãy chọn một tệp .docx.');
  if (file.bytes.length > MAX_DOCX_BYTES) throw new DataError('invalid', `Tệp lớn quá ${MAX_DOCX_BYTES / 1024 / 1024} MB.`);
  if (startsWith(file.bytes, OLE)) {
    throw new DataError('invalid', 'Tệp được đặt mật khẩu hoặc là tệp .doc cũ. Hãy bỏ mật khẩu, hoặc mở bằng Word và lưu lại dưới dạng .docx, rồi nhập lại.');
  }
  if (!startsWith(file.bytes, ZIP)) throw new DataError('invalid', 'Đây không phải tệp .docx (Word). Hãy chọn tệp có đuôi .docx.');

  let images = 0;
  const skippedImages: string[] = [];
  let converted: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    converted = await mammoth.convertToHtml(
      { buffer: file.bytes },
      {
        externalFileAccess: false, // a document must not make the server read other files
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Caption'] => p:fresh"],
        convertImage: mammoth.images.imgElement(async (image) => {
          const index = images + skippedImages.length + 1;
          try {
            const item = await uploadMedia(viewer, { bytes: await image.readAsBuffer(), filename: `${file.filename.replace(/\.docx$/i, '')}-anh-${index}` });
            images++;
            return { src: `media:${item.id}`, alt: item.alt };
          } catch (error) {
            skippedImages.push(`Ảnh ${index}: ${error instanceof DataError ? error.userMessage : 'không lưu được'}`);
            return { src: '' };
          }
        }),
      },
    );
  } catch {
    throw new DataError('invalid', 'Tệp .docx bị hỏng hoặc không đọc được. Hãy mở bằng Word, lưu lại rồi nhập lại.');
  }

  const { title, html } = figuresAndTitle(converted.value, file.filename);
  return {
    ...(await createArticle(viewer, { title, body: htmlToBody(html) }, { origin: 'import' })),
    images,
    skippedImages,
    warnings: converted.messages.filter((m) => m.type === 'warning').map((m) => m.message).slice(0, 20),
  };
}

/** Images become figures (the paragraph right after one is its caption); the first heading is the title. */
function figuresAndTitle(html: string, filename: string): { title: string; html: string } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  const document = window.document;
  document.body.innerHTML = html;
  for (const img of [...document.body.querySelectorAll('img')]) {
    const mediaId = /^media:([0-9a-f-]{36})$/.exec(img.getAttribute('src') ?? '')?.[1];
    const holder = img.closest('p') ?? img;
    if (!mediaId) {
      img.remove();
      continue;
    }
    const next = holder.nextElementSibling;
    const caption = next && next.tagName === 'P' && !next.querySelector('img') && (next.textContent ?? '').trim().length <= 300 ? (next.textContent ?? '').trim() : '';
    if (caption) next!.remove();
    const figure = document.createElement('figure');
    figure.setAttribute('data-media-id', mediaId);
    const image = document.createElement('img');
    image.setAttribute('alt', img.getAttribute('alt') ?? '');
    const figcaption = document.createElement('figcaption');
    const captionSpan = document.createElement('span');
    captionSpan.setAttribute('data-caption', '');
    captionSpan.textContent = caption;
    figcaption.appendChild(captionSpan);
    figure.append(image, figcaption);
    // A figure is a block: put it beside the paragraph that held the image, not inside it.
    if (holder !== img && (holder.textContent ?? '').trim() === '') holder.replaceWith(figure);
    else {
      holder.after(figure);
      img.remove();
    }
  }
  const first = document.body.querySelector('h1') ?? document.body.querySelector('h2') ?? document.body.querySelector('p');
  const title = (first?.textContent ?? '').trim().slice(0, 300) || filename.replace(/\.docx$/i, '').slice(0, 300) || 'Bài nhập từ tệp';
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
