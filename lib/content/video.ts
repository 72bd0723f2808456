// A video from the media library with its caption and credit. Referenced by media id only, so a
// body can never point at a foreign player or file; readers get the transcoded MP4, its poster and
// its WebVTT captions, and only once the library has finished processing the video.
import { Node, mergeAttributes } from '@tiptap/core';
import { bodyIds } from './body-ids';
import type { JSONContent } from './types';

export interface VideoAttrs {
  mediaId: string | null;
  caption: string;
  credit: string;
}

/** Each video is a player with its own download; a story is not a video channel. */
export const MAX_BODY_VIDEOS = 10;
export const VIDEO_ATTR_KEYS = ['mediaId', 'caption', 'credit'] as const;
export const VIDEO_TEXT_LIMITS: Record<'caption' | 'credit', number> = { caption: 2000, credit: 200 };

/** What the renderer needs of a ready library video (lib/data/media/views.ts videoMediaMap). */
export interface VideoMedia {
  src: string;
  poster: string | null;
  captions: string | null;
  width: number | null;
  height: number | null;
  durationSeconds: number;
  /** Library upload time, ISO 8601 (VideoObject uploadDate). */
  uploadedAt: string;
}

/** Media ids of the body's video blocks, once each, in document order. */
export function videoMediaIds(doc: JSONContent): string[] {
  return bodyIds(doc, (node) => (node.type === 'video' ? [node.attrs?.mediaId] : []));
}

export const Video = Node.create({
  name: 'video',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: { default: null, parseHTML: (el) => el.getAttribute('data-video-id') },
      caption: { default: '', parseHTML: (el) => el.querySelector('figcaption [data-caption]')?.textContent ?? '' },
      credit: { default: '', parseHTML: (el) => el.querySelector('figcaption [data-credit]')?.textContent ?? '' },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-video-id]' }];
  },

  renderHTML({ node }) {
    const { mediaId, caption, credit } = node.attrs as VideoAttrs;
    return [
      'figure',
      mergeAttributes({ 'data-video-id': mediaId }),
      ['figcaption', {}, ['span', { 'data-caption': '' }, caption], ['span', { 'data-credit': '' }, credit]],
    ];
  },
});
