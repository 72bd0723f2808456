'use client';

// "Chèn video": a dialog listing the library's videos that have finished processing (through the
// library's own list, GET /api/v1/media?kind=video), searchable by caption, credit or file name;
// the chosen one is inserted as a video block with the library's caption and credit to start from.
import type { Editor } from '@tiptap/react';
import type { MediaItem } from '@/lib/media/types';
import { DialogButton, PickerDialog, type PickerSearchResult } from './picker-dialog';

const PAGE_SIZE = 48;

export function insertVideo(editor: Editor, item: Pick<MediaItem, 'id' | 'caption' | 'credit'>) {
  editor.chain().focus().insertContent({ type: 'video', attrs: { mediaId: item.id, caption: item.caption, credit: item.credit } }).run();
}

function minutes(seconds: number): string {
  const total = Math.round(seconds);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

async function searchVideos(query: string, signal: AbortSignal): Promise<PickerSearchResult<MediaItem>> {
  const params = new URLSearchParams({ kind: 'video', pageSize: String(PAGE_SIZE), ...(query ? { q: query } : {}) });
  const response = await fetch(`/api/v1/media?${params}`, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`mã ${response.status}`);
  const page = (await response.json()) as { items: MediaItem[] };
  // Only a ready video can be shown to readers; processing and failed ones stay in the library.
  const items = page.items.filter((item) => item.video?.status === 'ready');
  return { items, note: items.length === 0 ? 'Chưa có video nào đã xử lý xong phù hợp. Hãy tải video lên ở Thư viện, đợi xử lý xong rồi chèn.' : `${items.length} video đã sẵn sàng.` };
}

export function VideoButton({ editor }: { editor: Editor }) {
  return (
    <DialogButton
      label="Chèn video"
      dialog={(close) => (
        <PickerDialog<MediaItem>
          title="Chèn video từ thư viện"
          searchLabel="Tìm video theo chú thích, nguồn hoặc tên tệp"
          listLabel="Video trong thư viện"
          widthClass="w-[min(44rem,calc(100vw-2rem))]"
          loadingNote="Đang tải danh sách video…"
          search={searchVideos}
          itemKey={(item) => item.id}
          renderItem={(item) => (
            <>
              {item.thumbnailUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- the library poster of the video
                <img src={item.thumbnailUrl} alt="" className="h-14 w-24 shrink-0 rounded bg-black object-cover" />
              ) : null}
              <span>
                <span className="block font-semibold">{item.caption || item.originalFilename}</span>
                <span className="text-gray-700">
                  {minutes(item.video?.durationSeconds ?? 0)}
                  {item.video?.captionsUrl ? ' · có phụ đề' : ' · chưa có phụ đề'}
                </span>
              </span>
            </>
          )}
          onChoose={(item) => insertVideo(editor, item)}
          onClose={close}
        />
      )}
    />
  );
}
