'use client';

// The video block inside the editor: the library's poster and state (a video still processing or
// failed is shown to readers only once ready, so the writer is told), and the caption and credit
// edited in place.
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { VIDEO_TEXT_LIMITS } from '@/lib/content/video';
import type { MediaItem } from '@/lib/media/types';

type Preview = { mediaId: string; item: MediaItem | null };

export function VideoView({ node, updateAttributes, selected, deleteNode, editor }: NodeViewProps) {
  const { mediaId, caption, credit } = node.attrs as { mediaId: string | null; caption: string; credit: string };
  const editable = editor.isEditable;
  const [preview, setPreview] = useState<Preview | null>(null);

  useEffect(() => {
    if (!mediaId) return;
    const controller = new AbortController();
    fetch(`/api/v1/media/${encodeURIComponent(mediaId)}`, { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then(async (response) => setPreview({ mediaId, item: response.ok ? ((await response.json()) as MediaItem) : null }))
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setPreview({ mediaId, item: null });
      });
    return () => controller.abort();
  }, [mediaId]);

  const item = preview?.mediaId === mediaId ? preview.item : undefined;
  const status = item?.video?.status;
  const field = 'w-full rounded border border-gray-300 px-2 py-1 text-sm';
  return (
    <NodeViewWrapper as="figure" className={`article-video my-4 rounded border p-2 ${selected ? 'border-blue-600' : 'border-gray-200'}`} data-video-id={mediaId ?? ''}>
      <div data-drag-handle="" contentEditable={false}>
        {!mediaId ? (
          <p className="rounded bg-red-50 p-3 text-sm text-red-800">Video này không thuộc thư viện; hãy xóa và chèn lại bằng nút “Chèn video”.</p>
        ) : item === undefined ? (
          <p className="rounded bg-gray-100 p-3 text-sm">Video từ thư viện (đang tải thông tin…)</p>
        ) : item === null || item.kind !== 'video' ? (
          <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
            Không tìm thấy video này trong thư viện (có thể đã bị xóa). Hãy xóa khối này và chèn lại bằng nút “Chèn video”.
          </p>
        ) : status === 'ready' ? (
          // eslint-disable-next-line @next/next/no-img-element -- the library poster of the video
          <img src={item.thumbnailUrl ?? ''} alt={`Video: ${item.caption || item.originalFilename}`} className="max-h-96 w-full bg-black object-contain" />
        ) : (
          <p role="status" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
            {status === 'failed'
              ? 'Video này xử lý không thành công: bạn đọc sẽ không thấy video. Hãy tải lại video ở Thư viện rồi chèn lại.'
              : 'Video đang được xử lý: bạn đọc chỉ thấy video khi xử lý xong.'}
          </p>
        )}
      </div>
      <div className="mt-2 grid gap-2" contentEditable={false}>
        <label className="text-xs font-semibold">
          Chú thích video
          <input className={field} value={caption} maxLength={VIDEO_TEXT_LIMITS.caption} readOnly={!editable} onChange={(e) => updateAttributes({ caption: e.target.value })} />
        </label>
        <label className="text-xs font-semibold">
          Nguồn video
          <input className={field} value={credit} maxLength={VIDEO_TEXT_LIMITS.credit} readOnly={!editable} onChange={(e) => updateAttributes({ credit: e.target.value })} />
        </label>
        {editable ? (
          <button type="button" onClick={() => deleteNode()} className="justify-self-start text-xs font-semibold text-red-700 underline">
            Xóa video khỏi bài
          </button>
        ) : null}
      </div>
    </NodeViewWrapper>
  );
}
