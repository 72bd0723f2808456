import type { JSONContent } from '@tiptap/core';

export type { JSONContent };

export interface MarkJSON {
  type: string;
  attrs?: Record<string, unknown>;
}
