'use client';

// The shared extension list (lib/content) with the editor-only figure, gallery and document card views plugged in. Node views
// change how the editor draws a node, not the schema, so the server validates exactly this content.
import type { Extensions } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { contentExtensions } from '@/lib/content/extensions';
import { DocumentCard } from '@/lib/content/document-card';
import { Figure } from '@/lib/content/figure';
import { Gallery } from '@/lib/content/gallery';
import { DocumentCardView } from './document-card-view';
import { FigureView } from './figure-view';
import { GalleryView } from './gallery-view';

const EditorFigure = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});

const EditorGallery = Gallery.extend({
  addNodeView() {
    return ReactNodeViewRenderer(GalleryView);
  },
});

const EditorDocumentCard = DocumentCard.extend({
  addNodeView() {
    return ReactNodeViewRenderer(DocumentCardView);
  },
});

const EDITOR_VIEWS = new Map<unknown, Extensions[number]>([
  [Figure, EditorFigure],
  [Gallery, EditorGallery],
  [DocumentCard, EditorDocumentCard],
]);

export const editorExtensions: Extensions = contentExtensions.map((extension) => EDITOR_VIEWS.get(extension) ?? extension);
