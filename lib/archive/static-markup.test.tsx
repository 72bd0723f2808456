import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderBody } from '@/lib/content/render';
import type { JSONContent } from '@/lib/content/types';
import { renderStaticMarkup } from './static-markup';

const doc: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2, textAlign: 'center' }, content: [{ type: 'text', text: 'Mục 1 <b> & "x"' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Chữ đậm', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'liên kết', marks: [{ type: 'link', attrs: { href: 'https://example.vn/?a=1&b=2' } }] },
      ],
    },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ba' }] }] }] },
    { type: 'figure', attrs: { mediaId: 'm1', alt: 'Ảnh "a"', caption: 'Chú thích', credit: 'TTXVN' } },
    {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đầu' }] }] }] }],
    },
  ],
};
const media = new Map([['m1', { src: 'data:image/jpeg;base64,AAAA', width: 960, height: 640, srcSet: {} }]]);

describe('renderStaticMarkup', () => {
  it('produces what react-dom/server produces for a stored body', () => {
    const element = <div className="article-body">{renderBody(doc, { media })}</div>;
    expect(renderStaticMarkup(element)).toBe(renderToStaticMarkup(element));
  });

  it('escapes text and attributes, drops event handlers, keeps boolean and aria attributes', () => {
    const element = (
      <p title={'"><script>'} onClick={() => {}} hidden aria-hidden data-x={1}>
        {'<script>alert(1)</script>'}
        {null}
        {false}
        {0}
      </p>
    );
    expect(renderStaticMarkup(element)).toBe(renderToStaticMarkup(element));
    expect(renderStaticMarkup(element)).not.toContain('<script>');
  });

  it('renders function components and fragments', () => {
    const Box = ({ label }: { label: string }) => (
      <>
        <dt>{label}</dt>
        <dd>giá trị</dd>
      </>
    );
    const element = (
      <dl>
        <Box label="Thời gian" />
      </dl>
    );
    expect(renderStaticMarkup(element)).toBe('<dl><dt>Thời gian</dt><dd>giá trị</dd></dl>');
  });

  it('cannot let style text close its element', () => {
    expect(renderStaticMarkup(<style>{'a{}</style><script>x()</script>'}</style>)).toBe('<style>a{}<\\/style><script>x()<\\/script></style>');
  });
});
