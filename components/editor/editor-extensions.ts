'use client';

// The shared extension list (lib/content) with the editor-only figure view plugged in. Node views
// change how the editor draws a node, not the schema, so the server validates exactly this content.
import type { Extensions } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { contentExtensions } from '@/lib/content/extensions';
import { Figure } from '@/lib/content/figure';
import { FigureView } from './figure-view';

const EditorFigure = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});

export const editorExtensions: Extensions = contentExtensions.map((extension) => (extension === Figure ? EditorFigure : extension));
