import Link from 'next/link';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { pageData } from '@/lib/auth/guard';
import { assignOptions, questionForStaff } from '@/lib/data/questions/staff';
import { QA_MAX_ANSWER, QA_STATUS_LABELS, qaEventFrom, topicLabel, vnDate, type QaEvent } from '@/lib/qa/qa';
import { dangerButton, inputClass, primaryButton, secondaryButton } from '../../_components/form-bits';
import { erasePersonalDataAction, approveAnswerAction, assignQuestionAction, moderateQuestionAction, publishAnswerAction, rejectQuestionAction, saveAnswerAction, submitAnswerAction } from '../actions';

export const metadata: Metadata = { title: 'Câu hỏi' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ ok?: string; loi?: string }> };

const vnTime = (d: Date) => d.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });

interface StepProps {
  action: (form: FormData) => Promise<never>;
  label: string;
  className?: string;
  children?: ReactNode;
}

/** One workflow step: a small form carrying the question and the version the person saw. */
function StepForm({ id, version, action, label, className = secondaryButton, children }: StepProps & { id: string; version: number }) {
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {children}
      <div>
        <button type="submit" className={className}>
          {label}
        </button>
      </div>
    </form>
  );
}

export default async function QuestionDeskPage({ params, searchParams }: Props) {
  const [{ id }, { ok, loi }] = await Promise.all([params, searchParams]);
  const { q, options } = await pageData(`/toa-soan/hoi-dap/${id}`, async (viewer) => {
    const q = await questionForStaff(viewer, id);
    return { q, options: q.may.moderate ? await assignOptions(viewer) : { units: [], people: [] } };
  });
  const allows = (event: QaEvent) => qaEventFrom(event).includes(q.status);
  return (
    <div className="grid min-w-0 max-w-3xl gap-4">
      <p className="text-sm"><Link href="/toa-soan/hoi-dap" className="text-blue-800 underline">← Hỏi đáp</Link></p>
      <h1 className="text-xl font-bold break-words">Câu hỏi <span className="font-mono">{q.trackingCode}</span></h1>
      {ok ? <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">{ok.slice(0, 200)}</p> : null}
      {loi ? <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-900">{loi.slice(0, 400)}</p> : null}
      <dl className="grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">Trạng thái</dt>
        <dd data-testid="trang-thai">
          {QA_STATUS_LABELS[q.status]}
          {!q.verified ? <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">chưa xác minh</span> : null}
        </dd>
        <dt className="font-semibold">Chủ đề</dt>
        <dd>{topicLabel(q.topic)}</dd>
        <dt className="font-semibold">Người gửi</dt>
        <dd className="break-words">
          {q.senderName}
          {q.senderEmail ? ` · ${q.senderEmail}` : ''}
          {q.senderPhone ? ` · ${q.senderPhone}` : ''}
          {q.personalDataErasedAt ? ` (dữ liệu cá nhân đã xóa ngày ${vnDate(q.personalDataErasedAt)})` : ''}
        </dd>
        <dt className="font-semibold">Gửi lúc</dt>
        <dd>{vnTime(q.createdAt)}</dd>
        <dt className="font-semibold">Phân công</dt>
        <dd>{q.assigneeName ? `${q.assigneeName}${q.unitName ? ` – ${q.unitName}` : ''}` : 'Chưa phân công'}</dd>
        {q.approvedAt ? (
          <>
            <dt className="font-semibold">Lãnh đạo duyệt</dt>
            <dd>{q.approvedByName} lúc {vnTime(q.approvedAt)}</dd>
          </>
        ) : null}
        {q.publishedAt ? (
          <>
            <dt className="font-semibold">Đã đăng</dt>
            <dd><a href={`/hoi-dap/${q.id}`} className="text-blue-800 underline">{vnTime(q.publishedAt)}</a></dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="noi-dung-cau-hoi" className="rounded border border-gray-300 p-3">
        <h2 id="noi-dung-cau-hoi" className="font-bold">Nội dung câu hỏi</h2>
        <p className="mt-1 whitespace-pre-line break-words">{q.body}</p>
      </section>

      {q.may.moderate && allows('moderate') ? (
        <section aria-labelledby="kiem-duyet" className="grid gap-2">
          <h2 id="kiem-duyet" className="font-bold">Kiểm duyệt</h2>
          <div className="flex flex-wrap gap-3">
            <StepForm id={q.id} version={q.version} action={moderateQuestionAction} label="Hợp lệ, tiếp nhận" className={primaryButton} />
            <StepForm id={q.id} version={q.version} action={rejectQuestionAction} label="Thư rác, không tiếp nhận" className={dangerButton} />
          </div>
        </section>
      ) : q.may.moderate && allows('reject') ? (
        <StepForm id={q.id} version={q.version} action={rejectQuestionAction} label="Không tiếp nhận" className={dangerButton} />
      ) : null}

      {q.may.moderate && allows('assign') ? (
        <section aria-labelledby="phan-cong" className="grid gap-2">
          <h2 id="phan-cong" className="font-bold">Phân công trả lời</h2>
          <StepForm id={q.id} version={q.version} action={assignQuestionAction} label="Phân công">
            <label className="text-sm font-semibold">
              Đơn vị
              <select name="unitId" required defaultValue={q.unitId ?? ''} className={inputClass}>
                <option value="">— Chọn đơn vị —</option>
                {options.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </select>
            </label>
            <label className="text-sm font-semibold">
              Người soạn trả lời
              <select name="assigneeId" required defaultValue={q.assigneeId ?? ''} className={inputClass}>
                <option value="">— Chọn người —</option>
                {options.people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
            </label>
          </StepForm>
        </section>
      ) : null}

      {q.may.answer && allows('save_answer') ? (
        <section aria-labelledby="tra-loi" className="grid gap-2">
          <h2 id="tra-loi" className="font-bold">Câu trả lời</h2>
          {q.status === 'approved' || q.status === 'awaiting_approval' ? <p className="text-sm text-amber-900">Sửa câu trả lời lúc này sẽ hủy việc gửi duyệt hoặc bản đã duyệt: phải gửi lãnh đạo duyệt lại.</p> : null}
          <StepForm id={q.id} version={q.version} action={saveAnswerAction} label="Lưu câu trả lời">
            <label className="text-sm font-semibold">
              Nội dung trả lời
              <textarea name="answer" rows={10} maxLength={QA_MAX_ANSWER} required defaultValue={q.answer} className={inputClass} />
            </label>
          </StepForm>
        </section>
      ) : q.answer ? (
        <section aria-labelledby="tra-loi" className="rounded border border-gray-300 p-3">
          <h2 id="tra-loi" className="font-bold">Câu trả lời</h2>
          <p className="mt-1 whitespace-pre-line break-words">{q.answer}</p>
        </section>
      ) : null}

      {q.may.approveOwn && allows('approve') ? <p className="text-sm text-amber-900">Bạn đã soạn câu trả lời này nên không tự duyệt được: cần một lãnh đạo khác duyệt.</p> : null}
      <div className="flex flex-wrap gap-3">
        {q.may.answer && allows('submit') ? <StepForm id={q.id} version={q.version} action={submitAnswerAction} label="Gửi lãnh đạo duyệt" className={primaryButton} /> : null}
        {q.may.approve && allows('approve') ? <StepForm id={q.id} version={q.version} action={approveAnswerAction} label="Duyệt câu trả lời" className={primaryButton} /> : null}
        {q.may.moderate && allows('publish') ? <StepForm id={q.id} version={q.version} action={publishAnswerAction} label="Đăng lên cổng" className={primaryButton} /> : null}
      </div>

      {q.may.erase && !q.personalDataErasedAt ? (
        <section aria-labelledby="xoa-du-lieu" className="grid gap-2 rounded border border-red-300 p-3 text-sm">
          <h2 id="xoa-du-lieu" className="font-bold">Xóa dữ liệu cá nhân theo yêu cầu</h2>
          <p>
            Khi người gửi yêu cầu: tên được rút gọn, email và số điện thoại bị xóa ngay (không khôi phục được); câu hỏi và câu trả lời vẫn giữ. Nếu không, dữ liệu được tự động xóa
            {q.personalDataUntil ? ` sau ngày ${vnDate(q.personalDataUntil)}` : ' khi hết thời hạn lưu trữ'}.
          </p>
          <StepForm id={q.id} version={q.version} action={erasePersonalDataAction} label="Xóa dữ liệu cá nhân" className={dangerButton} />
        </section>
      ) : null}
    </div>
  );
}
