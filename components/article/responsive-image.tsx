import type { FigureMedia } from '@/lib/content/render';

/** A <picture> with AVIF/WebP sources and a JPEG fallback; width/height keep the layout from shifting. */
export function ResponsiveImage({
  media,
  alt,
  sizes,
  className,
  priority = false,
}: {
  media: FigureMedia;
  alt: string;
  sizes: string;
  className?: string;
  priority?: boolean;
}) {
  return (
    <picture>
      {media.srcSet.avif ? <source type="image/avif" srcSet={media.srcSet.avif} sizes={sizes} /> : null}
      {media.srcSet.webp ? <source type="image/webp" srcSet={media.srcSet.webp} sizes={sizes} /> : null}
      <img
        src={media.src}
        srcSet={media.srcSet.jpeg}
        sizes={sizes}
        width={media.width}
        height={media.height}
        alt={alt}
        className={className}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  );
}
