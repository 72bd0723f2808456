// One demo story as a text file: YAML front matter for the facts, a small Markdown subset for the
// body (paragraphs, ##/### headings, lists, > quotes, figures as images, GFM tables). Parsing and
// writing both go through mdast (micromark), so escaping is the library's, not ours; anything
// outside the subset is refused with the file, line and what to change.
import type { Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parse as parseYaml, stringify as stringifyYaml, YAMLParseError } from 'yaml';
import { frontMatterSchema, issuesText } from './article-schema';
import type { SeedArticle, SeedBlock } from './types';

/** A demo content file that cannot be loaded; the message names the file and the field or line. */
export class SeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'SeedFileError';
  }
}

/**
 * Figures are Markdown images: alt text, the caption as the image title, and the credit in the
 * destination as `credit:<name>` (an empty destination `<>` means no credit: the seeder's default).
 * The seeder generates the photo itself, so there is no real address to point at.
 */
const CREDIT = 'credit:';

const where = (node: Nodes) => (node.position ? `line ${node.position.start.line}` : 'body');

function plainText(children: PhrasingContent[], file: string, context: string): string {
  return children
    .map((child) => {
      // A soft line break inside a paragraph is a space, as Markdown renders it.
      if (child.type === 'text') return child.value.replace(/\n/g, ' ');
      throw new SeedFileError(file, `${where(child)}: ${context} may only hold plain text, found "${child.type}" (remove the Markdown formatting)`);
    })
    .join('');
}

function singleParagraphText(children: RootContent[], file: string, context: string, at: Nodes): string {
  const [only] = children;
  if (children.length !== 1 || only?.type !== 'paragraph') {
    throw new SeedFileError(file, `${where(at)}: ${context} must hold exactly one paragraph of text`);
  }
  return plainText(only.children, file, context);
}

function tableRows(table: Table, file: string): string[][] {
  return table.children.map((row) => row.children.map((cell) => plainText(cell.children, file, 'a table cell')));
}

function toBlock(node: RootContent, file: string): SeedBlock {
  switch (node.type) {
    case 'paragraph': {
      const [first] = node.children;
      if (node.children.length === 1 && first?.type === 'image') {
        if (!first.title) throw new SeedFileError(file, `${where(node)}: a figure needs its caption as the image title: ![alt](<> "Chú thích ảnh")`);
        if (first.url && !first.url.startsWith(CREDIT)) {
          throw new SeedFileError(file, `${where(node)}: a figure's address must be empty (<>) or "credit:<tác giả ảnh>", found "${first.url}"`);
        }
        const credit = first.url ? first.url.slice(CREDIT.length) : undefined;
        return { type: 'figure', caption: first.title, alt: first.alt ?? '', ...(credit === undefined ? {} : { credit }) };
      }
      return { type: 'p', text: plainText(node.children, file, 'a paragraph') };
    }
    case 'heading':
      if (node.depth !== 2 && node.depth !== 3) throw new SeedFileError(file, `${where(node)}: only ## and ### headings are allowed in the body (the title is in the front matter)`);
      return { type: node.depth === 2 ? 'h2' : 'h3', text: plainText(node.children, file, 'a heading') };
    case 'list':
      return {
        type: node.ordered ? 'ol' : 'ul',
        items: node.children.map((item) => singleParagraphText(item.children, file, 'a list item', item)),
      };
    case 'blockquote':
      return { type: 'quote', text: singleParagraphText(node.children, file, 'a quote', node) };
    case 'table':
      return { type: 'table', rows: tableRows(node, file) };
    default:
      throw new SeedFileError(file, `${where(node)}: "${node.type}" is not part of the demo body format (paragraphs, ##/### headings, lists, > quotes, images, tables)`);
  }
}

const PARSE_OPTIONS = {
  extensions: [frontmatter(['yaml']), gfmTable()],
  mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()],
};

/** Parses one story file; `file` is only used in error messages. */
export function parseArticleFile(source: string, file: string): SeedArticle {
  const tree = fromMarkdown(source, PARSE_OPTIONS);
  const [head, ...body] = tree.children;
  if (head?.type !== 'yaml') throw new SeedFileError(file, 'the file must start with YAML front matter between two "---" lines');
  let data: unknown;
  try {
    data = parseYaml(head.value);
  } catch (error) {
    if (error instanceof YAMLParseError) throw new SeedFileError(file, `front matter is not valid YAML: ${error.message}`);
    throw error;
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) throw new SeedFileError(file, `front matter: ${issuesText(parsed.error)}`);
  const blocks = body.map((node) => toBlock(node, file));
  if (blocks.length === 0) throw new SeedFileError(file, 'the body is empty: write the story below the front matter');
  const { meeting, ...facts } = parsed.data;
  return { ...facts, blocks, ...(meeting ? { meeting } : {}) };
}

const text = (value: string) => [{ type: 'text' as const, value }];
const paragraph = (value: string) => ({ type: 'paragraph' as const, children: text(value) });

function fromBlock(block: SeedBlock): RootContent {
  switch (block.type) {
    case 'p':
      return paragraph(block.text);
    case 'h2':
    case 'h3':
      return { type: 'heading', depth: block.type === 'h2' ? 2 : 3, children: text(block.text) };
    case 'ul':
    case 'ol':
      return {
        type: 'list',
        ordered: block.type === 'ol',
        spread: false,
        children: block.items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
      };
    case 'quote':
      return { type: 'blockquote', children: [paragraph(block.text)] };
    case 'figure':
      return {
        type: 'paragraph',
        children: [{ type: 'image', alt: block.alt, title: block.caption, url: block.credit === undefined ? '' : `${CREDIT}${block.credit}` }],
      };
    case 'table':
      return {
        type: 'table',
        children: block.rows.map((row) => ({ type: 'tableRow', children: row.map((cell) => ({ type: 'tableCell', children: cell ? text(cell) : [] })) })),
      };
  }
}

/** The file text for one story (the exporter's half of the round trip). */
export function formatArticleFile(article: SeedArticle): string {
  const { blocks, ...facts } = article;
  const front = frontMatterSchema.parse(facts);
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: stringifyYaml(front, { lineWidth: 0 }).trimEnd() }, ...blocks.map(fromBlock)],
  };
  return toMarkdown(tree, { bullet: '-', listItemIndent: 'one', extensions: [frontmatterToMarkdown(['yaml']), gfmTableToMarkdown()] });
}
