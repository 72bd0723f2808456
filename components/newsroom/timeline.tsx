import type { TimelineEntry } from '@/lib/data/articles/editor-view';
import { describeFields, isRevisionField } from '@/lib/content/placement';
import { formatDateTime } from '@/lib/time/format';
import { EVENT_LABELS, STATE_LABELS, type State, type WorkflowEvent } from '@/lib/workflow/transition';

const OTHER_EVENTS: Record<string, string> = {
  create: 'Tạo bài',
  approval_voided: 'Hủy hiệu lực duyệt (nội dung thay đổi)',
  content_changed: 'Sửa nội dung',
  metadata_changed: 'Sửa thông tin bài',
  authors_changed: 'Đổi tác giả',
  revision_restored: 'Khôi phục phiên bản',
  thread_opened: 'Mở góp ý',
  thread_resolved: 'Giải quyết góp ý',
  suggestion_accepted: 'Chấp nhận gợi ý',
  suggestion_rejected: 'Từ chối gợi ý',
  thread_reopened: 'Mở lại góp ý',
};

/** The changed fields an event carries, in words ("chuyên mục và từ khóa"). */
function fieldsOf(data: Record<string, unknown>): string | null {
  const fields = Array.isArray(data.fields) ? data.fields.filter((f): f is string => typeof f === 'string').filter(isRevisionField) : [];
  return fields.length ? describeFields(fields) : null;
}

/** The story's audit trail and editorial comments, oldest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <ol className="grid gap-2 text-sm" aria-label="Lịch sử bài viết">
      {entries.map((entry) => (
        <li key={entry.id} className="border-l-2 border-gray-300 pl-3">
          <p className="text-xs text-gray-600">
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time> · {entry.actorName ?? 'Hệ thống'}
          </p>
          {entry.kind === 'event' ? (
            <p>
              <strong>{EVENT_LABELS[entry.event as WorkflowEvent] ?? OTHER_EVENTS[entry.event] ?? entry.event}</strong>
              {entry.to ? <> → {STATE_LABELS[entry.to as State]}</> : null}
              {entry.data.late ? <span className="ml-1 rounded bg-amber-100 px-1 text-xs">đăng trễ</span> : null}
              {typeof entry.data.fromNumber === 'number' ? <> (từ phiên bản #{entry.data.fromNumber})</> : null}
              {fieldsOf(entry.data) ? <span className="block text-gray-800">Sửa: {fieldsOf(entry.data)}</span> : null}
              {entry.note ? <span className="block text-gray-800">“{entry.note}”</span> : null}
            </p>
          ) : (
            <p className="rounded bg-gray-100 p-2">{entry.body}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
