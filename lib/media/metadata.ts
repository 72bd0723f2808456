// Caption, credit and alt text a photographer or picture desk already wrote into the file (IPTC,
// XMP, EXIF), read with exifr so the form starts filled in. Read only from the original bytes, and
// only after sharp has decoded them; the re-encoded variants carry none of it.
import exifr from 'exifr';

export interface EmbeddedText {
  caption: string;
  credit: string;
  /** IPTC 2021 "Alt Text (Accessibility)", when the picture desk filled it in. */
  alt: string;
}

export const EMPTY_EMBEDDED: EmbeddedText = { caption: '', credit: '', alt: '' };

const LIMITS = { caption: 2000, credit: 200, alt: 500 };

// What cameras write into ImageDescription when nobody wrote anything.
const CAMERA_BOILERPLATE = /^(?:olympus digital camera|sony dsc|konica minolta digital camera|minolta dsc|samsung digital camera|digital camera|default|image|picture|photo|untitled|dcim|exif_jpeg_picture|\s*)$/i;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * exifr decodes IPTC (and non-ASCII EXIF) strings as Latin-1, but Vietnamese tools write UTF-8:
 * "Đồng chí" arrives as "Ä\u0090á»\u0093ng chÃ­". When every character fits in a byte and those
 * bytes are valid UTF-8, they were UTF-8.
 */
export function repairUtf8(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  try {
    return STRICT_UTF8.decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

function clean(value: string, max: number): string {
  const text = repairUtf8(value)
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** XMP values arrive as a string, { lang, value }, or a list of either (one per language or person). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const tagged = value.filter((v): v is { lang?: string; value?: unknown } => Boolean(v) && typeof v === 'object');
    const preferred = tagged.find((v) => v.lang === 'vi') ?? tagged.find((v) => v.lang === 'x-default');
    if (preferred) return textOf(preferred.value);
    return value.map(textOf).filter(Boolean).join(', ');
  }
  if (value && typeof value === 'object' && 'value' in value) return textOf((value as { value: unknown }).value);
  return '';
}

function first(max: number, ...candidates: unknown[]): string {
  for (const candidate of candidates) {
    const text = clean(textOf(candidate), max);
    if (text && !CAMERA_BOILERPLATE.test(text)) return text;
  }
  return '';
}

type Block = Record<string, unknown> | undefined;

/** Never throws: a photo with unreadable metadata is still a photo. */
export async function readEmbeddedText(bytes: Buffer): Promise<EmbeddedText> {
  let out: Record<string, Block> | undefined;
  try {
    out = (await exifr.parse(bytes, {
      tiff: true,
      ifd0: { pick: ['ImageDescription', 'Artist'] },
      exif: false,
      gps: false,
      interop: false,
      ifd1: false,
      makerNote: false,
      userComment: false,
      xmp: true,
      iptc: true,
      icc: false,
      jfif: false,
      ihdr: false,
      mergeOutput: false,
      translateValues: false,
      reviveValues: false,
    })) as Record<string, Block> | undefined;
  } catch {
    return EMPTY_EMBEDDED;
  }
  if (!out) return EMPTY_EMBEDDED;
  const { iptc, dc, photoshop, Iptc4xmpCore, ifd0 } = out;
  return {
    caption: first(LIMITS.caption, iptc?.Caption, dc?.description, ifd0?.ImageDescription),
    credit: first(LIMITS.credit, iptc?.Credit, photoshop?.Credit, iptc?.Byline, dc?.creator, ifd0?.Artist),
    alt: first(LIMITS.alt, Iptc4xmpCore?.AltTextAccessibility),
  };
}
