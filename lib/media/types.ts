// PURE. A media library item as the newsroom screens and API v1 see it. Client components import
// this type too (lib/data/media/items.ts builds it on the server).
import type { FigureMedia } from '@/lib/content/render';

/** A video's state in the library, and its files once processed. */
export interface MediaItemVideo {
  status: 'processing' | 'ready' | 'failed';
  /** Why processing failed, in Vietnamese; null otherwise. */
  failureReason: string | null;
  durationSeconds: number;
  /** The web MP4 (H.264/AAC, faststart), the poster JPEG and the WebVTT captions, when there are. */
  playbackUrl: string | null;
  posterUrl: string | null;
  captionsUrl: string | null;
}

export interface MediaItem {
  id: string;
  kind: 'image' | 'document' | 'video';
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
  /** Same-origin URL of the file: the largest JPEG variant of an image, the PDF itself, or a ready video's MP4 ('' while processing). */
  url: string;
  /** Smallest JPEG variant, for lists (a video's poster); null for documents. */
  thumbnailUrl: string | null;
  /** Sources for a responsive <picture> (AVIF/WebP/JPEG srcsets, width and height); null for documents. */
  image: FigureMedia | null;
  /** Videos only. */
  video: MediaItemVideo | null;
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
