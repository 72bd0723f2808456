'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert, primaryButton, Success } from '../../_components/form-bits';
import { assignAction } from '../actions';
import { AssignmentFields, type AssignmentFieldValues } from './assignment-fields';

/** "Giao viết bài": assignee, due time (Vietnam), notes. A refusal keeps what was typed. */
export function AssignForm({ eventId, staff, defaultDue }: { eventId: string; staff: Array<{ id: string; name: string }>; defaultDue: string }) {
  const router = useRouter();
  const [values, setValues] = useState<AssignmentFieldValues>({ assigneeId: '', dueAt: defaultDue, notes: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await assignAction(eventId, values);
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setMessage({ ok: true, text: 'Đã giao viết bài.' });
      setValues((v) => ({ ...v, assigneeId: '', notes: '' }));
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="grid gap-3 rounded border border-gray-300 bg-white p-4" aria-labelledby="giao-viet-bai">
      <h2 id="giao-viet-bai" className="text-lg font-bold">
        Giao viết bài
      </h2>
      {message ? message.ok ? <Success>{message.text}</Success> : <Alert>{message.text}</Alert> : null}
      <AssignmentFields values={values} onChange={setValues} staff={staff} placeholder="— Chọn người viết —" />
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? 'Đang giao…' : 'Giao viết bài'}
        </button>
      </div>
    </form>
  );
}
