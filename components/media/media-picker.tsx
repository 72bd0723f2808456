'use client';

/**
 * MediaPicker: a modal dialog to choose an image (or a PDF) from the media library, or upload new
 * ones, for the article editor. Images cannot be chosen without alt text: the picker asks for it and
 * saves it (with any caption or credit typed here) to the library item before calling onSelect, so
 * the next story that uses the photo gets it too.
 *
 * Props
 *   open: boolean                             show the dialog (a native <dialog>, modal: focus is kept inside, Esc closes)
 *   onClose: () => void                       the dialog closed without a choice (Esc, "Đóng")
 *   onSelect: (choice: MediaSelection) => void  the chosen item; the dialog does not close itself
 *   kind?: 'image' | 'document'               what to list and upload (default 'image')
 *   maxBytes?: number                         upload limit shown and checked before sending (the server checks again)
 *   title?: string                            dialog heading
 *
 * Using the choice in Tiptap (the figure node takes its attributes from it; the server only accepts
 * figures whose mediaId is a library item):
 *   editor.chain().focus().insertContent({ type: 'figure', attrs: { mediaId: c.id, alt: c.alt, caption: c.caption, credit: c.credit } }).run()
 *   // a PDF: link text to the absolute URL (lib/content accepts only http/https links)
 *   editor.chain().focus().insertContent({ type: 'text', text: c.originalFilename, marks: [{ type: 'link', attrs: { href: c.absoluteUrl } }] }).run()
 * The cover is `coverMediaId: c.id` in the save input.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { FigureMedia } from '@/lib/content/render';
import type { MediaItem } from '@/lib/media/types';
import { formatBytes, itemTitle } from './format';
import { UploadQueue } from './upload-queue';

export interface MediaSelection {
  id: string;
  kind: 'image' | 'document';
  alt: string;
  caption: string;
  credit: string;
  originalFilename: string;
  /** Same-origin path (/media/…): the largest JPEG of an image, or the PDF. */
  url: string;
  /** The same, absolute (for links in stories). */
  absoluteUrl: string;
  width: number | null;
  height: number | null;
  /** Responsive sources, for a preview. */
  image: FigureMedia | null;
}

export interface MediaPickerProps {
  open: boolean;
  onClose: () => void;
  onSelect: (choice: MediaSelection) => void;
  kind?: 'image' | 'document';
  maxBytes?: number;
  title?: string;
}

interface ListPage {
  items: MediaItem[];
  total: number;
  page: number;
  pageSize: number;
}

const PAGE_SIZE = 24;
const field = 'w-full rounded border border-gray-500 px-2 py-1 aria-[invalid=true]:border-red-700';

async function problemDetail(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { detail?: string };
    if (body.detail) return body.detail;
  } catch {
    // fall through
  }
  return `Máy chủ trả lời lỗi (mã ${response.status}). Hãy thử lại.`;
}

