// HTML (API `bodyHtml`, pasted or imported documents) to Tiptap JSON through the one extension list:
// whatever the schema does not know (scripts, styles, iframes, event handlers, foreign images) is
// dropped by the parser itself. Server only: parses with happy-dom, JavaScript evaluation disabled.
import { generateJSON } from '@tiptap/html/server';
import { contentExtensions } from './extensions';
import type { JSONContent } from './types';

export const MAX_HTML_BYTES = 2_000_000;

export function htmlToBody(html: string): JSONContent {
  if (Buffer.byteLength(html) > MAX_HTML_BYTES) throw new RangeError('html too large');
  return generateJSON(html, contentExtensions) as JSONContent;
}
