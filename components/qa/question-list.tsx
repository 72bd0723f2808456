import { QA_TOPICS, topicLabel, vnDate, qaPath } from '@/lib/qa/qa';
import type { PublicQuestionCard } from '@/lib/data/questions/public';

/** Search and topic filter: a plain GET form to the per-request search page (works without scripts). */
export function QuestionSearchForm({ q = '', topic = '' }: { q?: string; topic?: string }) {
  return (
    <form role="search" method="get" action="/hoi-dap/tim-kiem" className="mt-4 flex flex-wrap items-end gap-3 rounded border border-line p-3 text-sm">
      <label className="grid min-w-0 flex-1 gap-1 font-semibold">
        Tìm trong câu hỏi và trả lời (gõ có dấu hoặc không dấu)
        <input type="search" name="q" defaultValue={q} maxLength={200} className="w-full rounded border border-gray-500 px-2 py-1 font-normal" />
      </label>
      <label className="grid gap-1 font-semibold">
        Chủ đề
        <select name="chu-de" defaultValue={topic} className="rounded border border-gray-500 px-2 py-1 font-normal">
          <option value="">Tất cả chủ đề</option>
          {QA_TOPICS.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-brand px-4 py-1.5 font-semibold text-white">
        Tìm
      </button>
    </form>
  );
}

export function QuestionList({ rows }: { rows: PublicQuestionCard[] }) {
  if (rows.length === 0) return <p className="mt-4">Chưa có câu hỏi nào được trả lời{' '}phù hợp.</p>;
  return (
    <ul className="mt-4 grid gap-4">
      {rows.map((r) => (
        <li key={r.id} className="border-b border-line pb-3">
          <p className="text-sm text-muted">
            {topicLabel(r.topic)} · Bạn đọc {r.senderShort} · Trả lời ngày {vnDate(r.publishedAt)}
          </p>
          <a href={qaPath(`/${r.id}`)} className="mt-1 block font-semibold text-brand-dark hover:underline">
            {r.excerpt}
            {r.excerpt.length >= 240 ? '…' : ''}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function QaLinks() {
  return (
    <p className="mt-3 flex flex-wrap gap-4 text-sm">
      <a href={qaPath('/gui')} className="rounded bg-brand px-4 py-1.5 font-semibold text-white">
        Gửi câu hỏi, góp ý
      </a>
      <a href={qaPath('/tra-cuu')} className="py-1.5 text-blue-800 underline">
        Tra cứu tình trạng câu hỏi đã gửi
      </a>
    </p>
  );
}
