// HTML (API `bodyHtml`, imported documents) to Tiptap JSON through the one extension list: whatever
// the schema does not know (scripts, styles, iframes, event handlers, foreign images) is dropped by
// the parser itself. Server only: parses with happy-dom, JavaScript evaluation disabled. CPU-heavy
// (a 25,000-cell table took 19 s): callers run it in the CPU pool (lib/workers/html-to-body.ts).
//
// Nothing is lost silently: the letters a reader would see in the input are counted by a small
// independent scanner and compared with what the conversion kept; a shortfall is refused with the
// words where it starts. happy-dom drops everything after a <style> or <script> inside <svg>, so
// those raw-text elements (never kept anyway) are cut out before parsing.
import { generateJSON } from '@tiptap/html/server';
import { contentExtensions } from './extensions';
import type { JSONContent } from './types';

/** The API takes at most 256 KB of JSON, so a larger bodyHtml could never arrive anyway. */
export const MAX_HTML_BYTES = 250_000;
/** Elements (opening tags) in one HTML body: about 8 s of conversion on a busy server. */
export const MAX_HTML_ELEMENTS = 20_000;

export type HtmlConversion = { ok: true; body: JSONContent } | { ok: false; message: string };

const vi = (n: number) => n.toLocaleString('vi-VN');

export interface HtmlLimits {
  maxBytes: number;
  maxElements: number;
}

const API_LIMITS: HtmlLimits = { maxBytes: MAX_HTML_BYTES, maxElements: MAX_HTML_ELEMENTS };

/** The limits, checked in linear time before any parsing (also on the request thread). */
export function htmlLimitProblem(html: string, limits: HtmlLimits = API_LIMITS): string | null {
  const bytes = Buffer.byteLength(html);
  if (bytes > limits.maxBytes) return `Nội dung HTML dài ${vi(Math.ceil(bytes / 1000))} KB, vượt giới hạn ${vi(limits.maxBytes / 1000)} KB. Hãy chia thành nhiều bài.`;
  const elements = html.match(/<[a-zA-Z]/g)?.length ?? 0;
  if (elements > limits.maxElements) return `Nội dung HTML có ${vi(elements)} thẻ, vượt giới hạn ${vi(limits.maxElements)} thẻ. Hãy chia thành nhiều bài hoặc rút gọn bảng.`;
  return null;
}

export function convertHtml(html: string, limits: HtmlLimits = API_LIMITS): HtmlConversion {
  const limit = htmlLimitProblem(html, limits);
  if (limit) return { ok: false, message: limit };
  const cleaned = withoutRawTextElements(html);
  if (!cleaned.ok) return cleaned;
  const body = generateJSON(cleaned.html, contentExtensions) as JSONContent;
  const lost = lostText(visibleText(cleaned.html), bodyText(body));
  if (lost !== null) {
    return {
      ok: false,
      message: `Không chuyển được toàn bộ nội dung HTML: phần bắt đầu từ “${lost}” sẽ bị mất (thường do hình SVG, công thức MathML hoặc thẻ lạ). Hãy bỏ phần đó hoặc gửi dưới dạng văn bản rồi thử lại.`,
    };
  }
  return { ok: true, body };
}

/** For tests and trusted callers: the body, or a RangeError carrying the Vietnamese refusal. */
export function htmlToBody(html: string): JSONContent {
  const result = convertHtml(html);
  if (!result.ok) throw new RangeError(result.message);
  return result.body;
}

type Cleaned = { ok: true; html: string } | { ok: false; message: string };

/** Cuts <script> and <style> elements out, in one pass; an unclosed one would swallow the rest. */
function withoutRawTextElements(html: string): Cleaned {
  const opener = /<(script|style)\b/gi;
  let out = '';
  let from = 0;
  for (let m = opener.exec(html); m; m = opener.exec(html)) {
    const closer = new RegExp(`</${m[1]}\\s*>`, 'gi');
    closer.lastIndex = m.index;
    const end = closer.exec(html);
    if (!end) return { ok: false, message: `Thẻ <${m[1]!.toLowerCase()}> không được đóng, phần nội dung sau nó sẽ bị mất. Hãy sửa HTML rồi gửi lại.` };
    out += html.slice(from, m.index);
    from = end.index + end[0].length;
    opener.lastIndex = from;
  }
  return { ok: true, html: out + html.slice(from) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text between tags, comments and attribute values skipped (one linear pass). */
export function visibleText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<' && html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
    } else if (c === '<' && /[a-zA-Z/!?]/.test(html[i + 1] ?? '')) {
      let quote = '';
      i++;
      for (; i < html.length; i++) {
        const d = html[i];
        if (quote) {
          if (d === quote) quote = '';
        } else if (d === '"' || d === "'") quote = d;
        else if (d === '>') break;
      }
      i++;
      out += ' ';
    } else if (c === '&') {
      const m = /^&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/i.exec(html.slice(i, i + 12));
      if (!m) {
        out += c;
        i++;
        continue;
      }
      const name = m[1]!;
      const code = name[0] === '#' ? (name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)) : NaN;
      out += Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : (ENTITIES[name.toLowerCase()] ?? '\uFFFD');
      i += m[0].length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function bodyText(doc: JSONContent): string {
  const out: string[] = [];
  const walk = (node: JSONContent) => {
    if (node.type === 'text') out.push(node.text ?? '');
    const attrs = (node.attrs ?? {}) as Record<string, unknown>;
    for (const key of ['caption', 'credit', 'alt']) if (typeof attrs[key] === 'string') out.push(attrs[key] as string);
    for (const child of node.content ?? []) walk(child);
    out.push(' ');
  };
  walk(doc);
  return out.join('');
}

const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * null when the output kept the input's visible letters (a little slack for markup quirks), else
 * the first words of the input that the output no longer has, in order.
 */
export function lostText(input: string, output: string): string | null {
  const missing = letters(input) - letters(output);
  if (missing <= Math.max(2, letters(input) * 0.002)) return null;
  const words = input.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const at = output.indexOf(words[i]!, cursor);
    if (at < 0) return words.slice(i, i + 8).join(' ').slice(0, 120);
    cursor = at + words[i]!.length;
  }
  return words.slice(-8).join(' ').slice(0, 120);
}
