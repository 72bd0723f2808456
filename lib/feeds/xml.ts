// Minimal, strict XML text for feeds and sitemaps: escaped, and without the control characters
// XML 1.0 forbids (a stray one in a title would make the whole feed unreadable).

const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An element with escaped text content. */
export const el = (name: string, text: string) => `<${name}>${xmlText(text)}</${name}>`;

/** Joins an origin and a path into an absolute URL ("https://x.vn" + "/bai-viet/a"). */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, `${origin.replace(/\/+$/, '')}/`).toString();
}
