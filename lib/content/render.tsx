// Renders stored Tiptap JSON as React elements for readers, by allowlist: only node and mark types
// of the shared extension list produce output, links are re-checked, and React escapes all text.
// No editor code is involved, so readers receive no editor JavaScript.
import type { ReactNode } from 'react';
import { bodyIds } from './body-ids';
import { isSafeHref, TEXT_ALIGNMENTS } from './extensions';
import type { DocumentCardView } from './document-card';
import { galleryItems } from './gallery';
import { renderDocumentCard } from './render-document-card';
import { renderGallery } from './render-gallery';
import { renderVideo } from './render-video';
import { isSuggestedInsertion } from './suggestions-json';
import type { JSONContent, MarkJSON } from './types';
import type { VideoMedia } from './video';

export interface FigureMedia {
  /** Fallback JPEG URL. */
  src: string;
  width: number;
  height: number;
  /** srcset strings per format. */
  srcSet: { avif?: string; webp?: string; jpeg?: string };
}

export interface RenderOptions {
  media: ReadonlyMap<string, FigureMedia>;
  /** `sizes` attribute for figure images. */
  sizes?: string;
  /** false: galleries as a plain grid, without the full views (the saved "Lưu bài" file). */
  galleryLightbox?: boolean;
  /** Published documents the body's document cards refer to; a card whose document is absent renders nothing. */
  documents?: ReadonlyMap<string, DocumentCardView>;
  /** Ready library videos the body's video blocks refer to; a block whose video is absent renders nothing. */
  videos?: ReadonlyMap<string, VideoMedia>;
}

const ALIGN_CLASS: Record<string, string> = { left: 'text-left', center: 'text-center', right: 'text-right', justify: 'text-justify' };

function alignClass(attrs: Record<string, unknown> | undefined): string | undefined {
  const align = attrs?.textAlign;
  return typeof align === 'string' && (TEXT_ALIGNMENTS as readonly string[]).includes(align) && align !== 'left' ? ALIGN_CLASS[align] : undefined;
}

function wrapMarks(text: ReactNode, marks: MarkJSON[] | undefined, key: string): ReactNode {
  let node = text;
  for (const [i, mark] of (marks ?? []).entries()) {
    const k = `${key}m${i}`;
    switch (mark.type) {
      case 'bold':
        node = <strong key={k}>{node}</strong>;
        break;
      case 'italic':
        node = <em key={k}>{node}</em>;
        break;
      case 'underline':
        node = <u key={k}>{node}</u>;
        break;
      case 'strike':
        node = <s key={k}>{node}</s>;
        break;
      case 'subscript':
        node = <sub key={k}>{node}</sub>;
        break;
      case 'superscript':
        node = <sup key={k}>{node}</sup>;
        break;
      case 'link': {
        const href = mark.attrs?.href;
        if (isSafeHref(href)) {
          const external = /^https?:/i.test(href);
          // "Mở trong thẻ mới" in the link dialog; any other target value is ignored.
          const newTab = mark.attrs?.target === '_blank';
          node = (
            <a key={k} href={href} target={newTab ? '_blank' : undefined} rel={external ? 'noopener noreferrer' : newTab ? 'noopener' : undefined}>
              {node}
            </a>
          );
        }
        break;
      }
      default:
        break; // unknown marks add nothing
    }
  }
  return node;
}

function positiveInt(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 1000 ? value : fallback;
}

/**
 * The credit line under a photo. Library credits come from IPTC, which often already says
 * "Ảnh: …" (or "Photo: …"): the label is added once, never twice.
 */
export function creditLine(credit: string): string {
  const name = credit.normalize('NFC').trim().replace(/^(?:ảnh|photo)\s*[:：]\s*/iu, '');
  return `Ảnh: ${name}`;
}

