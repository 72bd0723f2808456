'use client';

// The document card inside the editor: the document's number, type, date and summary as the
// registry has them now, and a warning when readers would not see it (not published).
import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { documentCardsForEditorAction } from '@/app/(newsroom)/toa-soan/bai-viet/editor-tools-actions';
import { MAX_DOCUMENT_CARDS } from '@/lib/content/document-card';
import { dayMonthYear } from '@/lib/content/render-document-card';
import { batchedCardLoader, type CardAnswer } from '@/lib/documents/card-batch';

/** All cards of a story being opened are read in one request. */
const loadCard = batchedCardLoader(documentCardsForEditorAction, MAX_DOCUMENT_CARDS);

export function DocumentCardView({ node, selected, deleteNode, editor }: NodeViewProps) {
  const documentId = typeof node.attrs.documentId === 'string' ? node.attrs.documentId : '';
  const [card, setCard] = useState<{ id: string; result: CardAnswer } | null>(null);

  useEffect(() => {
    let stale = false;
    void loadCard(documentId).then((result) => {
      if (!stale) setCard({ id: documentId, result });
    });
    return () => {
      stale = true;
    };
  }, [documentId]);

  const loaded = card?.id === documentId ? card.result : undefined;
  const doc = loaded && loaded.ok ? loaded.data : null;
  return (
    <NodeViewWrapper as="aside" aria-label="Thẻ văn bản" data-document-id={documentId} className={`my-4 rounded border-l-4 border-l-red-800 border p-3 text-sm ${selected ? 'border-blue-600' : 'border-gray-200'}`}>
      <div contentEditable={false} className="grid gap-1" data-drag-handle="">
        {loaded === undefined ? (
          <p>Đang tải văn bản…</p>
        ) : doc ? (
          <>
            <p className="font-semibold">
              {doc.typeName} số {doc.numberSymbol} · Ngày ban hành {dayMonthYear(doc.issuedOn)}
            </p>
            <p>{doc.summary}</p>
            {doc.published ? null : <p className="text-red-800">Văn bản chưa đăng hoặc đã bị gỡ: bạn đọc sẽ không thấy thẻ này.</p>}
          </>
        ) : (
          <p className="text-red-800">{loaded && !loaded.ok ? loaded.message : 'Không tìm thấy văn bản này trong danh mục: hãy xóa thẻ và chèn lại.'}</p>
        )}
        {editor.isEditable ? (
          <button type="button" onClick={() => deleteNode()} className="justify-self-start text-xs font-semibold text-red-700 underline">
            Xóa thẻ văn bản khỏi bài
          </button>
        ) : null}
      </div>
    </NodeViewWrapper>
  );
}
