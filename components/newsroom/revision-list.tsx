'use client';

import Link from 'next/link';
import { useState } from 'react';
import { restoreRevisionAction } from '@/app/(newsroom)/toa-soan/bai-viet/actions';
import { checkpoints } from '@/lib/content/checkpoints';
import { describeFields, isRevisionField } from '@/lib/content/placement';

interface RevisionRow {
  id: string;
  number: number;
  title: string;
  origin: string;
  changedFields: string[];
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
  /** Comment threads open when the revision was made. */
  openThreads?: number;
}

const ORIGIN: Record<string, string> = { save: 'lưu', autosave: 'tự động lưu', restore: 'khôi phục', import: 'nhập từ tệp', seed: 'dữ liệu mẫu', comment: 'gắn góp ý', suggestion: 'xử lý gợi ý' };

export function RevisionList(props: {
  articleId: string;
  revisions: RevisionRow[];
  currentRevisionId: string;
  liveRevisionId: string | null;
  /** Submitted, returned, approved, published…: a leader must find the version they returned. */
  steppedRevisionIds: string[];
  version: number;
  canEdit: boolean;
}) {
  const [error, setError] = useState<string | null>(null);
  const shown = checkpoints(props.revisions, new Set([props.currentRevisionId, ...(props.liveRevisionId ? [props.liveRevisionId] : []), ...props.steppedRevisionIds]));
  return (
    <>
      <ol className="grid gap-2 text-sm">
        {shown.map((r) => (
          <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 border-b border-gray-200 pb-2">
            <span>
              <strong>#{r.number}</strong> {r.title}
              <span className="block text-xs text-gray-600">
                {new Date(r.createdAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' })} · {r.authorName ?? 'Hệ thống'} · {ORIGIN[r.origin] ?? r.origin}
                {r.id === props.currentRevisionId ? ' · bản hiện tại' : ''}
                {r.id === props.liveRevisionId ? ' · đang đăng' : ''}
                {r.openThreads ? ` · ${r.openThreads} góp ý đang mở` : ''}
                {r.hidden > 0 ? ` · gộp ${r.hidden} lần tự động lưu trước đó` : ''}
                {r.changedFields.length > 0 ? ` · sửa: ${describeFields(r.changedFields.filter(isRevisionField)).toLowerCase()}` : ''}
              </span>
            </span>
            {r.id !== props.currentRevisionId ? (
              <span className="flex gap-2">
                <Link className="underline" href={`/toa-soan/bai-viet/${props.articleId}/phien-ban?a=${r.id}&b=${props.currentRevisionId}`}>
                  So sánh với bản hiện tại
                </Link>
                {props.canEdit ? (
                  <button
                    type="button"
                    className="font-semibold text-blue-800 underline"
                    onClick={async () => {
                      if (!window.confirm(`Khôi phục phiên bản #${r.number}? Nội dung hiện tại vẫn được giữ trong lịch sử.`)) return;
                      const result = await restoreRevisionAction(props.articleId, r.id, props.version);
                      if (!result.ok) return setError(result.message);
                      // A full reload: the editor must start again from the restored content.
                      window.location.reload();
                    }}
                  >
                    Khôi phục
                  </button>
                ) : null}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}
