// Cleans HTML pasted from Word, Google Docs and LibreOffice before the editor parses it with the
// shared schema (which already drops unknown elements). What the schema cannot fix by itself:
//  - Word writes numbered and bulleted lists as paragraphs with mso-list styles and a typed marker;
//  - Google Docs wraps the whole paste in <b style="font-weight:normal">, which would make it bold;
//  - styling junk (classes, fonts, colours, sizes) and Office-only elements;
//  - decomposed text (the server composes what it stores too: lib/content/storable-text.ts).
// Works on any DOM (the browser's, or happy-dom in tests).

const KEEP_STYLES = /^(font-weight|font-style|text-decoration(-line)?|vertical-align|text-align)$/i;

type ParseHtml = (html: string) => Document;

function listInfo(p: Element): { level: number; ordered: boolean; start?: number } | null {
  const style = p.getAttribute('style') ?? '';
  const cls = p.getAttribute('class') ?? '';
  if (!/mso-list/i.test(style) && !/^MsoList/i.test(cls)) return null;
  if (/mso-list:\s*Ignore/i.test(style)) return null;
  const level = Number(/level(\d+)/i.exec(style)?.[1] ?? '1');
  const marker = p.querySelector('[style*="mso-list"]')?.textContent?.replace(/\u00a0/g, ' ').trim() ?? '';
  const numeric = /^(\d+)[.)]/.exec(marker);
  const ordered = Boolean(numeric) || /^[a-zA-Z]{1,3}[.)]/.test(marker);
  return { level: Number.isFinite(level) ? level : 1, ordered, start: numeric ? Number(numeric[1]) : undefined };
}

function convertWordLists(doc: Document): void {
  const paragraphs = [...doc.body.querySelectorAll('p')];
  let stack: Array<{ list: Element; level: number }> = [];
  let previous: Element | null = null;
  for (const p of paragraphs) {
    const info = listInfo(p);
    if (!info) {
      stack = [];
      previous = null;
      continue;
    }
    // The typed marker ("1.", "·") is Word's rendering of the list; the list element replaces it.
    p.querySelectorAll('[style*="mso-list"]').forEach((marker) => marker.remove());
    const li = doc.createElement('li');
    const para = doc.createElement('p');
    while (p.firstChild) para.appendChild(p.firstChild);
    li.appendChild(para);
    const contiguous = previous !== null && p.previousElementSibling === previous;
    if (!contiguous) stack = [];
    while (stack.length && stack[stack.length - 1]!.level > info.level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < info.level) {
      const list = doc.createElement(info.ordered ? 'ol' : 'ul');
      if (info.ordered && info.start && info.start > 1) list.setAttribute('start', String(info.start));
      if (top) (top.list.lastElementChild ?? top.list).appendChild(list);
      else p.before(list);
      top = { list, level: info.level };
      stack.push(top);
    }
    top.list.appendChild(li);
    previous = p;
    // Keep `p` in place (emptied) until the next sibling check, then drop it.
    p.setAttribute('data-remove', '');
  }
  doc.body.querySelectorAll('[data-remove]').forEach((p) => p.remove());
}

function stripJunk(doc: Document): void {
  doc.querySelectorAll('style, meta, link, script, xml, title').forEach((el) => el.remove());
  // Office namespaces (<o:p>, <w:sdt>, <v:shape>): nothing a reader needs.
  for (const el of [...doc.body.querySelectorAll('*')]) if (el.tagName.includes(':')) el.replaceWith(...el.childNodes);
  // Google Docs' outer <b id="docs-internal-guid-…" style="font-weight:normal">.
  doc.querySelectorAll('b[id^="docs-internal-guid"]').forEach((b) => b.replaceWith(...b.childNodes));
  const walker = doc.createTreeWalker(doc.body, 0x80 /* SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  for (const el of doc.body.querySelectorAll('*')) {
    el.removeAttribute('class');
    el.removeAttribute('id');
    el.removeAttribute('lang');
    const style = el.getAttribute('style');
    if (style !== null) {
      const kept = style
        .split(';')
        .map((d) => d.trim())
        .filter((d) => KEEP_STYLES.test(d.split(':')[0]?.trim() ?? ''))
        .filter((d) => !/font-weight:\s*(normal|400)/i.test(d));
      if (kept.length) el.setAttribute('style', kept.join('; '));
      else el.removeAttribute('style');
    }
  }
}

/** Decomposed text (some PDFs and macOS files) composed (NFC) node by node: normalizing the markup itself could join a mark to a ">". */
function composeText(doc: Document): void {
  for (const element of [doc.body, ...doc.body.querySelectorAll('*')]) {
    for (const node of element.childNodes) {
      if (node.nodeType === 3 && node.nodeValue) {
        const composed = node.nodeValue.normalize('NFC');
        if (composed !== node.nodeValue) node.nodeValue = composed;
      }
    }
  }
}

export function cleanPastedHtml(html: string, parse: ParseHtml = (h) => new DOMParser().parseFromString(h, 'text/html')): string {
  const doc = parse(html);
  convertWordLists(doc);
  stripJunk(doc);
  composeText(doc);
  return doc.body.innerHTML;
}
