'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Alert, dangerButton, inputClass, NewPasswordFields, primaryButton, Success } from '../_components/form-bits';
import { changePasswordAction, createTokenAction, revokeTokenAction } from './actions';

export function ChangePasswordForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      currentPassword: String(data.get('currentPassword') ?? ''),
      newPassword: String(data.get('newPassword') ?? ''),
      confirm: String(data.get('confirm') ?? ''),
    };
    setError(null);
    startTransition(async () => {
      const result = await changePasswordAction(input);
      if (!result.ok) return setError(result.message);
      router.push('/toa-soan/dang-nhap?thong-bao=mat-khau-da-doi');
    });
  }
  return (
    <form onSubmit={submit} noValidate className="mt-4 grid max-w-md gap-3">
      {error ? <Alert>{error}</Alert> : null}
      <div className="grid gap-1">
        <label htmlFor="mk-hien-tai" className="font-semibold">
          Mật khẩu hiện tại
        </label>
        <input id="mk-hien-tai" name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />
      </div>
      <NewPasswordFields name="newPassword" confirmLabel="Nhập lại mật khẩu mới" />
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          Đổi mật khẩu
        </button>
      </div>
    </form>
  );
}

export function CreateTokenForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const days = String(data.get('expiresInDays') ?? '');
    const input = { name: String(data.get('name') ?? ''), expiresInDays: days ? (Number(days) as 30 | 90 | 365) : null };
    setError(null);
    setCreated(null);
    startTransition(async () => {
      const result = await createTokenAction(input);
      if (!result.ok) return setError(result.message);
      setCreated(result.data.token);
      form.reset();
      router.refresh();
    });
  }
  return (
    <form onSubmit={submit} noValidate className="mt-4 grid max-w-xl gap-3">
      {error ? <Alert>{error}</Alert> : null}
      {created ? (
        <Success>
          <p>Đã tạo token. Hãy sao chép ngay: token sẽ không hiện lại.</p>
          <label htmlFor="token-moi" className="mt-2 block font-semibold">
            Token mới
          </label>
          <input
            id="token-moi"
            readOnly
            value={created}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded border border-gray-400 bg-white px-2 py-1 font-mono text-sm"
          />
        </Success>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1">
          <label htmlFor="token-ten" className="font-semibold">
            Tên token
          </label>
          <input id="token-ten" name="name" type="text" maxLength={100} placeholder="ví dụ: nhập tin tự động" className={inputClass} />
        </div>
        <div className="grid gap-1">
          <label htmlFor="token-han" className="font-semibold">
            Thời hạn
          </label>
          <select id="token-han" name="expiresInDays" defaultValue="90" className={inputClass}>
            <option value="30">30 ngày</option>
            <option value="90">90 ngày</option>
            <option value="365">365 ngày</option>
            <option value="">Không hết hạn</option>
          </select>
        </div>
        <button type="submit" disabled={pending} className={primaryButton}>
          Tạo token
        </button>
      </div>
    </form>
  );
}

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-grid gap-1">
      {error ? <Alert>{error}</Alert> : null}
      <button
        type="button"
        disabled={pending}
        className={dangerButton}
        aria-label={`Thu hồi token ${name}`}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeTokenAction({ tokenId });
            if (!result.ok) return setError(result.message);
            router.refresh();
          })
        }
      >
        Thu hồi
      </button>
    </span>
  );
}
