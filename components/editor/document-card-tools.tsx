'use client';

// "Chèn văn bản": a dialog that searches the published documents of the registry by number and
// symbol or by words of the summary, and inserts the chosen one as a document card.
import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { searchDocumentsForStoryAction } from '@/app/(newsroom)/toa-soan/bai-viet/editor-tools-actions';
import type { EmbeddableDocument } from '@/lib/data/documents/cards';
import { dayMonthYear } from '@/lib/content/render-document-card';

const SEARCH_DELAY_MS = 250;

function DocumentDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), search: useId(), note: useId() };
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; documents: EmbeddableDocument[]; note: string | null }>({ query: '', documents: [], note: null });
  const searched = query.trim();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    if (searched.length < 2) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await searchDocumentsForStoryAction(searched.slice(0, 100)).catch(() => null);
      if (stale) return;
      if (!result || !result.ok) {
        setFound({ query: searched, documents: [], note: result ? result.message : 'Chưa tìm được: mất kết nối, hãy thử lại.' });
        return;
      }
      setFound({ query: searched, documents: result.data, note: result.data.length === 0 ? 'Không có văn bản đã đăng nào khớp.' : `${result.data.length} văn bản phù hợp.` });
    }, SEARCH_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [searched]);

  const documents = found.query === searched ? found.documents : [];
  const note = searched.length < 2 ? 'Gõ ít nhất 2 ký tự: số ký hiệu (ví dụ 45-NQ/TW) hoặc vài từ của trích yếu.' : found.query === searched ? found.note : 'Đang tìm…';

  const choose = (doc: EmbeddableDocument) => {
    onClose();
    editor.chain().focus().insertContent({ type: 'documentCard', attrs: { documentId: doc.id } }).run();
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={ids.title}
      onClose={onClose}
      className="w-[min(40rem,calc(100vw-2rem))] rounded border border-gray-400 p-0 shadow-xl backdrop:bg-black/40"
    >
      <div className="grid gap-3 p-4 text-sm">
        <h2 id={ids.title} className="text-base font-bold">
          Chèn văn bản vào bài
        </h2>
        <label htmlFor={ids.search} className="font-semibold">
          Tìm văn bản đã đăng theo số ký hiệu hoặc trích yếu
        </label>
        <input
          id={ids.search}
          type="search"
          autoComplete="off"
          maxLength={100}
          value={query}
          aria-describedby={ids.note}
          onChange={(e) => setQuery(e.target.value)}
          className="rounded border border-gray-400 px-2 py-1"
        />
        <p id={ids.note} role="status" className="text-gray-700">
          {note}
        </p>
        <ul aria-label="Văn bản tìm được" className="grid max-h-72 gap-1 overflow-auto">
          {documents.map((doc) => (
            <li key={doc.id}>
              <button type="button" onClick={() => choose(doc)} className="w-full rounded border border-gray-300 px-2 py-1 text-left hover:bg-gray-100">
                <span className="font-semibold">
                  {doc.typeName} số {doc.numberSymbol}
                </span>{' '}
                <span className="text-gray-700">({dayMonthYear(doc.issuedOn)})</span>
                <span className="block text-gray-800">{doc.summary}</span>
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

export function DocumentCardButton({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="rounded border border-gray-300 px-2 py-1 text-sm font-semibold hover:bg-gray-100" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Chèn văn bản
      </button>
      {open ? <DocumentDialog editor={editor} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
