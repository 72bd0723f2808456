// An XSS corpus through every door content comes in by: paste (cleanPastedHtml, then the schema),
// the API's bodyHtml (htmlToBody) and the API's body (Tiptap JSON through validateBody). Whatever is
// stored must hold nothing executable, and the reader's HTML must be inert.
import { Window } from 'happy-dom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { convertHtml, htmlToBody } from './from-html';
import { cleanPastedHtml } from './paste';
import { renderBody } from './render';
import { validateBody } from './validate';

const CORPUS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<p style="behavior:url(x.htc)">x</p>',
  '<div onmouseover="alert(1)">hover</div>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<p>unclosed <b>bold <i>italic',
  '"><script>alert(1)</script>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<figure data-media-id="x"><img src="https://evil.example/x.png" onerror="alert(1)"></figure>',
  '<table><tr><td onclick="alert(1)">cell</td></tr></table>',
  '<p><a href="https://ok.vn" onclick="alert(1)" target="_blank">ok</a></p>',
];

const parse = (html: string) => {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
};
const DANGEROUS = /<script|javascript:|vbscript:|data:text|onerror|onload|onclick|onmouseover|srcdoc|<iframe|<object|<embed|<svg|<form|<meta|<base|<style|evil\.example|behavior/i;

function storedThenRendered(json: unknown): { stored: string; html: string } {
  const checked = validateBody(json);
  if (!checked.ok) return { stored: '', html: '' }; // refused entirely: nothing stored
  return { stored: JSON.stringify(checked.json), html: renderToStaticMarkup(<>{renderBody(checked.json, { media: new Map() })}</>) };
}

describe('XSS corpus', () => {
  it.each(CORPUS)('paste: %s', (payload) => {
    const { stored, html } = storedThenRendered(htmlToBody(cleanPastedHtml(payload, parse)));
    expect(stored).not.toMatch(DANGEROUS);
    expect(html).not.toMatch(DANGEROUS);
  });

  it.each(CORPUS)('API bodyHtml: %s', (payload) => {
    // A payload the converter refuses (e.g. an unclosed <style> that would swallow the rest) stores nothing.
    const converted = convertHtml(payload);
    const { stored, html } = converted.ok ? storedThenRendered(converted.body) : { stored: '', html: '' };
    expect(stored).not.toMatch(DANGEROUS);
    expect(html).not.toMatch(DANGEROUS);
  });

  it('API body (Tiptap JSON): hostile nodes, marks and attributes are refused or dropped', () => {
    const hostile = [
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] },
      { type: 'doc', content: [{ type: 'iframe', attrs: { srcdoc: '<script>alert(1)</script>' } }] },
      { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: 'https://evil.example/x.png', alt: 'x' } }] },
      { type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'behavior:url(x)' }, content: [{ type: 'text', text: '<script>alert(1)</script>' }] }] },
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 2, textAlign: 'javascript:alert(1)' }, content: [{ type: 'text', text: 'x' }] }] },
    ];
    for (const json of hostile) {
      const { stored, html } = storedThenRendered(json);
      expect(stored.replace('\\u003cscript\\u003e', '')).not.toMatch(/javascript:|onclick|srcdoc|evil\.example|behavior/);
      expect(html).not.toMatch(DANGEROUS);
    }
  });

  it('keeps the harmless text around the payloads', () => {
    const { html } = storedThenRendered(htmlToBody('<p>Trước <script>alert(1)</script>sau <a href="https://gov.vn">liên kết</a></p>'));
    expect(html).toContain('Trước');
    expect(html).toContain('href="https://gov.vn"');
  });
});
