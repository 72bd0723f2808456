'use client';

// The gallery node inside the editor: each photo with its alt text, caption and credit edited in
// place, moved up or down with buttons (keyboard accessible, announced), removed, and more photos
// added from the library picker. The picker is portalled out of the editor's DOM so ProseMirror
// never sees its keystrokes and clicks.
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { MediaPicker, type MediaSelection } from '@/components/media/media-picker';
import { galleryItems, MAX_GALLERY_PHOTOS, type GalleryItem } from '@/lib/content/gallery';

export function galleryItemFrom(c: MediaSelection): GalleryItem {
  return { mediaId: c.id, alt: c.alt, caption: c.caption, credit: c.credit };
}

export function GalleryView({ node, updateAttributes, selected, deleteNode, editor }: NodeViewProps) {
  const items = galleryItems(node.attrs);
  const editable = editor.isEditable;
  const [picking, setPicking] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const field = 'w-full rounded border border-gray-300 px-2 py-1 text-sm';
  const small = 'rounded border border-gray-300 px-2 py-0.5 text-xs font-semibold hover:bg-gray-100 disabled:opacity-40';

  const set = (next: GalleryItem[]) => updateAttributes({ items: next });
  const edit = (index: number, patch: Partial<GalleryItem>) => set(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    [next[index], next[to]] = [next[to]!, next[index]!];
    set(next);
    setAnnouncement(`Đã chuyển ảnh ${index + 1} đến vị trí ${to + 1}/${items.length}.`);
    // Keep the keyboard on the same photo's button after it moved (the list re-renders).
    requestAnimationFrame(() => {
      const button = document.querySelector<HTMLButtonElement>(`[data-gallery-move="${to}:${by}"]`) ?? document.querySelector<HTMLButtonElement>(`[data-gallery-move="${to}:${-by}"]`);
      button?.focus();
    });
  };
  const remove = (index: number) => {
    if (items.length === 1) {
      deleteNode();
      return;
    }
    set(items.filter((_, i) => i !== index));
    setAnnouncement(`Đã bỏ ảnh ${index + 1} khỏi bộ ảnh.`);
  };
  const add = (c: MediaSelection) => {
    setPicking(false);
    if (items.length >= MAX_GALLERY_PHOTOS) return;
    set([...items, galleryItemFrom(c)]);
    setAnnouncement(`Đã thêm ảnh vào bộ ảnh (${items.length + 1} ảnh).`);
  };

  return (
    <NodeViewWrapper
      as="section"
      aria-label={`Bộ ảnh (${items.length} ảnh)`}
      data-gallery=""
      className={`my-4 rounded border p-2 ${selected ? 'border-blue-600' : 'border-gray-200'}`}
    >
      <div contentEditable={false} className="grid gap-3">
        <p className="text-sm font-semibold" data-drag-handle="">
          Bộ ảnh · {items.length}/{MAX_GALLERY_PHOTOS} ảnh
        </p>
        <ol className="grid gap-3" aria-label="Ảnh trong bộ ảnh">
          {items.map((item, i) => (
            <li key={`${item.mediaId}-${i}`} className="grid gap-2 rounded border border-gray-200 p-2 sm:grid-cols-[8rem_1fr]" data-testid="anh-trong-bo">
              {/* eslint-disable-next-line @next/next/no-img-element -- editor preview of a library image */}
              <img src={`/media/id/${item.mediaId}`} alt={item.alt} className="aspect-[3/2] w-full rounded object-cover" />
              <div className="grid gap-1">
                <p className="text-xs text-gray-700">Ảnh {i + 1}/{items.length}</p>
                <label className="text-xs font-semibold">
                  Mô tả thay thế (alt) <span className="text-red-700">*</span>
                  <input className={field} value={item.alt} readOnly={!editable} required aria-required="true" onChange={(e) => edit(i, { alt: e.target.value })} />
                </label>
                {item.alt.trim() === '' ? <p className="text-xs text-red-800">Hãy nhập mô tả thay thế (alt): bài không lưu được khi ảnh trong bộ ảnh thiếu alt.</p> : null}
                <label className="text-xs font-semibold">
                  Chú thích ảnh
                  <input className={field} value={item.caption} readOnly={!editable} onChange={(e) => edit(i, { caption: e.target.value })} />
                </label>
                <label className="text-xs font-semibold">
                  Nguồn ảnh
                  <input className={field} value={item.credit} readOnly={!editable} onChange={(e) => edit(i, { credit: e.target.value })} />
                </label>
                {editable ? (
                  <div className="flex flex-wrap gap-2">
                    <button type="button" className={small} disabled={i === 0} data-gallery-move={`${i}:-1`} aria-label={`Chuyển ảnh ${i + 1} lên trên`} onClick={() => move(i, -1)}>
                      ↑ Lên
                    </button>
                    <button
                      type="button"
                      className={small}
                      disabled={i === items.length - 1}
                      data-gallery-move={`${i}:1`}
                      aria-label={`Chuyển ảnh ${i + 1} xuống dưới`}
                      onClick={() => move(i, 1)}
                    >
                      ↓ Xuống
                    </button>
                    <button type="button" className={`${small} text-red-800`} aria-label={`Bỏ ảnh ${i + 1} khỏi bộ ảnh`} onClick={() => remove(i)}>
                      Bỏ ảnh
                    </button>
                  </div>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
        <p role="status" className="sr-only">
          {announcement}
        </p>
        {editable ? (
          <div className="flex flex-wrap gap-3">
            <button type="button" className={small} disabled={items.length >= MAX_GALLERY_PHOTOS} onClick={() => setPicking(true)}>
              Thêm ảnh vào bộ ảnh
            </button>
            <button type="button" className={`${small} text-red-800`} onClick={() => deleteNode()}>
              Xóa bộ ảnh
            </button>
          </div>
        ) : null}
      </div>
      {picking && typeof document !== 'undefined'
        ? createPortal(<MediaPicker open title="Thêm ảnh vào bộ ảnh" onClose={() => setPicking(false)} onSelect={add} />, document.body)
        : null}
    </NodeViewWrapper>
  );
}