function renderFigure(node: JSONContent, key: string, options: RenderOptions): ReactNode {
  const attrs = (node.attrs ?? {}) as { mediaId?: string; alt?: string; caption?: string; credit?: string };
  const media = attrs.mediaId ? options.media.get(attrs.mediaId) : undefined;
  const sizes = options.sizes ?? '(min-width: 768px) 720px, 100vw';
  return (
    <figure key={key} className="article-figure">
      {media ? (
        <picture>
          {media.srcSet.avif ? <source type="image/avif" srcSet={media.srcSet.avif} sizes={sizes} /> : null}
          {media.srcSet.webp ? <source type="image/webp" srcSet={media.srcSet.webp} sizes={sizes} /> : null}
          <img
            src={media.src}
            srcSet={media.srcSet.jpeg}
            sizes={sizes}
            width={media.width}
            height={media.height}
            alt={attrs.alt ?? ''}
            loading="lazy"
            decoding="async"
          />
        </picture>
      ) : null}
      {attrs.caption || attrs.credit ? (
        <figcaption>
          {attrs.caption ? <span className="figure-caption">{attrs.caption}</span> : null}
          {attrs.credit ? <span className="figure-credit">{creditLine(attrs.credit)}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function renderNode(node: JSONContent, key: string, options: RenderOptions): ReactNode {
  const children = () => (node.content ?? []).map((child, i) => renderNode(child, `${key}.${i}`, options));
  const attrs = node.attrs as Record<string, unknown> | undefined;
  // An open suggested insertion is not (yet) part of the story; deletion and modification marks
  // have no case in wrapMarks, so they add nothing (public reads undo suggestions before rendering:
  // withoutSuggestions in lib/content/suggestions.ts).
  if (isSuggestedInsertion(node)) return null;
  switch (node.type) {
    case 'doc':
      return <>{children()}</>;
    case 'text':
      return wrapMarks(node.text ?? '', node.marks as MarkJSON[] | undefined, key);
    case 'paragraph':
      return (
        <p key={key} className={alignClass(attrs)}>
          {children()}
        </p>
      );
    case 'heading': {
      const level = Math.min(4, Math.max(2, Number(attrs?.level) || 2));
      const Tag = `h${level}` as 'h2' | 'h3' | 'h4';
      return (
        <Tag key={key} className={alignClass(attrs)}>
          {children()}
        </Tag>
      );
    }
    case 'bulletList':
      return <ul key={key}>{children()}</ul>;
    case 'orderedList': {
      const start = positiveInt(attrs?.start, 1);
      return (
        <ol key={key} start={start === 1 ? undefined : start}>
          {children()}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children()}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children()}</blockquote>;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'hardBreak':
      return <br key={key} />;
    case 'table':
      return (
        <div key={key} className="table-scroll">
          <table>
            <tbody>{children()}</tbody>
          </table>
        </div>
      );
    case 'tableRow':
      return <tr key={key}>{children()}</tr>;
    case 'tableHeader':
    case 'tableCell': {
      const Cell = node.type === 'tableHeader' ? 'th' : 'td';
      const colSpan = positiveInt(attrs?.colspan, 1);
      const rowSpan = positiveInt(attrs?.rowspan, 1);
      return (
        <Cell key={key} colSpan={colSpan > 1 ? colSpan : undefined} rowSpan={rowSpan > 1 ? rowSpan : undefined} scope={Cell === 'th' ? 'col' : undefined}>
          {children()}
        </Cell>
      );
    }
    case 'figure':
      return renderFigure(node, key, options);
    case 'video':
      return renderVideo(attrs, key, options.videos);
    case 'documentCard':
      return renderDocumentCard(attrs, key, options.documents);
    case 'gallery':
      return renderGallery(attrs, key, { media: options.media, lightbox: options.galleryLightbox, creditLine });
    default:
      return null; // not in the extension list: nothing reaches the reader
  }
}

export function renderBody(doc: JSONContent, options: RenderOptions): ReactNode {
  return renderNode(doc, 'b', options);
}

/** Media ids of the body's figures (the first is the fallback cover: lib/content/cover.ts). */
export function figureMediaIds(doc: JSONContent): string[] {
  return bodyIds(doc, (node) => (node.type === 'figure' ? [node.attrs?.mediaId] : []));
}

/**
 * Every media id a body shows (figures and gallery photos), so a page loads them in one query.
 * figureMediaIds stays figures only: it also picks the fallback cover, which the card query
 * (lib/data/public/cards.ts) takes from the first figure too.
 */
export function bodyMediaIds(doc: JSONContent): string[] {
  return bodyIds(doc, (node) => (node.type === 'figure' ? [node.attrs?.mediaId] : node.type === 'gallery' ? galleryItems(node.attrs).map((i) => i.mediaId) : []));
}
