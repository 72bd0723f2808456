import type { FigureMedia } from '@/lib/content/render';
import { VARIANT_FORMATS } from './variants';

export interface StoredVariant {
  width: number;
  height: number;
  format: 'avif' | 'webp' | 'jpeg';
  key: string;
  bytes: number;
}

export const mediaUrl = (key: string) => `/media/${key}`;

/** Turns stored variants into what the renderer needs: srcsets per format and a JPEG fallback. */
export function figureMedia(media: { width: number | null; height: number | null; variants: StoredVariant[] }): FigureMedia | null {
  const jpegs = media.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
  const fallback = jpegs.find((v) => v.width >= 960) ?? jpegs[jpegs.length - 1];
  if (!fallback || !media.width || !media.height) return null;
  const srcSet: FigureMedia['srcSet'] = {};
  for (const format of VARIANT_FORMATS) {
    const list = media.variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
    if (list.length) srcSet[format] = list.map((v) => `${mediaUrl(v.key)} ${v.width}w`).join(', ');
  }
  return { src: mediaUrl(fallback.key), width: media.width, height: media.height, srcSet };
}

