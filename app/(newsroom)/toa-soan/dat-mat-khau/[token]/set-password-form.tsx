'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Alert, NewPasswordFields, primaryButton } from '../../_components/form-bits';
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
      <NewPasswordFields name="password" confirmLabel="Nhập lại mật khẩu" />
      <button type="submit" disabled={pending} className={primaryButton}>
        Đặt mật khẩu
      </button>
    </form>
  );
}
