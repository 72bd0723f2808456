'use client';

/**
 * UploadQueue: pick, drop or paste many files at once (a meeting's 20+ photos); each one is sent on
 * its own request (POST /api/v1/media) with its own progress bar and its own error, a few at a time,
 * and a failed file never stops the others. The server decides what a file is and whether it is
 * accepted; the checks here only spare a pointless upload.
 *
 * Props
 *   onUploaded?: (item: MediaItem) => void   once per file the server accepted, as each finishes
 *   accept?: 'images' | 'documents' | 'images-and-pdf'  what the chooser offers and what is kept (default 'images-and-pdf')
 *   maxBytes?: number                        refuse bigger files before sending (pass the server's limit; it checks again)
 *   maxMegapixels?: number                   only shown in the help text
 *   concurrency?: number                     uploads in flight at once (default 3)
 *   capturePaste?: boolean                   also take files pasted anywhere on the page, not only in the zone
 *   label?: string                           heading of the zone (default "Tải tệp lên thư viện")
 *   compact?: boolean                        a smaller zone, e.g. inside the media picker
 *   ref?: Ref<UploadQueueHandle>             `ref.current.add(files)` queues files from elsewhere, e.g. the
 *                                            editor's own paste or drop handler
 */
import { useCallback, useEffect, useId, useImperativeHandle, useRef, useState, type DragEvent, type Ref } from 'react';
import type { MediaItem } from '@/lib/media/types';
import { formatBytes } from './format';
import { filesFromClipboard, uploadMediaFile } from './upload-client';

export interface UploadQueueHandle {
  add(files: Iterable<File>): void;
}

export interface UploadQueueProps {
  onUploaded?: (item: MediaItem) => void;
  accept?: 'images' | 'documents' | 'images-and-pdf';
  maxBytes?: number;
  /** Videos' own limit (the library takes them; they are far bigger than photos). */
  maxVideoBytes?: number;
  maxMegapixels?: number;
  concurrency?: number;
  capturePaste?: boolean;
  label?: string;
  compact?: boolean;
  ref?: Ref<UploadQueueHandle>;
}

type Status = 'waiting' | 'uploading' | 'processing' | 'done' | 'error';

interface Entry {
  key: string;
  file: File;
  status: Status;
  loaded: number;
  total: number;
  message?: string;
  item?: MediaItem;
}

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif,.jpg,.jpeg,.png,.webp,.avif,.gif';
const VIDEO_TYPES = 'video/mp4,video/webm,video/quicktime,.mp4,.m4v,.webm,.mov';

/** Refusals we can tell before sending anything; everything else is the server's call. */
function precheck(file: File, accept: UploadQueueProps['accept'], maxBytes?: number, maxVideoBytes?: number): string | null {
  const name = file.name.toLowerCase();
  if (file.type === 'image/svg+xml' || name.endsWith('.svg')) return 'Không nhận tệp SVG: SVG có thể chứa mã lệnh. Hãy xuất ảnh sang PNG hoặc JPEG rồi tải lên.';
  const isPdf = file.type === 'application/pdf' || name.endsWith('.pdf');
  const isVideo = file.type.startsWith('video/') || /\.(?:mp4|m4v|webm|mov)$/.test(name);
  if (accept === 'images' && isPdf) return 'Ở đây chỉ chèn được ảnh. Tài liệu PDF hãy tải lên trong Thư viện.';
  if (accept === 'images' && isVideo) return 'Ở đây chỉ chèn được ảnh. Video hãy tải lên trong Thư viện.';
  if (accept === 'documents' && !isPdf) return 'Ở đây chỉ nhận tài liệu PDF.';
  if (file.size === 0) return 'Tệp rỗng (0 byte). Hãy chọn lại tệp.';
  const limit = isVideo && maxVideoBytes ? maxVideoBytes : maxBytes;
  if (limit && file.size > limit) return `Tệp quá lớn (${formatBytes(file.size)}): tối đa ${formatBytes(limit)}. Hãy giảm kích thước rồi tải lên lại.`;
  return null;
}

const STATUS_TEXT: Record<Status, string> = {
  waiting: 'Đang chờ',
  uploading: 'Đang tải lên',
  processing: 'Đang kiểm tra tệp…',
  done: 'Đã tải lên',
  error: 'Lỗi',
};

