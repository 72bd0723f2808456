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
export { CONTENT_TYPE } from './content-types';

export interface ImageLimits {
  maxPixels: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxPixels: 40_000_000 };

// Memory stays bounded: libvips' operation cache would keep decoded tiles of earlier uploads alive,
// and one thread per pipeline keeps a 40-megapixel decode from fanning out across every core.
// SHARP_CONCURRENCY raises it on a dedicated media host.
sharp.cache(false);
sharp.concurrency(Math.max(1, Number(process.env.SHARP_CONCURRENCY) || 1));

/**
 * The original's oriented size and the variants. 'error' refuses truncated and corrupt data
 * instead of padding it with grey; limitInputPixels refuses pixel floods before decoding them.
 */
export async function encodeVariants(input: Buffer, limits: ImageLimits = DEFAULT_IMAGE_LIMITS) {
  const options = { limitInputPixels: limits.maxPixels, failOn: 'error' as const, autoOrient: true };
  const meta = await sharp(input, options).metadata();
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  if (!width || !height) throw new Error('image has no dimensions');

  // Decode once, oriented, in sRGB and already scaled to the largest variant; every variant is
  // cut from this small copy, so a 40-megapixel photo is decoded one time, not nine.
  const largest = Math.min(Math.max(...VARIANT_WIDTHS), width);
  const { data, info } = await sharp(input, options)
    .resize({ width: largest, withoutEnlargement: true })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };

  const widths = [...new Set(VARIANT_WIDTHS.map((w) => Math.min(w, width)))];
  const variants: EncodedVariant[] = [];
  for (const w of widths) {
    for (const format of VARIANT_FORMATS) {
      const resized = sharp(data, raw).resize({ width: w, withoutEnlargement: true });
      const pipeline =
        format === 'avif'
          ? resized.avif({ quality: 55, effort: 2 })
          : format === 'webp'
            ? resized.webp({ quality: 78 })
            : resized.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true });
      const out = await pipeline.toBuffer({ resolveWithObject: true });
      variants.push({ width: out.info.width, height: out.info.height, format, bytes: out.data });
    }
  }
  return { width, height, variants };
}
