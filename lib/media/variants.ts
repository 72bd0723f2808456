// Decodes an image with sharp and re-encodes it into responsive variants. Re-encoding drops
// anything hidden in the original bytes (metadata, appended scripts) and applies EXIF orientation.
import sharp from 'sharp';

export const VARIANT_WIDTHS = [480, 960, 1440] as const;
export const VARIANT_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

export interface EncodedVariant {
  width: number;
  height: number;
  format: VariantFormat;
  bytes: Buffer;
}

export const EXTENSION: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };
export const CONTENT_TYPE: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  pdf: 'application/pdf',
};

export interface ImageLimits {
  maxPixels: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxPixels: 40_000_000 };

export async function encodeVariants(input: Buffer, limits: ImageLimits = DEFAULT_IMAGE_LIMITS) {
  // limitInputPixels refuses pixel floods before decoding them.
  const base = sharp(input, { limitInputPixels: limits.maxPixels, failOn: 'error' }).rotate();
  const meta = await base.metadata();
  const orientedSwap = (meta.orientation ?? 1) >= 5;
  const width = (orientedSwap ? meta.height : meta.width) ?? 0;
  const height = (orientedSwap ? meta.width : meta.height) ?? 0;
  if (!width || !height) throw new Error('image has no dimensions');

  const widths = [...new Set(VARIANT_WIDTHS.map((w) => Math.min(w, width)))];
  const variants: EncodedVariant[] = [];
  for (const w of widths) {
    const h = Math.round((height * w) / width);
    const resized = base.clone().resize({ width: w, withoutEnlargement: true });
    for (const format of VARIANT_FORMATS) {
      const pipeline =
        format === 'avif'
          ? resized.clone().avif({ quality: 55, effort: 2 })
          : format === 'webp'
            ? resized.clone().webp({ quality: 78 })
            : resized.clone().jpeg({ quality: 80, mozjpeg: true });
      variants.push({ width: w, height: h, format, bytes: await pipeline.toBuffer() });
    }
  }
  return { width, height, variants };
}