export function UploadQueue({
  onUploaded,
  accept = 'images-and-pdf',
  maxBytes,
  maxVideoBytes,
  maxMegapixels,
  concurrency = 3,
  capturePaste = false,
  label = 'Tải tệp lên thư viện',
  compact = false,
  ref,
}: UploadQueueProps) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const started = useRef(new Set<string>());
  const controllers = useRef(new Map<string, AbortController>());
  const onUploadedRef = useRef(onUploaded);
  const headingId = useId();
  const helpId = useId();

  useEffect(() => {
    onUploadedRef.current = onUploaded;
  }, [onUploaded]);

  const update = useCallback((key: string, patch: Partial<Entry>) => {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  }, []);

  const add = useCallback(
    (files: Iterable<File>) => {
      const fresh: Entry[] = [];
      for (const file of files) {
        const refused = precheck(file, accept, maxBytes, maxVideoBytes);
        fresh.push({ key: crypto.randomUUID(), file, status: refused ? 'error' : 'waiting', loaded: 0, total: file.size, message: refused ?? undefined });
      }
      if (fresh.length) setEntries((list) => [...list, ...fresh]);
    },
    [accept, maxBytes, maxVideoBytes],
  );

  useImperativeHandle(ref, () => ({ add }), [add]);

  // Start waiting files while fewer than `concurrency` are in flight.
  useEffect(() => {
    const active = entries.filter((e) => e.status === 'uploading' || e.status === 'processing').length;
    const next = entries.filter((e) => e.status === 'waiting' && !started.current.has(e.key)).slice(0, Math.max(0, concurrency - active));
    for (const entry of next) {
      started.current.add(entry.key);
      const controller = new AbortController();
      controllers.current.set(entry.key, controller);
      update(entry.key, { status: 'uploading', loaded: 0 });
      void uploadMediaFile(entry.file, {
        signal: controller.signal,
        onProgress: (loaded, total) => update(entry.key, { loaded, total }),
        onProcessing: () => update(entry.key, { status: 'processing' }),
      }).then((outcome) => {
        controllers.current.delete(entry.key);
        if (outcome.ok) {
          update(entry.key, { status: 'done', item: outcome.item, loaded: entry.file.size, total: entry.file.size });
          onUploadedRef.current?.(outcome.item);
        } else {
          update(entry.key, { status: 'error', message: outcome.message });
        }
      });
    }
  }, [entries, concurrency, update]);

  // Paste anywhere on the page (the library), not only into the zone.
  useEffect(() => {
    if (!capturePaste) return;
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, [contenteditable="true"]')) return;
      const files = filesFromClipboard(event);
      if (files.length) {
        event.preventDefault();
        add(files);
      }
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [capturePaste, add]);

  useEffect(() => {
    const inFlight = controllers.current;
    return () => inFlight.forEach((c) => c.abort());
  }, []);

  function retry(entry: Entry) {
    started.current.delete(entry.key);
    const refused = precheck(entry.file, accept, maxBytes, maxVideoBytes);
    update(entry.key, refused ? { message: refused } : { status: 'waiting', message: undefined, loaded: 0 });
  }

  function cancel(entry: Entry) {
    const controller = controllers.current.get(entry.key);
    if (controller) controller.abort(); // the upload then ends as "Đã hủy tải lên."
    else {
      started.current.add(entry.key);
      update(entry.key, { status: 'error', message: 'Đã hủy tải lên.' });
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    add(Array.from(event.dataTransfer.files));
  }

  const done = entries.filter((e) => e.status === 'done').length;
  const failed = entries.filter((e) => e.status === 'error').length;
  const pending = entries.length - done - failed;
  const summary = entries.length
    ? `Đã tải lên ${done}/${entries.length} tệp${failed ? `, ${failed} tệp lỗi` : ''}${pending ? `, còn ${pending} tệp đang xử lý` : ''}.`
    : '';
  const formats = accept === 'images' ? 'JPEG, PNG, WebP, AVIF hoặc GIF tĩnh' : accept === 'documents' ? 'Tài liệu PDF' : 'Ảnh JPEG, PNG, WebP, AVIF, GIF tĩnh, tài liệu PDF hoặc video MP4, WebM, MOV';

  return (
    <section aria-labelledby={headingId} className="grid gap-3">
      <div
        role="group"
        aria-labelledby={headingId}
        aria-describedby={helpId}
        tabIndex={0}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        onPaste={(e) => {
          const files = filesFromClipboard(e);
          if (files.length) {
            e.preventDefault();
            add(files);
          }
        }}
        data-testid="vung-tai-len"
        className={`grid justify-items-center gap-2 rounded border-2 border-dashed text-center ${compact ? 'p-3' : 'p-6'} ${dragging ? 'border-brand bg-red-50' : 'border-gray-400 bg-white'}`}
      >
        <h2 id={headingId} className={compact ? 'font-semibold' : 'text-lg font-bold'}>
          {label}
        </h2>
        <p>Kéo thả tệp vào đây, dán ảnh (Ctrl+V) hoặc</p>
        <button type="button" onClick={() => inputRef.current?.click()} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Chọn tệp…
        </button>
        <input
          ref={inputRef}
          type="file"
          multiple
          hidden
          accept={accept === 'images' ? IMAGE_TYPES : accept === 'documents' ? 'application/pdf,.pdf' : `${IMAGE_TYPES},application/pdf,.pdf,${VIDEO_TYPES}`}
          aria-label="Chọn tệp để tải lên"
          onChange={(e) => {
            add(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
        <p id={helpId} className="text-sm text-muted">
          {formats}
          {maxBytes ? `; tối đa ${formatBytes(maxBytes)} mỗi tệp` : ''}
          {maxMegapixels ? `, ảnh tối đa ${maxMegapixels.toLocaleString('vi-VN')} triệu điểm ảnh` : ''}
          {maxVideoBytes ? `, video tối đa ${formatBytes(maxVideoBytes)}` : ''}. Có thể chọn nhiều tệp cùng lúc.
        </p>
      </div>

      <p aria-live="polite" className="text-sm font-semibold">
        {summary}
      </p>

      {entries.length ? (
        <ul aria-label="Tệp tải lên" className="grid gap-2">
          {entries.map((entry) => {
            const percent = entry.total ? Math.round((entry.loaded / entry.total) * 100) : 0;
            const statusId = `${entry.key}-trang-thai`;
            return (
              <li key={entry.key} data-status={entry.status} className={`grid gap-1 rounded border p-2 text-sm ${entry.status === 'error' ? 'border-red-300 bg-red-50' : 'border-line bg-white'}`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-semibold break-all">{entry.file.name || 'Ảnh dán từ bộ nhớ tạm'}</span>
                  <span className="text-muted">{formatBytes(entry.file.size)}</span>
                </div>
                <progress
                  max={100}
                  value={entry.status === 'done' || entry.status === 'processing' ? 100 : entry.status === 'error' ? 0 : percent}
                  aria-label={`Tiến độ tải lên ${entry.file.name}`}
                  aria-describedby={statusId}
                  className="h-2 w-full"
                />
                <p id={statusId} className={entry.status === 'error' ? 'text-red-900' : 'text-muted'}>
                  {entry.status === 'uploading' ? `${STATUS_TEXT.uploading} ${percent}%` : STATUS_TEXT[entry.status]}
                  {entry.message ? `: ${entry.message}` : ''}
                  {entry.status === 'done' && entry.item?.needsAlt ? ' — cần thêm mô tả thay thế (alt) trước khi dùng trong bài.' : ''}
                </p>
                <div className="flex flex-wrap gap-3">
                  {entry.status === 'uploading' || entry.status === 'waiting' ? (
                    <button type="button" className="font-semibold underline" onClick={() => cancel(entry)}>
                      Hủy
                    </button>
                  ) : null}
                  {entry.status === 'error' ? (
                    <button type="button" className="font-semibold underline" onClick={() => retry(entry)}>
                      Thử lại
                    </button>
                  ) : null}
                  {entry.status === 'done' && entry.item && !compact ? (
                    <a href={`/toa-soan/thu-vien/${entry.item.id}`} className="font-semibold text-brand underline">
                      Sửa thông tin
                    </a>
                  ) : null}
                  {entry.status === 'done' || entry.status === 'error' ? (
                    <button type="button" className="underline" onClick={() => setEntries((list) => list.filter((e) => e.key !== entry.key))}>
                      Bỏ khỏi danh sách
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
