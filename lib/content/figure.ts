// A photo from the media library with its caption, credit and (required) alt text. The image is
// referenced by media id only, so a body can never point at a foreign image source.
import { Node, mergeAttributes } from '@tiptap/core';

export interface FigureAttrs {
  mediaId: string | null;
  alt: string;
  caption: string;
  credit: string;
}

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: { default: null, parseHTML: (el) => el.getAttribute('data-media-id') },
      alt: { default: '', parseHTML: (el) => el.querySelector('img')?.getAttribute('alt') ?? '' },
      caption: { default: '', parseHTML: (el) => el.querySelector('figcaption [data-caption]')?.textContent ?? el.querySelector('figcaption')?.textContent ?? '' },
      credit: { default: '', parseHTML: (el) => el.querySelector('figcaption [data-credit]')?.textContent ?? '' },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-media-id]' }];
  },

  renderHTML({ node }) {
    const { mediaId, alt, caption, credit } = node.attrs as FigureAttrs;
    return [
      'figure',
      mergeAttributes({ 'data-media-id': mediaId }),
      ['img', { src: mediaId ? `/media/id/${mediaId}` : '', alt, 'data-drag-handle': '' }],
      ['figcaption', {}, ['span', { 'data-caption': '' }, caption], ['span', { 'data-credit': '' }, credit]],
    ];
  },
});
