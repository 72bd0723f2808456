// The video block for readers: the browser's own player (keyboard and screen-reader accessible, no
// script, so cached pages stay cacheable under the CSP), the poster, the transcoded MP4 and the
// Vietnamese captions. Only a ready video is in the map: one still processing, failed or deleted
// renders nothing, so readers never meet a broken player.
import type { ReactNode } from 'react';
import type { VideoMedia } from './video';

export function renderVideo(attrs: Record<string, unknown> | undefined, key: string, videos: ReadonlyMap<string, VideoMedia> | undefined): ReactNode {
  const mediaId = attrs?.mediaId;
  const media = typeof mediaId === 'string' ? videos?.get(mediaId) : undefined;
  if (!media) return null;
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const line = [text(attrs?.caption), text(attrs?.credit)].filter(Boolean).join(' — ');
  return (
    <figure key={key} className="article-video">
      <video controls preload="metadata" poster={media.poster ?? undefined} width={media.width ?? undefined} height={media.height ?? undefined}>
        <source src={media.src} type="video/mp4" />
        {media.captions ? <track kind="captions" srcLang="vi" label="Tiếng Việt" src={media.captions} default /> : null}
      </video>
      {line ? <figcaption>{line}</figcaption> : null}
    </figure>
  );
}
