// The gallery block for readers: a grid of thumbnails, each a plain link to a full view of the photo
// on the same page. The full views are shown by CSS alone (:target, app/globals.css), with previous,
// next and close links, so the lightbox works by keyboard and without JavaScript, keeps cached
// pages cacheable and needs no script under the CSP. Hook-free, so "Lưu bài" can serialize it too.
import type { ReactNode } from 'react';
import { galleryItems, type GalleryItem } from './gallery';
import type { FigureMedia } from './render';

export interface GalleryRenderOptions {
  media: ReadonlyMap<string, FigureMedia>;
  /** false: the grid of figures only (the saved "Lưu bài" file, which has no room for full views). */
  lightbox?: boolean;
  creditLine: (credit: string) => string;
}

function picture(media: FigureMedia | undefined, alt: string, sizes: string): ReactNode {
  if (!media) return null;
  return (
    <picture>
      {media.srcSet.avif ? <source type="image/avif" srcSet={media.srcSet.avif} sizes={sizes} /> : null}
      {media.srcSet.webp ? <source type="image/webp" srcSet={media.srcSet.webp} sizes={sizes} /> : null}
      <img src={media.src} srcSet={media.srcSet.jpeg} sizes={sizes} width={media.width} height={media.height} alt={alt} loading="lazy" decoding="async" />
    </picture>
  );
}

function caption(item: GalleryItem, creditLine: (credit: string) => string): ReactNode {
  if (!item.caption && !item.credit) return null;
  return (
    <figcaption>
      {item.caption ? <span className="figure-caption">{item.caption}</span> : null}
      {item.credit ? <span className="figure-credit">{creditLine(item.credit)}</span> : null}
    </figcaption>
  );
}

/** Fragment ids of a gallery, from its position in the body (stable for a given revision). */
export function galleryIds(key: string) {
  const base = `bo-anh-${key.replace(/[^0-9a-z]+/gi, '-')}`;
  return { thumb: (i: number) => `${base}-${i + 1}`, view: (i: number) => `${base}-xem-${i + 1}` };
}

export function renderGallery(attrs: Record<string, unknown> | undefined, key: string, options: GalleryRenderOptions): ReactNode {
  // Photos whose media is gone (deleted, or not an image) are left out rather than shown broken.
  const items = galleryItems(attrs).filter((item) => options.media.has(item.mediaId));
  if (items.length === 0) return null;
  const total = items.length;
  const ids = galleryIds(key);
  const lightbox = options.lightbox !== false;
  const thumbSizes = '(min-width: 768px) 240px, 50vw';
  return (
    <section key={key} className="article-gallery" aria-label={`Bộ ảnh (${total} ảnh)`}>
      <ul className="gallery-grid">
        {items.map((item, i) => (
          <li key={i}>
            <figure className="gallery-item">
              {lightbox ? (
                <a id={ids.thumb(i)} href={`#${ids.view(i)}`} className="gallery-thumb" aria-label={`Xem ảnh lớn ${i + 1}/${total}: ${item.alt}`}>
                  {picture(options.media.get(item.mediaId), item.alt, thumbSizes)}
                </a>
              ) : (
                picture(options.media.get(item.mediaId), item.alt, thumbSizes)
              )}
              {caption(item, options.creditLine)}
            </figure>
          </li>
        ))}
      </ul>
      {lightbox ? (
        <div className="gallery-views no-print">
          {items.map((item, i) => (
            <div key={i} id={ids.view(i)} className="gallery-view" role="group" aria-label={`Ảnh ${i + 1}/${total}`}>
              <figure>
                {picture(options.media.get(item.mediaId), item.alt, '100vw')}
                {caption(item, options.creditLine)}
              </figure>
              <p className="gallery-nav">
                {total > 1 ? <a href={`#${ids.view((i - 1 + total) % total)}`}>← Ảnh trước</a> : null}
                <span>
                  {i + 1}/{total}
                </span>
                {total > 1 ? <a href={`#${ids.view((i + 1) % total)}`}>Ảnh sau →</a> : null}
                <a href={`#${ids.thumb(i)}`}>Đóng</a>
              </p>
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}
