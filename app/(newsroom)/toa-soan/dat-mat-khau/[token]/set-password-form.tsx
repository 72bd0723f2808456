'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Alert, inputClass, primaryButton } from '../../_components/form-bits';
import { setPasswordAction } from './actions';

export function SetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { token, password: String(data.get('password') ?? ''), confirm: String(data.get('confirm') ?? '') };
    setError(null);
    startTransition(async () => {
      const result = await setPasswordAction(input);
      if (!result.ok) return setError(result.message);
      router.push('/toa-soan/dang-nhap?thong-bao=mat-khau-da-dat');
    });
  }
  return (
    <form onSubmit={submit} noValidate className="mt-5 grid gap-4">
      {error ? <Alert>{error}</Alert> : null}
      <div className="grid gap-1">
        <label htmlFor="mk-moi" className="font-semibold">
          Mật khẩu mới
        </label>
        <input id="mk-moi" name="password" type="password" autoComplete="new-password" aria-describedby="mk-moi-goi-y" className={inputClass} />
        <p id="mk-moi-goi-y" className="text-sm text-muted">
          Ít nhất 10 ký tự.
        </p>
      </div>
      <div className="grid gap-1">
        <label htmlFor="mk-nhap-lai" className="font-semibold">
          Nhập lại mật khẩu
        </label>
        <input id="mk-nhap-lai" name="confirm" type="password" autoComplete="new-password" className={inputClass} />
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        Đặt mật khẩu
      </button>
    </form>
  );
}
