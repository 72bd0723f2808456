'use client';

// The editor's "insert from a list" dialog, shared by "Chèn văn bản" and "Chèn video": a modal
// with a search box, a delayed search (each new keystroke cancels the one before), a live status
// line, a list of choices and a close button. What is searched and how a choice looks and is
// inserted are the caller's.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

const SEARCH_DELAY_MS = 250;

export interface PickerSearchResult<T> {
  items: T[];
  note: string;
}

export interface PickerDialogProps<T> {
  title: string;
  searchLabel: string;
  listLabel: string;
  /** Tailwind width class of the dialog. */
  widthClass: string;
  /** Shorter queries are not searched; `idleNote` says what to type instead. */
  minQueryLength?: number;
  idleNote?: string;
  loadingNote: string;
  search: (query: string, signal: AbortSignal) => Promise<PickerSearchResult<T>>;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onChoose: (item: T) => void;
  onClose: () => void;
}

export function PickerDialog<T>(props: PickerDialogProps<T>) {
  const { search, minQueryLength = 0 } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), search: useId(), note: useId() };
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<({ query: string } & PickerSearchResult<T>) | null>(null);
  const searched = query.trim().slice(0, 100);
  const tooShort = searched.length < minQueryLength;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    if (tooShort) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const result = await search(searched, controller.signal);
        if (!controller.signal.aborted) setFound({ query: searched, ...result });
      } catch (error) {
        if (!controller.signal.aborted) setFound({ query: searched, items: [], note: `Không tải được danh sách: mất kết nối hoặc máy chủ lỗi (${(error as Error).message}). Hãy thử lại.` });
      }
    }, SEARCH_DELAY_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [searched, tooShort, search]);

  const current = found?.query === searched && !tooShort ? found : null;
  const note = tooShort ? (props.idleNote ?? '') : (current?.note ?? props.loadingNote);

  return (
    <dialog ref={dialogRef} aria-labelledby={ids.title} onClose={props.onClose} className={`${props.widthClass} rounded border border-gray-400 p-0 shadow-xl backdrop:bg-black/40`}>
      <div className="grid gap-3 p-4 text-sm">
        <h2 id={ids.title} className="text-base font-bold">
          {props.title}
        </h2>
        <label htmlFor={ids.search} className="font-semibold">
          {props.searchLabel}
        </label>
        <input id={ids.search} type="search" autoComplete="off" maxLength={100} value={query} aria-describedby={ids.note} onChange={(e) => setQuery(e.target.value)} className="rounded border border-gray-400 px-2 py-1" />
        <p id={ids.note} role="status" className="text-gray-700">
          {note}
        </p>
        <ul aria-label={props.listLabel} className="grid max-h-80 gap-1 overflow-auto">
          {(current?.items ?? []).map((item) => (
            <li key={props.itemKey(item)}>
              <button
                type="button"
                onClick={() => {
                  props.onClose();
                  props.onChoose(item);
                }}
                className="flex w-full items-center gap-3 rounded border border-gray-300 p-1 px-2 text-left hover:bg-gray-100"
              >
                {props.renderItem(item)}
              </button>
            </li>
          ))}
        </ul>
        <div className="flex justify-end">
          <button type="button" onClick={() => dialogRef.current?.close()} className="rounded border border-gray-400 px-3 py-1 font-semibold">
            Đóng
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** A toolbar button that opens its dialog; the dialog is mounted only while open. */
export function DialogButton({ label, dialog }: { label: string; dialog: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="rounded border border-gray-300 px-2 py-1 text-sm font-semibold hover:bg-gray-100" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open ? dialog(() => setOpen(false)) : null}
    </>
  );
}
