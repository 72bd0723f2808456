'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { EVENT_KIND_LABELS, EVENT_KINDS, PERSON_ROLE_LABELS, PERSON_ROLES, type EventInput, type EventKind } from '@/lib/data/planning/input';
import { Alert, inputClass, primaryButton, secondaryButton } from '../_components/form-bits';
import { saveEventAction } from './actions';

type PersonRole = (typeof PERSON_ROLES)[number];
export interface EventFormValues {
  kind: EventKind;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  unitId: string;
  notes: string;
  people: Array<{ personId: string; role: PersonRole }>;
}

/** Create or edit an event (an edit sends the version shown). On a refusal the message shows and every field keeps what was typed. */
export function EventForm({ id, version, initial, registry }: { id: string | null; version?: number; initial: EventFormValues; registry: { people: Array<{ id: string; name: string }>; units: Array<{ id: string; name: string }> } }) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const set = (patch: Partial<EventFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const setPerson = (i: number, patch: Partial<EventFormValues['people'][number]>) => set({ people: values.people.map((p, j) => (j === i ? { ...p, ...patch } : p)) });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const input: EventInput = { ...values, people: values.people.filter((p) => p.personId) };
      const result = await saveEventAction(id, input, version);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(null);
      router.push(`/toa-soan/lich/${result.data.id}?ok=da-luu`);
      router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="grid gap-3 rounded border border-gray-300 bg-white p-4" aria-describedby={error ? 'loi-su-kien' : undefined}>
      {error ? (
        <div id="loi-su-kien">
          <Alert>{error}</Alert>
        </div>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="grid gap-1 font-semibold">
          Loại sự kiện
          <select className={inputClass} value={values.kind} onChange={(e) => set({ kind: e.target.value as EventKind })}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {EVENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 font-semibold sm:col-span-2">
          Tên sự kiện
          <input className={inputClass} value={values.title} maxLength={300} required onChange={(e) => set({ title: e.target.value })} />
        </label>
        <label className="grid gap-1 font-semibold">
          Bắt đầu (giờ Việt Nam)
          <input type="datetime-local" className={inputClass} value={values.startsAt} required onChange={(e) => set({ startsAt: e.target.value })} />
        </label>
        <label className="grid gap-1 font-semibold">
          Kết thúc (giờ Việt Nam)
          <input type="datetime-local" className={inputClass} value={values.endsAt} required onChange={(e) => set({ endsAt: e.target.value })} />
        </label>
        <label className="grid gap-1 font-semibold">
          Địa điểm
          <input className={inputClass} value={values.location} maxLength={300} onChange={(e) => set({ location: e.target.value })} />
        </label>
        <label className="grid gap-1 font-semibold">
          Đơn vị chủ trì
          <select className={inputClass} value={values.unitId} onChange={(e) => set({ unitId: e.target.value })}>
            <option value="">— Không chọn —</option>
            {registry.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="grid gap-2">
        <legend className="font-semibold">Thành phần (từ danh mục nhân vật)</legend>
        {values.people.length === 0 ? <p className="text-sm text-muted">Chưa chọn ai.</p> : null}
        <ul className="grid gap-2">
          {values.people.map((p, i) => (
            <li key={i} className="flex flex-wrap items-end gap-2">
              <label className="grid min-w-0 flex-1 gap-1 text-sm">
                Nhân vật {i + 1}
                <select className={inputClass} value={p.personId} onChange={(e) => setPerson(i, { personId: e.target.value })}>
                  <option value="">— Chọn —</option>
                  {registry.people.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="grid gap-1 text-sm">
                Vai trò
                <select className={inputClass} value={p.role} onChange={(e) => setPerson(i, { role: e.target.value as PersonRole })}>
                  {PERSON_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {PERSON_ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className={secondaryButton} onClick={() => set({ people: values.people.filter((_, j) => j !== i) })}>
                Bỏ nhân vật {i + 1}
              </button>
            </li>
          ))}
        </ul>
        <div>
          <button type="button" className={secondaryButton} onClick={() => set({ people: [...values.people, { personId: '', role: values.people.length === 0 ? 'chair' : 'attending' }] })}>
            Thêm nhân vật
          </button>
        </div>
      </fieldset>
      <label className="grid gap-1 font-semibold">
        Ghi chú
        <textarea className={inputClass} rows={3} value={values.notes} maxLength={5000} onChange={(e) => set({ notes: e.target.value })} />
      </label>
      <div>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? 'Đang lưu…' : id ? 'Lưu sự kiện' : 'Tạo sự kiện'}
        </button>
      </div>
    </form>
  );
}
