// PURE. The picture that stands for a story (OpenGraph, JSON-LD, cards): the chosen cover, or,
// as the editor promises ("dùng ảnh đầu tiên trong bài"), the first figure of the body.
import { figureMediaIds } from './render';
import type { JSONContent } from './types';

export function coverMediaIdOf(chosen: string | null | undefined, body: JSONContent | null | undefined): string | null {
  if (chosen) return chosen;
  return body ? (figureMediaIds(body)[0] ?? null) : null;
}
