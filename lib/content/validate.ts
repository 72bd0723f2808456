// Server-side validation of a body, whatever door it came through (editor, API, import, seed).
import type { Node as PMNode } from '@tiptap/pm/model';
import { HEADING_LEVELS, isSafeHref, TEXT_ALIGNMENTS } from './extensions';
import { COMMENT_MARK, isThreadId } from './marks';
import { suggestionMarkProblem } from './validate-suggestions';
import { MAX_DOCUMENT_CARDS } from './document-card';
import { MAX_BODY_GALLERY_PHOTOS } from './gallery';
import { documentCardProblem, galleryProblems, unknownAttributeProblems, videoProblems } from './validate-blocks';
import { MAX_BODY_VIDEOS } from './video';
import { contentSchema, CONTENT_SCHEMA_VERSION } from './schema';
import type { JSONContent } from './types';

export const MAX_BODY_CHARACTERS = 200_000;
export const MAX_BODY_JSON_BYTES = 2_000_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ContentProblem {
  code: 'too_large' | 'invalid_structure' | 'invalid_attribute' | 'unsafe_link' | 'foreign_image' | 'newer_schema' | 'missing_alt';
  /** Vietnamese, for the writer. */
  message: string;
}

export type BodyValidation =
  | { ok: true; doc: PMNode; json: JSONContent; mediaIds: string[]; documentIds: string[]; /** Library videos of the body's video blocks (checked to be videos at save). */ videoIds: string[]; characters: number }
  | { ok: false; problems: ContentProblem[] };

export interface ValidateOptions {
  schemaVersion?: number;
  /** Require alt text on every figure (submit checklist); saves of drafts may lack it. */
  requireAlt?: boolean;
}

