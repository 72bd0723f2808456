'use client';

// The figure node inside the editor: the picture, and its alt text, caption and credit edited in
// place. Alt text is marked required: the pre-submit checklist refuses figures without it.
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';

export function FigureView({ node, updateAttributes, selected, deleteNode, editor }: NodeViewProps) {
  const { mediaId, alt, caption, credit } = node.attrs as { mediaId: string | null; alt: string; caption: string; credit: string };
  const editable = editor.isEditable;
  const field = 'w-full rounded border border-gray-300 px-2 py-1 text-sm';
  return (
    <NodeViewWrapper as="figure" className={`article-figure my-4 rounded border p-2 ${selected ? 'border-blue-600' : 'border-gray-200'}`} data-media-id={mediaId ?? ''}>
      {mediaId ? (
        // eslint-disable-next-line @next/next/no-img-element -- editor preview of a library image
        <img src={`/media/id/${mediaId}`} alt={alt} data-drag-handle="" className="max-h-96 w-full object-contain" />
      ) : (
        <p className="rounded bg-red-50 p-3 text-sm text-red-800">Ảnh này không thuộc thư viện ảnh; hãy xóa và chèn lại.</p>
      )}
      <div className="mt-2 grid gap-2" contentEditable={false}>
        <label className="text-xs font-semibold">
          Mô tả thay thế (alt) <span className="text-red-700">*</span>
          <input className={field} value={alt} readOnly={!editable} required aria-required="true" onChange={(e) => updateAttributes({ alt: e.target.value })} />
        </label>
        <label className="text-xs font-semibold">
          Chú thích ảnh
          <input className={field} value={caption} readOnly={!editable} onChange={(e) => updateAttributes({ caption: e.target.value })} />
        </label>
        <label className="text-xs font-semibold">
          Nguồn ảnh
          <input className={field} value={credit} readOnly={!editable} onChange={(e) => updateAttributes({ credit: e.target.value })} />
        </label>
        {editable ? (
          <button type="button" onClick={() => deleteNode()} className="justify-self-start text-xs font-semibold text-red-700 underline">
            Xóa ảnh khỏi bài
          </button>
        ) : null}
      </div>
    </NodeViewWrapper>
  );
}