export function MediaPicker({ open, onClose, onSelect, kind = 'image', maxBytes, title }: MediaPickerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [list, setList] = useState<ListPage | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const [text, setText] = useState({ alt: '', caption: '', credit: '' });
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const altRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const ids = { search: useId(), alt: useId(), altError: useId(), caption: useId(), credit: useId() };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Each opening (or switch between images and documents) starts with nothing chosen.
  const [session, setSession] = useState({ open, kind });
  if (session.open !== open || session.kind !== kind) {
    setSession({ open, kind });
    setSelected(null);
    setFormError(null);
  }

  const load = useCallback(
    async (q: string, page: number, signal?: AbortSignal) => {
      setLoading(true);
      setLoadError(null);
      try {
        const params = new URLSearchParams({ kind, page: String(page), pageSize: String(PAGE_SIZE), ...(q.trim() ? { q: q.trim() } : {}) });
        const response = await fetch(`/api/v1/media?${params}`, { signal, headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error(await problemDetail(response));
        const next = (await response.json()) as ListPage;
        setList((previous) => (page > 1 && previous ? { ...next, items: [...previous.items, ...next.items] } : next));
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setLoadError((error as Error).message || 'Không tải được thư viện.');
      } finally {
        if (!signal?.aborted) setLoading(false);
      }
    },
    [kind],
  );

  // Search as the writer types, a moment after they stop.
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(() => void load(query, 1, controller.signal), 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, query, load]);

  function choose(item: MediaItem) {
    setSelected(item);
    setText({ alt: item.alt, caption: item.caption, credit: item.credit });
    setFormError(null);
  }

  function uploaded(item: MediaItem) {
    setList((previous) => (previous ? { ...previous, total: previous.total + 1, items: [item, ...previous.items.filter((i) => i.id !== item.id)] } : previous));
    choose(item);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!selected) return;
    const wanted = { alt: text.alt.trim(), caption: text.caption.trim(), credit: text.credit.trim() };
    if (selected.kind === 'image' && !wanted.alt) {
      setFormError('Hãy nhập mô tả thay thế (alt) trước khi chèn ảnh: người dùng trình đọc màn hình nghe mô tả này thay cho ảnh.');
      altRef.current?.focus();
      return;
    }
    let item = selected;
    const changed = (Object.keys(wanted) as Array<keyof typeof wanted>).filter((k) => wanted[k] !== selected[k]);
    if (changed.length) {
      setSaving(true);
      try {
        const response = await fetch(`/api/v1/media/${selected.id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(Object.fromEntries(changed.map((k) => [k, wanted[k]]))),
        });
        if (!response.ok) {
          setFormError(await problemDetail(response));
          return;
        }
        item = (await response.json()) as MediaItem;
        setSelected(item);
        setList((previous) => (previous ? { ...previous, items: previous.items.map((i) => (i.id === item.id ? item : i)) } : previous));
      } catch {
        setFormError('Mất kết nối tới máy chủ. Hãy thử lại.');
        return;
      } finally {
        setSaving(false);
      }
    }
    onSelect({
      id: item.id,
      // The list and the upload box hold only this kind (the picker filters by it).
      kind,
      alt: item.alt,
      caption: item.caption,
      credit: item.credit,
      originalFilename: item.originalFilename,
      url: item.url,
      absoluteUrl: new URL(item.url, window.location.origin).href,
      width: item.width,
      height: item.height,
      image: item.image,
    });
  }

  const heading = title ?? (kind === 'image' ? 'Chọn ảnh từ thư viện' : 'Chọn tài liệu PDF từ thư viện');
  const more = list && list.items.length < list.total;

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-auto max-h-[92vh] w-[min(64rem,95vw)] overflow-y-auto rounded border border-line p-0 backdrop:bg-black/50"
    >
      <div className="grid gap-4 p-4">
        <div className="flex items-center justify-between gap-3">
          <h2 id={headingId} className="text-xl font-bold">
            {heading}
          </h2>
          <button type="button" onClick={() => dialogRef.current?.close()} className="rounded border border-gray-500 px-3 py-1 font-semibold hover:bg-gray-100">
            Đóng
          </button>
        </div>

        <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
          <div className="grid content-start gap-3">
            <div role="search">
              <label htmlFor={ids.search} className="font-semibold">
                Tìm theo chú thích, nguồn hoặc tên tệp
              </label>
              <input id={ids.search} type="search" value={query} onChange={(e) => setQuery(e.target.value)} className={field} placeholder="Ví dụ: hoi nghi tong ket" />
            </div>
            {loadError ? (
              <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
                {loadError}
              </p>
            ) : null}
            <p aria-live="polite" className="text-sm text-muted">
              {loading ? 'Đang tải…' : list ? `${list.total.toLocaleString('vi-VN')} kết quả` : ''}
            </p>
            <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4" aria-label="Kết quả trong thư viện">
              {list?.items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    aria-pressed={selected?.id === item.id}
                    onClick={() => choose(item)}
                    className={`grid w-full gap-1 rounded border p-1 text-left text-xs ${selected?.id === item.id ? 'border-brand ring-2 ring-brand' : 'border-line hover:border-gray-500'}`}
                  >
                    {item.thumbnailUrl ? (
                      // eslint-disable-next-line @next/next/no-img-element -- library thumbnail, already a small variant
                      <img src={item.thumbnailUrl} alt="" width={item.width ?? undefined} height={item.height ?? undefined} loading="lazy" className="aspect-[4/3] w-full bg-gray-100 object-cover" />
                    ) : (
                      <span className="grid aspect-[4/3] place-items-center bg-gray-100 font-bold">PDF</span>
                    )}
                    <span className="line-clamp-2">{itemTitle(item)}</span>
                    {item.needsAlt ? <span className="font-semibold text-red-800">Thiếu alt</span> : null}
                  </button>
                </li>
              ))}
            </ul>
            {more ? (
              <button type="button" disabled={loading} onClick={() => void load(query, (list?.page ?? 1) + 1)} className="justify-self-start rounded border border-gray-500 px-3 py-1 font-semibold">
                Xem thêm
              </button>
            ) : null}
            <UploadQueue compact accept={kind === 'image' ? 'images' : 'documents'} maxBytes={maxBytes} onUploaded={uploaded} label={kind === 'image' ? 'Tải ảnh mới lên' : 'Tải tài liệu mới lên'} />
          </div>

          <div className="grid content-start gap-3">
            {selected ? (
              <form onSubmit={submit} className="grid gap-3" noValidate>
                {selected.thumbnailUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element -- preview of the chosen library image
                  <img src={selected.thumbnailUrl} alt="" width={selected.width ?? undefined} height={selected.height ?? undefined} className="w-full bg-gray-100" />
                ) : null}
                <p className="text-sm text-muted">
                  {selected.originalFilename} · {formatBytes(selected.byteSize)}
                  {selected.width ? ` · ${selected.width} × ${selected.height}` : ''}
                </p>
                {formError ? (
                  <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
                    {formError}
                  </p>
                ) : null}
                {selected.kind === 'image' ? (
                  <div>
                    <label htmlFor={ids.alt} className="font-semibold">
                      Mô tả thay thế (alt) <span aria-hidden="true" className="text-red-700">*</span>
                    </label>
                    <input
                      id={ids.alt}
                      ref={altRef}
                      required
                      aria-required="true"
                      aria-invalid={Boolean(formError) && !text.alt.trim()}
                      aria-describedby={ids.altError}
                      value={text.alt}
                      onChange={(e) => setText({ ...text, alt: e.target.value })}
                      className={field}
                    />
                    <p id={ids.altError} className="text-xs text-muted">
                      Tả điều ảnh cho thấy, cho người không xem được ảnh. Bắt buộc.
                    </p>
                  </div>
                ) : null}
                <div>
                  <label htmlFor={ids.caption} className="font-semibold">
                    Chú thích
                  </label>
                  <textarea id={ids.caption} rows={3} value={text.caption} onChange={(e) => setText({ ...text, caption: e.target.value })} className={field} />
                </div>
                <div>
                  <label htmlFor={ids.credit} className="font-semibold">
                    Nguồn
                  </label>
                  <input id={ids.credit} value={text.credit} onChange={(e) => setText({ ...text, credit: e.target.value })} className={field} />
                </div>
                <button type="submit" disabled={saving} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
                  {saving ? 'Đang lưu…' : kind === 'image' ? 'Chèn ảnh vào bài' : 'Chèn liên kết tài liệu'}
                </button>
              </form>
            ) : (
              <p className="text-muted">Chọn một {kind === 'image' ? 'ảnh' : 'tài liệu'} trong danh sách, hoặc tải lên tệp mới.</p>
            )}
          </div>
        </div>
      </div>
    </dialog>
  );
}
