// Validation of the blocks whose attributes are structured references (a gallery's photo list, a
// document card's document), shared by validateBody. Messages are Vietnamese, for the writer.
import { GALLERY_ITEM_KEYS, GALLERY_TEXT_LIMITS, MAX_GALLERY_PHOTOS } from './gallery';
import { VIDEO_ATTR_KEYS, VIDEO_TEXT_LIMITS } from './video';
import type { JSONContent } from './types';
import type { ContentProblem } from './validate';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The attributes each strictly checked block may carry; anything else is refused. */
export const STRICT_BLOCK_ATTRS: Record<string, readonly string[]> = {
  gallery: ['items'],
  documentCard: ['documentId'],
  video: VIDEO_ATTR_KEYS,
};

const BLOCK_LABEL: Record<string, string> = { gallery: 'Bộ ảnh', documentCard: 'Thẻ văn bản', video: 'Video' };

/** Unknown attribute names on strictly checked blocks, read from the input before the schema drops them. */
export function unknownAttributeProblems(input: JSONContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let visited = 0;
  const walk = (node: JSONContent) => {
    // The body is already bounded in bytes; this bounds the walk itself too.
    if (++visited > 200_000 || !node || typeof node !== 'object') return;
    const allowed = typeof node.type === 'string' ? STRICT_BLOCK_ATTRS[node.type] : undefined;
    if (allowed && node.attrs && typeof node.attrs === 'object') {
      const unknown = Object.keys(node.attrs).filter((k) => !allowed.includes(k));
      if (unknown.length > 0) {
        problems.push({
          code: 'invalid_attribute',
          message: `${BLOCK_LABEL[node.type!]}: thuộc tính không được hỗ trợ (${unknown.slice(0, 5).join(', ').slice(0, 120)}). Hãy xóa khối này và chèn lại từ thanh công cụ.`,
        });
      }
    }
    if (Array.isArray(node.content)) node.content.forEach(walk);
  };
  walk(input);
  return problems;
}

/** A gallery's photo list: 1 to MAX_GALLERY_PHOTOS library photos, each with alt text. */
export function galleryProblems(items: unknown): { problems: ContentProblem[]; mediaIds: string[] } {
  const problems: ContentProblem[] = [];
  const mediaIds: string[] = [];
  if (!Array.isArray(items) || items.length === 0) {
    return { problems: [{ code: 'invalid_attribute', message: 'Bộ ảnh phải có ít nhất một ảnh. Hãy thêm ảnh từ thư viện hoặc xóa bộ ảnh.' }], mediaIds };
  }
  if (items.length > MAX_GALLERY_PHOTOS) {
    return {
      problems: [{ code: 'invalid_attribute', message: `Bộ ảnh có ${items.length} ảnh, vượt giới hạn ${MAX_GALLERY_PHOTOS} ảnh. Hãy bớt ảnh hoặc chia thành nhiều bộ ảnh.` }],
      mediaIds,
    };
  }
  items.forEach((item: unknown, index) => {
    const n = index + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ code: 'invalid_attribute', message: `Bộ ảnh, ảnh thứ ${n}: dữ liệu không hợp lệ. Hãy xóa ảnh này và thêm lại từ thư viện.` });
      return;
    }
    const record = item as Record<string, unknown>;
    const unknown = Object.keys(record).filter((k) => !(GALLERY_ITEM_KEYS as readonly string[]).includes(k));
    if (unknown.length > 0) {
      problems.push({ code: 'invalid_attribute', message: `Bộ ảnh, ảnh thứ ${n}: thuộc tính không được hỗ trợ (${unknown.slice(0, 5).join(', ').slice(0, 120)}).` });
    }
    if (typeof record.mediaId !== 'string' || !UUID.test(record.mediaId)) {
      problems.push({ code: 'foreign_image', message: `Bộ ảnh, ảnh thứ ${n}: ảnh phải được chọn từ thư viện ảnh của cổng thông tin.` });
    } else {
      mediaIds.push(record.mediaId);
    }
    for (const [key, max] of Object.entries(GALLERY_TEXT_LIMITS)) {
      const value = record[key];
      if (value !== undefined && (typeof value !== 'string' || value.length > max)) {
        const label = key === 'alt' ? 'mô tả thay thế (alt)' : key === 'caption' ? 'chú thích' : 'nguồn ảnh';
        problems.push({ code: 'invalid_attribute', message: `Bộ ảnh, ảnh thứ ${n}: ${label} phải là văn bản tối đa ${max} ký tự.` });
      }
    }
    if (typeof record.alt !== 'string' || record.alt.trim() === '') {
      problems.push({ code: 'missing_alt', message: `Bộ ảnh, ảnh thứ ${n}: hãy nhập mô tả thay thế (alt) cho người khiếm thị.` });
    }
  });
  return { problems, mediaIds };
}

/** A document card's reference: the id of a document of the registry (its existence is checked at save). */
export function documentCardProblem(documentId: unknown): ContentProblem | null {
  if (typeof documentId === 'string' && UUID.test(documentId)) return null;
  return { code: 'invalid_attribute', message: 'Thẻ văn bản phải trỏ tới một văn bản trong danh mục văn bản. Hãy xóa thẻ này và chèn lại bằng nút “Chèn văn bản”.' };
}

/** A video block: a library video (its kind and existence are checked at save) with bounded caption and credit. */
export function videoProblems(attrs: Record<string, unknown>): { problems: ContentProblem[]; mediaId: string | null } {
  const problems: ContentProblem[] = [];
  const { mediaId } = attrs;
  const ok = typeof mediaId === 'string' && UUID.test(mediaId);
  if (!ok) {
    problems.push({ code: 'foreign_image', message: 'Video phải được chọn từ thư viện của cổng thông tin. Hãy xóa khối video này và chèn lại bằng nút “Chèn video”.' });
  }
  for (const [key, max] of Object.entries(VIDEO_TEXT_LIMITS)) {
    const value = attrs[key];
    if (value !== null && value !== undefined && (typeof value !== 'string' || value.length > max)) {
      problems.push({ code: 'invalid_attribute', message: `Video: ${key === 'caption' ? 'chú thích' : 'nguồn video'} phải là văn bản tối đa ${max} ký tự. Hãy rút gọn rồi lưu lại.` });
    }
  }
  return { problems, mediaId: ok ? (mediaId as string) : null };
}
