import { describe, expect, it } from 'vitest';
import { bodyIds } from './body-ids';
import { documentCardIds } from './document-card';
import { bodyMediaIds, figureMediaIds } from './render';
import type { JSONContent } from './types';

const A = '0b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';
const B = '1c9eede7-8c2e-454d-b723-2a99df95de1c';
const C = '2daffef8-9d3f-465e-8834-3baae0a6ef2d';
const DOC = '5b8ddcd6-7b1d-443c-a612-1f88ce84cd0b';

const body: JSONContent = {
  type: 'doc',
  content: [
    { type: 'gallery', attrs: { items: [{ mediaId: B, alt: 'b' }, { mediaId: C, alt: 'c' }] } },
    { type: 'blockquote', content: [{ type: 'figure', attrs: { mediaId: A, alt: 'a' } }, { type: 'documentCard', attrs: { documentId: DOC } }] },
    { type: 'figure', attrs: { mediaId: B, alt: 'b' } },
    { type: 'documentCard', attrs: { documentId: DOC } },
    { type: 'figure', attrs: { mediaId: null } },
  ],
};

describe('ids a body refers to', () => {
  it('walks nested blocks once, in document order, each id once', () => {
    expect(bodyIds(body, (node) => (node.type === 'figure' ? [node.attrs?.mediaId] : []))).toEqual([A, B]);
    expect(bodyIds(body, (node) => [node.type === 'documentCard' ? node.attrs?.documentId : undefined, 42])).toEqual([DOC]);
  });

  it('is what the figure, body media and document card lists are made of', () => {
    expect(figureMediaIds(body)).toEqual([A, B]);
    expect(bodyMediaIds(body)).toEqual([B, C, A]);
    expect(documentCardIds(body)).toEqual([DOC]);
  });
});
