'use client';

import { useActionState } from 'react';
import { QA_MAX_QUESTION, QA_TOPICS, type QuestionFormField } from '@/lib/qa/qa';
import { ProofOfWork } from './proof-of-work';

interface State {
  message: string;
  errors: Partial<Record<QuestionFormField, string>>;
  values: Partial<Record<QuestionFormField, string>>;
}

const EMPTY: State = { message: '', errors: {}, values: {} };
const input = 'mt-1 block w-full rounded border border-gray-500 px-2 py-1.5 font-normal aria-[invalid=true]:border-red-700';

/** Works without scripts: a plain POST of the form; the page comes back with the state (errors and what was typed). */
export function QuestionForm({ action }: { action: (previous: State, form: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(action, EMPTY);
  const v = state.values;
  const e = state.errors;
  const described = (field: QuestionFormField, hint?: string) => [e[field] ? `loi-${field}` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;
  const error = (field: QuestionFormField) =>
    e[field] ? (
      <span id={`loi-${field}`} className="mt-1 block text-sm font-normal text-red-800">
        {e[field]}
      </span>
    ) : null;
  // The key makes the fields take the returned values as their defaults after each answer.
  const key = JSON.stringify(v);
  return (
    <form action={formAction} className="mt-4 grid gap-4" noValidate key={key}>
      {state.message ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
      ) : null}
      <label className="font-semibold">
        Họ và tên <span className="font-normal">(bắt buộc)</span>
        <input name="name" autoComplete="name" required maxLength={120} defaultValue={v.name ?? ''} aria-invalid={Boolean(e.name)} aria-describedby={described('name')} className={input} />
        {error('name')}
      </label>
      <label className="font-semibold">
        Email <span className="font-normal">(bắt buộc, để nhận mã theo dõi và câu trả lời)</span>
        <input name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={v.email ?? ''} aria-invalid={Boolean(e.email)} aria-describedby={described('email')} className={input} />
        {error('email')}
      </label>
      <label className="font-semibold">
        Số điện thoại <span className="font-normal">(không bắt buộc)</span>
        <input name="phone" type="tel" autoComplete="tel" maxLength={20} defaultValue={v.phone ?? ''} aria-invalid={Boolean(e.phone)} aria-describedby={described('phone')} className={input} />
        {error('phone')}
      </label>
      <label className="font-semibold">
        Chủ đề
        <select name="topic" required defaultValue={v.topic ?? ''} aria-invalid={Boolean(e.topic)} aria-describedby={described('topic')} className={input}>
          <option value="">— Chọn chủ đề —</option>
          {QA_TOPICS.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </select>
        {error('topic')}
      </label>
      <label className="font-semibold">
        Nội dung câu hỏi, góp ý
        <textarea name="question" required rows={8} maxLength={QA_MAX_QUESTION} defaultValue={v.question ?? ''} aria-invalid={Boolean(e.question)} aria-describedby={described('question', 'goi-y-cau-hoi')} className={input} />
        <span id="goi-y-cau-hoi" className="mt-1 block text-sm font-normal text-gray-700">
          Từ 20 đến {QA_MAX_QUESTION.toLocaleString('vi-VN')} ký tự. Xin không ghi số căn cước, số tài khoản hay thông tin nhạy cảm khác.
        </span>
        {error('question')}
      </label>
      {/* Honeypot: off screen and out of the tab order; people never fill it, form-filling robots do. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label>
          Trang web (để trống)
          <input name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <label className="flex items-start gap-2">
        <input name="consent" type="checkbox" value="co" required defaultChecked={v.consent === 'co'} aria-invalid={Boolean(e.consent)} aria-describedby={described('consent')} className="mt-1 h-4 w-4" />
        <span>
          Tôi đã đọc thông báo về xử lý dữ liệu cá nhân dưới đây và đồng ý để cơ quan xử lý họ tên, email, số điện thoại của tôi nhằm trả lời câu hỏi này.
          {error('consent')}
        </span>
      </label>
      <p className="text-sm text-gray-700">Câu hỏi được kiểm duyệt trước khi chuyển đơn vị trả lời; câu hỏi gửi từ trình duyệt chưa qua bước xác minh tự động sẽ được kiểm tra kỹ hơn.</p>
      <ProofOfWork />
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-2 font-semibold text-white disabled:opacity-60">
          {pending ? 'Đang gửi…' : 'Gửi câu hỏi'}
        </button>
      </div>
    </form>
  );
}
