'use client';

// The workflow buttons of one story: only the events this viewer may fire now (decided on the
// server), with the note or time an event needs. The server checks everything again.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { transitionAction } from '@/app/(newsroom)/toa-soan/bai-viet/actions';
import type { ActionLink } from '@/lib/auth/action';
import { fromVietnamInput } from '@/components/editor/meeting-panel';
import { EVENT_LABELS, type WorkflowEvent } from '@/lib/workflow/transition';

const NEEDS_NOTE: ReadonlySet<WorkflowEvent> = new Set(['return', 'unpublish']);
const OPTIONAL_NOTE: ReadonlySet<WorkflowEvent> = new Set(['approve']);
const PRIMARY: ReadonlySet<WorkflowEvent> = new Set(['submit', 'forward_for_approval', 'approve', 'publish']);
/** Steps that sign a version or put it before readers: they name only a version this screen showed in full. */
const SIGNS: ReadonlySet<WorkflowEvent> = new Set(['approve', 'publish', 'schedule']);

export function WorkflowActions({
  articleId,
  version,
  currentVersion,
  signVersion,
  events,
  beforeFire,
  returnTargets = [],
}: {
  articleId: string;
  /** The version on screen: every step names it, so a change saved meanwhile by someone else is never approved or published unseen. */
  version: number;
  /** The editor's own saves move the version on; read it after saving pending edits. */
  currentVersion?: () => number;
  /** Co-editing: the version approve, publish and schedule name (see ArticleEditor's signVersion). */
  signVersion?: () => number;
  events: WorkflowEvent[];
  beforeFire?: () => Promise<boolean>;
  /** A leader's return: the review editor or a writer, the first being the default. */
  returnTargets?: Array<{ id: string; name: string; kind: 'editor' | 'writer' }>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState<WorkflowEvent | null>(null);
  const [note, setNote] = useState('');
  const [at, setAt] = useState('');
  const [picked, setReturnTo] = useState('');
  // After a refresh the choices may change: a pick no longer offered falls back to the default.
  const returnTo = returnTargets.some((t) => t.id === picked) ? picked : (returnTargets[0]?.id ?? '');
  const [error, setError] = useState<{ message: string; link?: ActionLink } | null>(null);
  const [busy, setBusy] = useState(false);

  const fire = async (event: WorkflowEvent) => {
    setError(null);
    if ((NEEDS_NOTE.has(event) || OPTIONAL_NOTE.has(event) || event === 'schedule') && open !== event) {
      setOpen(event);
      return;
    }
    setBusy(true);
    if (beforeFire && !(await beforeFire())) {
      setBusy(false);
      setError({ message: 'Hãy lưu xong bài (xem trạng thái lưu) trước khi chuyển bước.' });
      return;
    }
    const iso = event === 'schedule' ? fromVietnamInput(at) : null;
    if (event === 'schedule' && !iso) {
      setBusy(false);
      setError({ message: 'Hãy chọn ngày giờ đăng.' });
      return;
    }
    const result = await transitionAction(articleId, {
      event,
      note: note || undefined,
      at: iso ?? undefined,
      expectedVersion: (SIGNS.has(event) ? signVersion?.() : undefined) ?? currentVersion?.() ?? version,
      ...(event === 'return' && returnTo ? { returnTo } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError({ message: result.message, link: result.link });
      return;
    }
    setOpen(null);
    setNote('');
    router.refresh();
  };

  if (events.length === 0) return <p className="text-sm text-gray-700">Bạn không có thao tác nào ở bước này.</p>;
  return (
    <div className="grid gap-2" data-version={version}>
      <div className="flex flex-wrap gap-2">
        {events.map((event) => (
          <button
            key={event}
            type="button"
            disabled={busy}
            onClick={() => void fire(event)}
            aria-expanded={open === event ? true : undefined}
            className={`rounded px-3 py-2 text-sm font-semibold ${PRIMARY.has(event) ? 'bg-brand text-white hover:bg-brand-dark' : 'border border-gray-400 bg-white hover:bg-gray-100'} disabled:opacity-60`}
          >
            {EVENT_LABELS[event]}
          </button>
        ))}
      </div>
      {open ? (
        <form
          className="grid gap-2 rounded border border-gray-300 bg-gray-50 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            void fire(open);
          }}
        >
          {open === 'schedule' ? (
            <label className="text-sm font-semibold">
              Đăng lúc (giờ Việt Nam)
              <input type="datetime-local" required className="mt-1 w-full rounded border border-gray-300 px-2 py-1" value={at} onChange={(e) => setAt(e.target.value)} />
            </label>
          ) : null}
          {open === 'return' && returnTargets.length > 0 ? (
            <fieldset className="text-sm">
              <legend className="font-semibold">Trả lại cho</legend>
              {returnTargets.map((t) => (
                <label key={t.id} className="mr-4 inline-flex items-center gap-1">
                  <input type="radio" name="tra-lai-cho" value={t.id} checked={returnTo === t.id} onChange={() => setReturnTo(t.id)} />
                  {t.name} ({t.kind === 'editor' ? 'biên tập viên, về bước biên tập' : 'người viết, về bản nháp'})
                </label>
              ))}
            </fieldset>
          ) : null}
          {open === 'schedule' ? null : (
            <label className="text-sm font-semibold">
              {open === 'unpublish' ? 'Lý do gỡ bài (bắt buộc)' : open === 'return' ? 'Lý do trả lại (bắt buộc)' : 'Ý kiến (không bắt buộc)'}
              <textarea required={NEEDS_NOTE.has(open)} rows={3} className="mt-1 w-full rounded border border-gray-300 px-2 py-1" value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
          )}
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={busy} className="rounded bg-brand px-3 py-1 text-sm font-semibold text-white">
              Xác nhận: {EVENT_LABELS[open]}
            </button>
            <button type="button" onClick={() => setOpen(null)} className="text-sm underline">
              Hủy
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm font-semibold text-red-800">
          {error.message}
          {error.link ? (
            <>
              {' '}
              <a href={error.link.href} className="underline">
                {error.link.label}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
