'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert, inputClass, primaryButton, Success } from '../../_components/form-bits';
import { assignAction } from '../actions';

/** "Giao viết bài": assignee, due time (Vietnam), notes. A refusal keeps what was typed. */
export function AssignForm({ eventId, staff, defaultDue }: { eventId: string; staff: Array<{ id: string; name: string }>; defaultDue: string }) {
  const router = useRouter();
  const [assigneeId, setAssignee] = useState('');
  const [dueAt, setDue] = useState(defaultDue);
  const [notes, setNotes] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await assignAction(eventId, { assigneeId, dueAt, notes });
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setMessage({ ok: true, text: 'Đã giao viết bài.' });
      setAssignee('');
      setNotes('');
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="grid gap-3 rounded border border-gray-300 bg-white p-4" aria-labelledby="giao-viet-bai">
      <h2 id="giao-viet-bai" className="text-lg font-bold">
        Giao viết bài
      </h2>
      {message ? message.ok ? <Success>{message.text}</Success> : <Alert>{message.text}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="grid gap-1 font-semibold">
          Người viết
          <select className={inputClass} value={assigneeId} onChange={(e) => setAssignee(e.target.value)}>
            <option value="">— Chọn người viết —</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 font-semibold">
          Hạn nộp (giờ Việt Nam)
          <input type="datetime-local" className={inputClass} value={dueAt} onChange={(e) => setDue(e.target.value)} />
        </label>
      </div>
      <label className="grid gap-1 font-semibold">
        Ghi chú cho người viết
        <textarea className={inputClass} rows={2} maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? 'Đang giao…' : 'Giao viết bài'}
        </button>
      </div>
    </form>
  );
}
