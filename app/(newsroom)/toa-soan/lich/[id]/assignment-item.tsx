'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert, dangerButton, primaryButton, secondaryButton } from '../../_components/form-bits';
import { cancelAssignmentAction, updateAssignmentAction } from '../actions';
import { AssignmentFields, type AssignmentFieldValues } from './assignment-fields';

export interface AssignmentItemProps {
  id: string;
  assigneeId: string;
  assigneeName: string;
  /** Vietnam datetime-local value of the due time. */
  due: string;
  dueLabel: string;
  notes: string;
  version: number;
  articleId: string | null;
  overdue: boolean;
  cancelled: boolean;
  /** Its story was published. */
  done: boolean;
}

/**
 * One assignment of an event: for editors and leaders, "Sửa" opens its form in place and "Hủy việc
 * giao" cancels it (after a confirmation). Each sends the version shown; a refusal keeps what was typed.
 */
export function AssignmentItem({ item, staff, canManage }: { item: AssignmentItemProps; staff: Array<{ id: string; name: string }>; canManage: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [values, setValues] = useState<AssignmentFieldValues>({ assigneeId: item.assigneeId, dueAt: item.due, notes: item.notes });
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const label = `${item.assigneeName}, hạn ${item.dueLabel}`;

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await updateAssignmentAction(item.id, { ...values, version: item.version });
      if (!result.ok) return setError(result.message);
      setError(null);
      setEditing(false);
      router.refresh();
    });
  };
  const cancel = () =>
    start(async () => {
      const result = await cancelAssignmentAction(item.id, { version: item.version });
      setConfirming(false);
      if (!result.ok) return setError(result.message);
      setError(null);
      router.refresh();
    });

  return (
    <li className={`grid gap-2 rounded border border-gray-200 bg-white p-2 text-sm ${item.cancelled ? 'text-muted' : ''}`} data-testid="viec-giao">
      <p className="break-words">
        <strong className={item.cancelled ? 'line-through' : ''}>{item.assigneeName}</strong> · hạn {item.dueLabel}
        {item.cancelled ? <span className="ml-2 rounded bg-gray-600 px-1.5 text-xs font-semibold text-white">Đã hủy</span> : null}
        {item.done ? <span className="ml-2 rounded bg-green-800 px-1.5 text-xs font-semibold text-white">Đã hoàn thành</span> : null}
        {!item.cancelled && item.overdue ? <span className="ml-2 rounded bg-red-700 px-1.5 text-xs font-semibold text-white">Quá hạn</span> : null}
        {item.articleId ? (
          <>
            {' '}
            ·{' '}
            <Link href={`/toa-soan/bai-viet/${item.articleId}`} className="underline">
              Bài viết
            </Link>
          </>
        ) : item.cancelled ? null : (
          ' · chưa bắt đầu viết'
        )}
      </p>
      {item.notes && !editing ? <p className="whitespace-pre-line break-words text-muted">{item.notes}</p> : null}
      {error ? <Alert>{error}</Alert> : null}
      {canManage && !item.cancelled && !editing ? (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={secondaryButton} onClick={() => setEditing(true)} aria-label={`Sửa việc giao: ${label}`}>
            Sửa
          </button>
          {item.articleId ? null : confirming ? (
            <>
              <button type="button" className={dangerButton} onClick={cancel} disabled={pending}>
                {pending ? 'Đang hủy…' : 'Xác nhận hủy việc giao'}
              </button>
              <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
                Không hủy
              </button>
            </>
          ) : (
            <button type="button" className={secondaryButton} onClick={() => setConfirming(true)} aria-label={`Hủy việc giao: ${label}`}>
              Hủy việc giao
            </button>
          )}
        </div>
      ) : null}
      {editing ? (
        <form onSubmit={save} className="grid gap-3" aria-label={`Sửa việc giao: ${label}`}>
          <AssignmentFields
            values={values}
            onChange={setValues}
            staff={staff}
            current={{ id: item.assigneeId, name: item.assigneeName }}
            assigneeLocked={Boolean(item.articleId)}
          />
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={primaryButton} disabled={pending}>
              {pending ? 'Đang lưu…' : 'Lưu việc giao'}
            </button>
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                setEditing(false);
                setError(null);
              }}
            >
              Thôi
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
