// A photo gallery: several photos from the media library, each with its own alt text, caption and
// credit, in the order the writer set. One atom node holding the list (not child nodes): the items
// are never edited as rich text, and one node keeps reordering and validation in one place.
import { Node, mergeAttributes } from '@tiptap/core';

export interface GalleryItem {
  mediaId: string;
  alt: string;
  caption: string;
  credit: string;
}

/** Enough for a photo story; a page with more is better split (and stays light for readers). */
export const MAX_GALLERY_PHOTOS = 30;
/**
 * Gallery photos in one body, all galleries together: every photo is rendered twice for readers
 * (thumbnail and full view), so a body of thousands would make a page no phone can load.
 */
export const MAX_BODY_GALLERY_PHOTOS = 150;
export const GALLERY_ITEM_KEYS = ['mediaId', 'alt', 'caption', 'credit'] as const;
export const GALLERY_TEXT_LIMITS: Record<'alt' | 'caption' | 'credit', number> = { alt: 500, caption: 2000, credit: 200 };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The items of a list as the editor, the renderer and plain text may use them: library photos only
 * (a media id, so an <img src> is always /media/id/<uuid>), each with exactly the four known fields
 * as strings. Anything else is dropped here; validateBody refuses it at save with a message.
 */
function cleanItems(items: unknown): GalleryItem[] {
  if (!Array.isArray(items)) return [];
  const clean: GalleryItem[] = [];
  for (const item of items.slice(0, MAX_BODY_GALLERY_PHOTOS)) {
    if (typeof item !== 'object' || item === null) continue;
    const { mediaId, alt, caption, credit } = item as Record<string, unknown>;
    if (typeof mediaId !== 'string' || !UUID.test(mediaId)) continue;
    clean.push({ mediaId, alt: text(alt), caption: text(caption), credit: text(credit) });
  }
  return clean;
}

/** data-items of pasted or imported HTML (another site's markup can carry anything). */
function parseItems(raw: string | null): GalleryItem[] {
  if (!raw || raw.length > 200_000) return [];
  try {
    return cleanItems(JSON.parse(raw));
  } catch {
    return [];
  }
}

/** The items of a gallery node as stored, tolerating anything malformed (readers never see it: it is refused at save). */
export function galleryItems(attrs: Record<string, unknown> | undefined): GalleryItem[] {
  return cleanItems(attrs?.items);
}

export const Gallery = Node.create({
  name: 'gallery',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      items: {
        default: [],
        parseHTML: (el) => parseItems(el.getAttribute('data-items')),
        renderHTML: (attrs) => ({ 'data-items': JSON.stringify(attrs.items ?? []) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-gallery]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const items = galleryItems(node.attrs);
    return ['div', mergeAttributes(HTMLAttributes, { 'data-gallery': '' }), ...items.map((i) => ['img', { src: `/media/id/${i.mediaId}`, alt: i.alt }])];
  },
});
