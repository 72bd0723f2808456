// React elements to a static HTML string, for the "Lưu bài" download. react-dom/server cannot be
// imported where route handlers run (the react-server build of React), and the saved story only
// needs host elements, fragments and hook-free function components, so this small serializer does.
// Its output is checked against react-dom/server's renderToStaticMarkup in the unit tests.
import { Fragment, type ReactElement, type ReactNode } from 'react';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['style', 'script']);

// As React writes them; other names stay camelCase (HTML attribute names ignore case).
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
};

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(v)}`)
    .join(';');
}

function attributes(props: Record<string, unknown>): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'key' || name === 'ref' || name === 'dangerouslySetInnerHTML' || name === 'suppressHydrationWarning') continue;
    if (value === null || value === undefined || value === false || typeof value === 'function' || typeof value === 'symbol') continue;
    const attr = ATTRIBUTE_NAMES[name] ?? name;
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:.-]*$/.test(attr)) continue;
    if (value === true) {
      // aria-* and data-* keep the word "true"; real boolean attributes stand alone.
      out += /^(aria|data)-/.test(attr) ? ` ${attr}="true"` : ` ${attr}=""`;
      continue;
    }
    const text = name === 'style' && typeof value === 'object' ? styleText(value as Record<string, unknown>) : String(value);
    out += ` ${attr}="${escapeText(text)}"`;
  }
  return out;
}

export function renderStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeText(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(renderStaticMarkup).join('');
  if (typeof node === 'object' && 'type' in node) {
    const element = node as ReactElement<Record<string, unknown>>;
    const { type, props } = element;
    if (type === Fragment) return renderStaticMarkup(props.children as ReactNode);
    if (typeof type === 'function') return renderStaticMarkup((type as (p: unknown) => ReactNode)(props));
    if (typeof type === 'string') {
      if (VOID.has(type)) return `<${type}${attributes(props)}/>`;
      const open = `<${type}${attributes(props)}>`;
      const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
      let content: string;
      if (inner?.__html !== undefined) content = inner.__html;
      else if (RAW_TEXT.has(type)) content = String([props.children].flat().join('')).replace(/<\/(style|script)/gi, '<\\/$1');
      else content = renderStaticMarkup(props.children as ReactNode);
      return `${open}${content}</${type}>`;
    }
  }
  throw new Error('renderStaticMarkup: unsupported node');
}
