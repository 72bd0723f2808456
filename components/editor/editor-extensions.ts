'use client';

// The shared extension list (lib/content) with the editor-only figure, gallery, video and document card views plugged in. Node views
// change how the editor draws a node, not the schema, so the server validates exactly this content.
import type { Extensions } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { contentExtensions } from '@/lib/content/extensions';
import { DocumentCard } from '@/lib/content/document-card';
import { Figure } from '@/lib/content/figure';
import { Gallery } from '@/lib/content/gallery';
import { Video } from '@/lib/content/video';
import { DocumentCardView } from './document-card-view';
import { FigureView } from './figure-view';
import { GalleryView } from './gallery-view';
import { VideoView } from './video-view';

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

const EditorVideo = Video.extend({
  addNodeView() {
    return ReactNodeViewRenderer(VideoView);
  },
});

const EDITOR_VIEWS = new Map<unknown, Extensions[number]>([
  [Figure, EditorFigure],
  [Gallery, EditorGallery],
  [DocumentCard, EditorDocumentCard],
  [Video, EditorVideo],
]);

export const editorExtensions: Extensions = contentExtensions.map((extension) => EDITOR_VIEWS.get(extension) ?? extension);

/**
 * For co-editing (issue #24): the same list without the editor's own undo history, which the
 * Collaboration extension replaces with one that undoes only this person's changes.
 */
export const liveEditorExtensions: Extensions = editorExtensions.map((extension) => (extension.name === 'starterKit' ? extension.configure({ undoRedo: false }) : extension));
