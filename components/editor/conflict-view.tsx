'use client';

// Someone else saved the story while you were writing. Nothing is lost: both versions are shown
// side by side, and the writer chooses.
import { useState } from 'react';
import { bodyToPlainText } from '@/lib/content/plain-text';
import type { JSONContent } from '@/lib/content/types';
import type { Snapshot } from './use-autosave';

export interface TheirVersion {
  version: number;
  title: string;
  sapo: string;
  body: JSONContent;
  updatedAt: string;
}

const asText = (s: { title: string; sapo: string; body: unknown }) => `${s.title}\n\n${s.sapo}\n\n${bodyToPlainText(s.body as JSONContent)}`;

export function ConflictView(props: {
  mine: Snapshot;
  theirs: TheirVersion;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** What keeping mine does with comment threads opened in the other version. */
  threadNote?: string;
}) {
  const [copied, setCopied] = useState(false);
  const box = 'h-96 overflow-auto whitespace-pre-wrap rounded border border-gray-300 bg-white p-3 text-sm';
  return (
    <section role="alertdialog" aria-labelledby="xung-dot-tieu-de" aria-describedby="xung-dot-mo-ta" className="rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="xung-dot-tieu-de" className="text-lg font-bold">Bài viết vừa được người khác lưu</h2>
      <p id="xung-dot-mo-ta" className="mt-1 text-sm">
        Bản của bạn chưa được lưu để tránh ghi đè. Hãy so sánh hai bản rồi chọn cách xử lý; không có nội dung nào bị mất.
      </p>
      {props.threadNote ? (
        <p className="mt-2 rounded bg-white p-2 text-sm" data-testid="xung-dot-gop-y">
          {props.threadNote}
        </p>
      ) : null}
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="font-semibold">Bản của bạn (chưa lưu)</h3>
          <div className={box} data-testid="ban-cua-toi">
            {asText(props.mine)}
          </div>
        </div>
        <div>
          {/* No number here: the lock counter is not the revision number staff see elsewhere ("#N"). */}
          <h3 className="font-semibold">
            Bản trên máy chủ (lưu lúc {new Date(props.theirs.updatedAt).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' })})
          </h3>
          <div className={box} data-testid="ban-may-chu">
            {asText(props.theirs)}
          </div>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={props.onKeepMine} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          Giữ bản của tôi (lưu thành phiên bản mới)
        </button>
        <button type="button" onClick={props.onTakeTheirs} className="rounded border border-gray-500 bg-white px-4 py-2 font-semibold hover:bg-gray-100">
          Lấy bản trên máy chủ
        </button>
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(asText(props.mine)).catch(() => {});
            setCopied(true);
          }}
          className="rounded border border-gray-500 bg-white px-4 py-2 font-semibold hover:bg-gray-100"
        >
          {copied ? 'Đã sao chép' : 'Sao chép bản của tôi'}
        </button>
      </div>
    </section>
  );
}
