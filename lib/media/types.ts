// PURE. A media library item as the newsroom screens and API v1 see it. Client components import
// this type too (lib/data/media/items.ts builds it on the server).
import type { FigureMedia } from '@/lib/content/render';

export interface MediaItem {
  id: string;
  kind: 'image' | 'document';
  /** The type of the uploaded original (what the bytes were), e.g. image/png, application/pdf. */
  mimeType: string;
  originalFilename: string;
  /** Size of the uploaded original, in bytes. */
  byteSize: number;
  /** Pixel size of the original, orientation applied; null for documents. */
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  /** Same-origin URL of the file: the largest JPEG variant of an image, or the PDF itself. */
  url: string;
  /** Smallest JPEG variant, for lists; null for documents. */
  thumbnailUrl: string | null;
  /** Sources for a responsive <picture> (AVIF/WebP/JPEG srcsets, width and height); null for documents. */
  image: FigureMedia | null;
  uploadedBy: { id: string; name: string } | null;
  createdAt: string;
  /** How many articles use it in their current or live revision. */
  usageCount: number;
  /** An image without alt text cannot go into a story until someone writes one. */
  needsAlt: boolean;
  /** What this viewer may do (the data layer checks again when they try). */
  canEdit: boolean;
  canDelete: boolean;
}