export function validateBody(input: unknown, options: ValidateOptions = {}): BodyValidation {
  if ((options.schemaVersion ?? CONTENT_SCHEMA_VERSION) > CONTENT_SCHEMA_VERSION) {
    return fail('newer_schema', 'Nội dung được tạo bởi phiên bản mới hơn của hệ thống. Hãy tải lại trang rồi lưu lại.');
  }
  let serialized: string;
  try {
    serialized = JSON.stringify(input);
  } catch {
    return fail('invalid_structure', 'Nội dung bài viết không đọc được.');
  }
  if (serialized === undefined || Buffer.byteLength(serialized) > MAX_BODY_JSON_BYTES) {
    return fail('too_large', 'Nội dung bài viết quá lớn. Hãy chia thành nhiều bài.');
  }
  if (!input || typeof input !== 'object' || (input as JSONContent).type !== 'doc') {
    return fail('invalid_structure', 'Nội dung bài viết phải là một tài liệu (doc).');
  }

  let doc: PMNode;
  try {
    doc = contentSchema.nodeFromJSON(input);
    doc.check();
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    return fail('invalid_structure', `Nội dung có thành phần không được hỗ trợ hoặc sai cấu trúc${detail ? ` (${detail})` : ''}.`);
  }

  // The schema silently drops attributes it does not know; for the blocks that carry references
  // (gallery, document card) an unknown attribute is refused instead, so nothing is lost unseen.
  const problems: ContentProblem[] = unknownAttributeProblems(input as JSONContent);
  const mediaIds: string[] = [];
  const documentIds: string[] = [];
  const videoIds: string[] = [];
  let cards = 0;
  let videos = 0;
  let galleryPhotos = 0;
  doc.descendants((node) => {
    if (node.type.name === 'documentCard') {
      cards += 1;
      const problem = documentCardProblem(node.attrs.documentId);
      if (problem) problems.push(problem);
      else documentIds.push(node.attrs.documentId as string);
    }
    if (node.type.name === 'video') {
      videos += 1;
      const video = videoProblems(node.attrs);
      problems.push(...video.problems);
      if (video.mediaId) videoIds.push(video.mediaId);
    }
    if (node.type.name === 'gallery') {
      if (Array.isArray(node.attrs.items)) galleryPhotos += node.attrs.items.length;
      // Past the limit the body is refused anyway: one message, not one per photo.
      if (galleryPhotos > MAX_BODY_GALLERY_PHOTOS) return false;
      const gallery = galleryProblems(node.attrs.items);
      problems.push(...gallery.problems);
      mediaIds.push(...gallery.mediaIds);
    }
    const problem = attributeProblem(node);
    if (problem) problems.push({ code: 'invalid_attribute', message: problem });
    for (const mark of node.marks) {
      const suggestion = suggestionMarkProblem(mark);
      if (suggestion) problems.push({ code: 'invalid_attribute', message: suggestion });
      if (mark.type.name === 'link' && !isSafeHref(mark.attrs.href)) {
        problems.push({ code: 'unsafe_link', message: `Liên kết "${String(mark.attrs.href).slice(0, 80)}" không hợp lệ: chỉ chấp nhận http, https, mailto hoặc đường dẫn trong cổng (bắt đầu bằng /).` });
      }
      if (mark.type.name === COMMENT_MARK && !isThreadId(mark.attrs.threadId)) {
        problems.push({ code: 'invalid_attribute', message: `Dấu góp ý trong bài có mã luồng "${String(mark.attrs.threadId).slice(0, 40)}" không hợp lệ (phải là uuid). Hãy bỏ dấu góp ý đó rồi lưu lại.` });
      }
    }
    if (node.type.name === 'figure') {
      const { mediaId, alt } = node.attrs as { mediaId: unknown; alt: unknown };
      if (typeof mediaId !== 'string' || !UUID.test(mediaId)) {
        problems.push({ code: 'foreign_image', message: 'Ảnh phải được chọn từ thư viện ảnh của cổng thông tin.' });
      } else {
        mediaIds.push(mediaId);
      }
      if (options.requireAlt && (typeof alt !== 'string' || alt.trim() === '')) {
        problems.push({ code: 'missing_alt', message: 'Mỗi ảnh cần có mô tả thay thế (alt) cho người khiếm thị.' });
      }
    }
    return true;
  });
  // The document node carries no marks; its blocks may (a suggested new paragraph), checked above.

  // Bounds per body (one message each, in place of whatever the blocks past the limit would say).
  if (cards > MAX_DOCUMENT_CARDS || galleryPhotos > MAX_BODY_GALLERY_PHOTOS || videos > MAX_BODY_VIDEOS) {
    const bounds: ContentProblem[] = [];
    if (cards > MAX_DOCUMENT_CARDS) {
      bounds.push({
        code: 'too_large',
        message: `Bài viết có ${cards.toLocaleString('vi-VN')} thẻ văn bản, vượt giới hạn ${MAX_DOCUMENT_CARDS} thẻ mỗi bài. Hãy xóa bớt thẻ văn bản (mỗi văn bản chỉ cần chèn một lần).`,
      });
    }
    if (galleryPhotos > MAX_BODY_GALLERY_PHOTOS) {
      bounds.push({
        code: 'too_large',
        message: `Bài viết có ${galleryPhotos.toLocaleString('vi-VN')} ảnh trong các bộ ảnh, vượt giới hạn ${MAX_BODY_GALLERY_PHOTOS} ảnh mỗi bài. Hãy bớt ảnh hoặc chia thành nhiều bài.`,
      });
    }
    if (videos > MAX_BODY_VIDEOS) {
      bounds.push({
        code: 'too_large',
        message: `Bài viết có ${videos.toLocaleString('vi-VN')} video, vượt giới hạn ${MAX_BODY_VIDEOS} video mỗi bài. Hãy xóa bớt video hoặc chia thành nhiều bài.`,
      });
    }
    return { ok: false, problems: bounds };
  }
  const characters = doc.textContent.length;
  if (characters > MAX_BODY_CHARACTERS) {
    problems.push({
      code: 'too_large',
      message: `Bài viết dài ${characters.toLocaleString('vi-VN')} ký tự, vượt giới hạn ${MAX_BODY_CHARACTERS.toLocaleString('vi-VN')} ký tự.`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  // Round-trip through the schema so unknown attributes are dropped and defaults filled in.
  const lower = (ids: string[]) => [...new Set(ids.map((id) => id.toLowerCase()))];
  return { ok: true, doc, json: withLowerCaseIds(doc.toJSON() as JSONContent), mediaIds: lower(mediaIds), documentIds: lower(documentIds), videoIds: lower(videoIds), characters };
}

/**
 * Library and registry ids in the lower case PostgreSQL answers with: pages look them up in maps
 * keyed by the database's ids, and a JSON path finds the stories embedding a document by its id, so
 * an id sent in upper case (any UUID is valid in either) would otherwise be saved but never shown.
 */
function withLowerCaseIds(node: JSONContent): JSONContent {
  const attrs = node.attrs as Record<string, unknown> | undefined;
  let next = node;
  if (attrs && (node.type === 'figure' || node.type === 'video' || node.type === 'documentCard')) {
    const key = node.type === 'documentCard' ? 'documentId' : 'mediaId';
    if (typeof attrs[key] === 'string') next = { ...node, attrs: { ...attrs, [key]: (attrs[key] as string).toLowerCase() } };
  } else if (attrs && node.type === 'gallery' && Array.isArray(attrs.items)) {
    next = { ...node, attrs: { ...attrs, items: (attrs.items as Array<Record<string, unknown>>).map((item) => ({ ...item, mediaId: String(item.mediaId).toLowerCase() })) } };
  }
  // Comment anchors are matched against article_threads ids.
  if (node.marks?.some((m) => m.type === COMMENT_MARK)) {
    next = { ...next, marks: node.marks.map((m) => (m.type === COMMENT_MARK ? { ...m, attrs: { ...m.attrs, threadId: String(m.attrs?.threadId).toLowerCase() } } : m)) };
  }
  return Array.isArray(node.content) ? { ...next, content: node.content.map(withLowerCaseIds) } : next;
}

const FIGURE_TEXT_LIMITS: Record<string, number> = { alt: 500, caption: 2000, credit: 200 };
// Cell attributes are copied into the reader's HTML (colspan, rowspan, a width style), so only
// small whole numbers pass: a span of a billion freezes browsers and a string could carry markup.
const MAX_CELL_SPAN = 50;
const MAX_COLUMN_WIDTH_PX = 2000;
const TABLE_CELLS = new Set(['tableCell', 'tableHeader']);

const wholeNumberIn = (value: unknown, max: number) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max;

function tableCellProblem(attrs: Record<string, unknown>): string | null {
  if (!wholeNumberIn(attrs.colspan, MAX_CELL_SPAN)) {
    return `Ô bảng: "colspan" (số cột gộp) phải là số nguyên từ 1 đến ${MAX_CELL_SPAN}. Hãy tách hoặc gộp lại ô trong trình soạn thảo.`;
  }
  if (!wholeNumberIn(attrs.rowspan, MAX_CELL_SPAN)) {
    return `Ô bảng: "rowspan" (số hàng gộp) phải là số nguyên từ 1 đến ${MAX_CELL_SPAN}. Hãy tách hoặc gộp lại ô trong trình soạn thảo.`;
  }
  const widths = attrs.colwidth;
  if (widths !== null && !(Array.isArray(widths) && widths.length <= MAX_CELL_SPAN && widths.every((w) => wholeNumberIn(w, MAX_COLUMN_WIDTH_PX)))) {
    return `Ô bảng: "colwidth" (độ rộng cột) phải để trống hoặc là danh sách số nguyên điểm ảnh từ 1 đến ${MAX_COLUMN_WIDTH_PX}. Hãy kéo lại độ rộng cột trong trình soạn thảo.`;
  }
  return null;
}

/** The schema checks which attributes exist; this checks their values (ProseMirror does not). */
function attributeProblem(node: PMNode): string | null {
  const attrs = node.attrs as Record<string, unknown>;
  if ('textAlign' in attrs && attrs.textAlign !== null && !(TEXT_ALIGNMENTS as readonly unknown[]).includes(attrs.textAlign)) {
    return `Căn lề "${String(attrs.textAlign).slice(0, 30)}" không hợp lệ.`;
  }
  if (node.type.name === 'heading' && !(HEADING_LEVELS as readonly unknown[]).includes(attrs.level)) {
    return 'Tiêu đề trong bài chỉ dùng cấp 2 đến 4 (cấp 1 là tiêu đề bài).';
  }
  if (node.type.name === 'orderedList' && !(Number.isInteger(attrs.start) && (attrs.start as number) >= 1 && (attrs.start as number) <= 100_000)) {
    return 'Danh sách đánh số phải bắt đầu từ một số nguyên dương.';
  }
  if (TABLE_CELLS.has(node.type.name)) return tableCellProblem(attrs);
  if (node.type.name === 'figure') {
    for (const [key, max] of Object.entries(FIGURE_TEXT_LIMITS)) {
      const value = attrs[key];
      if (value !== null && value !== undefined && (typeof value !== 'string' || value.length > max)) return `Phần "${key}" của ảnh phải là văn bản tối đa ${max} ký tự.`;
    }
  }
  return null;
}

function fail(code: ContentProblem['code'], message: string): BodyValidation {
  return { ok: false, problems: [{ code, message }] };
}
