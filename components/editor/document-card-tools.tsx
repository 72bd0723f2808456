'use client';

// "Chèn văn bản": a dialog that searches the published documents of the registry by number and
// symbol or by words of the summary, and inserts the chosen one as a document card.
import type { Editor } from '@tiptap/react';
import { searchDocumentsForStoryAction } from '@/app/(newsroom)/toa-soan/bai-viet/editor-tools-actions';
import type { EmbeddableDocument } from '@/lib/data/documents/cards';
import { dayMonthYear } from '@/lib/content/render-document-card';
import { DialogButton, PickerDialog, type PickerSearchResult } from './picker-dialog';

async function searchDocuments(query: string): Promise<PickerSearchResult<EmbeddableDocument>> {
  const result = await searchDocumentsForStoryAction(query).catch(() => null);
  if (!result) return { items: [], note: 'Chưa tìm được: mất kết nối, hãy thử lại.' };
  if (!result.ok) return { items: [], note: result.message };
  return { items: result.data, note: result.data.length === 0 ? 'Không có văn bản đã đăng nào khớp.' : `${result.data.length} văn bản phù hợp.` };
}

export function DocumentCardButton({ editor }: { editor: Editor }) {
  return (
    <DialogButton
      label="Chèn văn bản"
      dialog={(close) => (
        <PickerDialog<EmbeddableDocument>
          title="Chèn văn bản vào bài"
          searchLabel="Tìm văn bản đã đăng theo số ký hiệu hoặc trích yếu"
          listLabel="Văn bản tìm được"
          widthClass="w-[min(40rem,calc(100vw-2rem))]"
          minQueryLength={2}
          idleNote="Gõ ít nhất 2 ký tự: số ký hiệu (ví dụ 45-NQ/TW) hoặc vài từ của trích yếu."
          loadingNote="Đang tìm…"
          search={searchDocuments}
          itemKey={(doc) => doc.id}
          renderItem={(doc) => (
            <span>
              <span className="font-semibold">
                {doc.typeName} số {doc.numberSymbol}
              </span>{' '}
              <span className="text-gray-700">({dayMonthYear(doc.issuedOn)})</span>
              <span className="block text-gray-800">{doc.summary}</span>
            </span>
          )}
          onChoose={(doc) => editor.chain().focus().insertContent({ type: 'documentCard', attrs: { documentId: doc.id } }).run()}
          onClose={close}
        />
      )}
    />
  );
}
