'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/policy/roles';
import { Alert, inputClass, primaryButton } from '../_components/form-bits';
import { inviteUserAction, type LinkResult } from './actions';
import { LinkNotice } from './link-notice';

export function InviteUserForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<LinkResult | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      email: String(data.get('email') ?? ''),
      name: String(data.get('name') ?? ''),
      roles: data.getAll('roles').map(String) as Role[],
    };
    setError(null);
    setResult(null);
    startTransition(async () => {
      const answer = await inviteUserAction(input);
      if (!answer.ok) {
        setError(answer.message);
        return;
      }
      setResult(answer.data);
      form.reset();
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 grid max-w-xl gap-4">
      {error ? <Alert>{error}</Alert> : null}
      {result ? <LinkNotice result={result} created /> : null}
      <div className="grid gap-1">
        <label htmlFor="moi-email" className="font-semibold">
          Email
        </label>
        <input id="moi-email" name="email" type="email" autoComplete="off" maxLength={254} className={inputClass} />
      </div>
      <div className="grid gap-1">
        <label htmlFor="moi-ten" className="font-semibold">
          Họ tên
        </label>
        <input id="moi-ten" name="name" type="text" autoComplete="off" maxLength={200} className={inputClass} />
      </div>
      <fieldset className="grid gap-1">
        <legend className="font-semibold">Vai trò</legend>
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2">
            <input type="checkbox" name="roles" value={role} /> {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? 'Đang tạo…' : 'Tạo tài khoản'}
        </button>
      </div>
    </form>
  );
}
