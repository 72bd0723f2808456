'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { forgetOfflineCopies } from '@/components/editor/offline-copies';
import { Alert, dangerButton, inputClass, NewPasswordFields, primaryButton, Success } from '../_components/form-bits';
import { changePasswordAction, createTokenAction, revokeTokenAction, signOutEverywhereAction } from './actions';

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
      revokeApiTokens: data.get('revokeApiTokens') === 'on',
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
      <div className="flex items-start gap-2">
        <input id="thu-hoi-token" name="revokeApiTokens" type="checkbox" className="mt-1" aria-describedby="thu-hoi-token-mo-ta" />
        <div>
          <label htmlFor="thu-hoi-token" className="font-semibold">
            Thu hồi luôn mọi token API của tôi
          </label>
          <p id="thu-hoi-token-mo-ta" className="text-sm text-muted">
            Nên chọn nếu bạn nghi mật khẩu hoặc token đã lộ. Nếu không chọn, các token hiện có vẫn dùng được đến khi hết hạn.
          </p>
        </div>
      </div>
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          Đổi mật khẩu
        </button>
      </div>
    </form>
  );
}

/** Lifetimes offered in the form: the common ones up to the maximum, and the maximum itself. */
function lifetimeChoices(maxDays: number): number[] {
  return [...new Set([30, 90, 180, 365].filter((d) => d < maxDays).concat(maxDays))];
}

export function CreateTokenForm({ defaultDays, maxDays }: { defaultDays: number; maxDays: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const days = String(data.get('expiresInDays') ?? '');
    const input = { name: String(data.get('name') ?? ''), expiresInDays: Number(days) };
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
          <select id="token-han" name="expiresInDays" defaultValue={String(defaultDays)} className={inputClass}>
            {lifetimeChoices(maxDays).map((d) => (
              <option key={d} value={String(d)}>
                {d} ngày
              </option>
            ))}
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

export function SignOutEverywhereButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="mt-4 grid gap-2">
      {error ? <Alert>{error}</Alert> : null}
      <div>
        <button
          type="button"
          disabled={pending}
          className={dangerButton}
          onClick={() =>
            startTransition(async () => {
              const result = await signOutEverywhereAction();
              if (!result.ok) return setError(result.message);
              await forgetOfflineCopies();
              router.push('/toa-soan/dang-nhap?thong-bao=da-dang-xuat-moi-noi');
            })
          }
        >
          Đăng xuất khỏi mọi nơi
        </button>
      </div>
    </div>
  );
}
