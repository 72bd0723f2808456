'use client';

import { inputClass } from '../../_components/form-bits';

// The fields of an assignment, shared by "Giao viết bài" (assign-form.tsx) and the in-place edit of
// one (assignment-item.tsx): who writes, the due time in Vietnam's time, the notes. Controlled: the
// form that holds them keeps what was typed when the server refuses it.

export interface AssignmentFieldValues {
  assigneeId: string;
  /** datetime-local value, Vietnam's time. */
  dueAt: string;
  notes: string;
}

/** The notes' bound, as assignmentInputSchema (lib/data/planning/input.ts) checks it. */
const MAX_NOTES = 2000;

export function AssignmentFields({
  values,
  onChange,
  staff,
  placeholder,
  current,
  assigneeLocked = false,
}: {
  values: AssignmentFieldValues;
  onChange: (next: AssignmentFieldValues) => void;
  /** Active staff who may write (assignableStaff). */
  staff: Array<{ id: string; name: string }>;
  /** A first, empty choice: a new assignment has no writer yet. */
  placeholder?: string;
  /** The writer now: kept selectable even when the list no longer offers them (deactivated). */
  current?: { id: string; name: string };
  /** The story was started: the writer no longer changes (the server refuses it too). */
  assigneeLocked?: boolean;
}) {
  const options = current && !staff.some((s) => s.id === current.id) ? [current, ...staff] : staff;
  const set = (change: Partial<AssignmentFieldValues>) => onChange({ ...values, ...change });
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="grid gap-1 font-semibold">
          Người viết
          <select className={inputClass} value={values.assigneeId} onChange={(e) => set({ assigneeId: e.target.value })} disabled={assigneeLocked}>
            {placeholder === undefined ? null : <option value="">{placeholder}</option>}
            {options.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 font-semibold">
          Hạn nộp (giờ Việt Nam)
          <input type="datetime-local" className={`${inputClass} min-w-0`} value={values.dueAt} onChange={(e) => set({ dueAt: e.target.value })} />
        </label>
      </div>
      <label className="grid gap-1 font-semibold">
        Ghi chú cho người viết
        <textarea className={inputClass} rows={2} maxLength={MAX_NOTES} value={values.notes} onChange={(e) => set({ notes: e.target.value })} />
      </label>
    </>
  );
}
