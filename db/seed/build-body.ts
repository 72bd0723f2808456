// Turns demo blocks into Tiptap JSON of the shared extension list.
import type { JSONContent } from '@/lib/content/types';
import type { SeedBlock } from './types';

const text = (value: string): JSONContent[] => (value ? [{ type: 'text', text: value }] : []);
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: text(value) });

export function buildBody(blocks: SeedBlock[], mediaIdFor: (figureIndex: number) => string): JSONContent {
  let figureIndex = 0;
  const content = blocks.map((block): JSONContent => {
    switch (block.type) {
      case 'p':
        return paragraph(block.text);
      case 'h2':
        return { type: 'heading', attrs: { level: 2 }, content: text(block.text) };
      case 'h3':
        return { type: 'heading', attrs: { level: 3 }, content: text(block.text) };
      case 'ul':
      case 'ol':
        return {
          type: block.type === 'ul' ? 'bulletList' : 'orderedList',
          content: block.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
        };
      case 'quote':
        return { type: 'blockquote', content: [paragraph(block.text)] };
      case 'table':
        return {
          type: 'table',
          content: block.rows.map((row, r) => ({
            type: 'tableRow',
            content: row.map((cell) => ({ type: r === 0 ? 'tableHeader' : 'tableCell', content: [paragraph(cell)] })),
          })),
        };
      case 'figure':
        return {
          type: 'figure',
          attrs: { mediaId: mediaIdFor(figureIndex++), alt: block.alt, caption: block.caption, credit: block.credit ?? '' },
        };
    }
  });
  return { type: 'doc', content };
}
