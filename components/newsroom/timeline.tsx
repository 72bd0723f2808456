import type { TimelineEntry } from '@/lib/data/articles/editor-view';
import { formatDateTime } from '@/lib/time/format';
import { EVENT_LABELS, STATE_LABELS, type State, type WorkflowEvent } from '@/lib/workflow/transition';

const OTHER_EVENTS: Record<string, string> = { create: 'Tạo bài', approval_voided: 'Hủy hiệu lực duyệt (nội dung thay đổi)', content_changed: 'Sửa nội dung' };

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
