'use client';

import { useState, type FormEvent } from 'react';
import { Alert, FieldError, inputClass, primaryButton } from '../_components/form-bits';

interface Problem {
  code?: string;
  detail?: string;
  field?: 'email' | 'password';
}

/**
 * Posts to /api/auth/sign-in. With scripts: JSON, the server's message shown in place. Without:
 * the same endpoint takes the form post and redirects back with a message code.
 */
export function SignInForm({ next, initialError }: { next: string; initialError: string | null }) {
  const [error, setError] = useState<Problem | null>(initialError ? { detail: initialError } : null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch('/api/auth/sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ email: data.get('email'), password: data.get('password'), next }),
      });
      const body = (await response.json().catch(() => ({}))) as Problem & { next?: string };
      if (response.ok) {
        // A full load, so every server component renders for the new session.
        window.location.assign(body.next ?? next);
        return;
      }
      setError({ detail: body.detail ?? 'Không đăng nhập được. Xin thử lại.', field: body.field, code: body.code });
    } catch {
      setError({ detail: 'Không kết nối được máy chủ. Hãy kiểm tra mạng và thử lại.' });
    }
    setPending(false);
  }

  const emailError = error?.field === 'email' ? error.detail : undefined;
  const passwordError = error?.field === 'password' ? error.detail : undefined;
  return (
    <form method="post" action="/api/auth/sign-in" onSubmit={submit} noValidate className="mt-5 grid gap-4">
      <input type="hidden" name="next" value={next} />
      {error && !error.field ? <Alert>{error.detail}</Alert> : null}
      <div className="grid gap-1">
        <label htmlFor="email" className="font-semibold">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          aria-invalid={Boolean(emailError)}
          aria-describedby={emailError ? 'email-loi' : undefined}
          className={inputClass}
        />
        <FieldError id="email-loi">{emailError}</FieldError>
      </div>
      <div className="grid gap-1">
        <label htmlFor="password" className="font-semibold">
          Mật khẩu
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(passwordError)}
          aria-describedby={passwordError ? 'password-loi' : undefined}
          className={inputClass}
        />
        <FieldError id="password-loi">{passwordError}</FieldError>
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </form>
  );
}
