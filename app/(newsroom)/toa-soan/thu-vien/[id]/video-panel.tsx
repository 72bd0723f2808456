'use client';
// A library video: its processing state (the page refreshes itself while the job runs), the
// player once ready, and its WebVTT captions (upload, replace, remove) through the API.
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { MediaItem } from '@/lib/media/types';

async function problemText(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { detail?: unknown };
    if (typeof body.detail === 'string' && body.detail) return body.detail;
  } catch {
    // not JSON
  }
  return `Máy chủ không nhận yêu cầu (mã ${response.status}). Hãy thử lại.`;
}

export function VideoPanel({ item }: { item: MediaItem }) {
  const router = useRouter();
  const video = item.video!;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (video.status !== 'processing') return;
    const timer = setInterval(() => router.refresh(), 4000);
    return () => clearInterval(timer);
  }, [video.status, router]);

  async function send(method: 'PUT' | 'DELETE', file?: File) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const response = await fetch(`/api/v1/media/${item.id}/captions`, { method, body: file, headers: file ? { 'Content-Type': 'text/vtt' } : undefined });
      if (!response.ok) {
        setError(await problemText(response));
        return;
      }
      setNotice(method === 'PUT' ? 'Đã lưu phụ đề.' : 'Đã gỡ phụ đề.');
      router.refresh();
    } catch {
      setError('Mất kết nối tới máy chủ. Hãy thử lại.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="grid gap-3" data-testid="video-panel" data-status={video.status}>
      {video.status === 'processing' ? (
        <p role="status" className="rounded border border-line bg-white p-4">
          Đang xử lý video: chuyển sang MP4 để phát trên web và tạo ảnh đại diện. Trang sẽ tự cập nhật khi xong.
        </p>
      ) : video.status === 'failed' ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900">
          <strong>Xử lý video không thành công.</strong> {video.failureReason}
        </p>
      ) : (
        <video
          controls
          preload="metadata"
          poster={video.posterUrl ?? undefined}
          width={item.width ?? undefined}
          height={item.height ?? undefined}
          className="h-auto w-full rounded border border-line bg-black"
          src={video.playbackUrl ?? undefined}
        >
          {video.captionsUrl ? <track kind="captions" srcLang="vi" label="Tiếng Việt" src={video.captionsUrl} default /> : null}
        </video>
      )}
      {item.canEdit ? (
        <div className="grid gap-2 rounded border border-line bg-white p-4 text-sm">
          <label htmlFor="phu-de" className="font-semibold">
            Phụ đề tiếng Việt (tệp WebVTT .vtt, tối đa 512 KB)
          </label>
          <p className="text-muted">{video.captionsUrl ? 'Video đã có phụ đề. Chọn tệp mới để thay.' : 'Video chưa có phụ đề.'}</p>
          <input
            id="phu-de"
            type="file"
            accept=".vtt,text/vtt"
            disabled={busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void send('PUT', file);
            }}
          />
          {video.captionsUrl ? (
            <button type="button" disabled={busy} onClick={() => void send('DELETE')} className="justify-self-start rounded border border-line px-3 py-1 hover:bg-gray-50">
              Gỡ phụ đề
            </button>
          ) : null}
          {error ? (
            <p role="alert" className="text-red-800">
              {error}
            </p>
          ) : null}
          {notice ? <p role="status">{notice}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
