'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/auth/action';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/policy/roles';
import { Alert, dangerButton, primaryButton, secondaryButton, Success } from '../_components/form-bits';
import { changeRolesAction, clearLockAction, passwordLinkAction, revokeUserTokensAction, setActiveAction, type LinkResult } from './actions';
import { LinkNotice } from './link-notice';

/** Runs an action, shows its message, refreshes the page's server data on success. */
function useAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  function run<T>(action: () => Promise<ActionResult<T>>, okText: string, onOk?: (data: T) => void) {
    setMessage(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setMessage({ ok: true, text: okText });
      onOk?.(result.data);
      router.refresh();
    });
  }
  const feedback = message ? message.ok ? <Success>{message.text}</Success> : <Alert>{message.text}</Alert> : null;
  return { pending, run, feedback };
}

export function RolesForm({ userId, roles }: { userId: string; roles: readonly Role[] }) {
  const { pending, run, feedback } = useAction();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).getAll('roles').map(String) as Role[];
    run(() => changeRolesAction({ userId, roles: chosen }), 'Đã lưu vai trò. Người dùng sẽ phải đăng nhập lại.');
  }
  return (
    <form onSubmit={submit} className="grid gap-3">
      {feedback}
      <fieldset className="grid gap-1">
        <legend className="font-semibold">Vai trò</legend>
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2">
            <input type="checkbox" name="roles" value={role} defaultChecked={roles.includes(role)} /> {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          Lưu vai trò
        </button>
      </div>
    </form>
  );
}

export function ActiveToggle({ userId, isActive }: { userId: string; isActive: boolean }) {
  const { pending, run, feedback } = useAction();
  return (
    <div className="grid gap-2">
      {feedback}
      <div>
        {isActive ? (
          <button type="button" disabled={pending} className={dangerButton} onClick={() => run(() => setActiveAction({ userId, active: false }), 'Đã vô hiệu hóa tài khoản.')}>
            Vô hiệu hóa tài khoản
          </button>
        ) : (
          <button type="button" disabled={pending} className={secondaryButton} onClick={() => run(() => setActiveAction({ userId, active: true }), 'Đã kích hoạt lại tài khoản.')}>
            Kích hoạt lại tài khoản
          </button>
        )}
      </div>
    </div>
  );
}

export function RevokeUserTokensButton({ userId }: { userId: string }) {
  const { pending, run, feedback } = useAction();
  return (
    <div className="grid gap-2">
      {feedback}
      <div>
        <button type="button" disabled={pending} className={dangerButton} onClick={() => run(() => revokeUserTokensAction({ userId }), 'Đã thu hồi mọi token API của người dùng.')}>
          Thu hồi mọi token API
        </button>
      </div>
    </div>
  );
}

export function PasswordLinkButton({ userId }: { userId: string }) {
  const { pending, run, feedback } = useAction();
  const [link, setLink] = useState<LinkResult | null>(null);
  return (
    <div className="grid gap-2">
      {link ? <LinkNotice result={link} created={false} /> : feedback}
      <div>
        <button type="button" disabled={pending} className={secondaryButton} onClick={() => run(() => passwordLinkAction({ userId }), 'Đã tạo liên kết.', setLink)}>
          Tạo liên kết đặt lại mật khẩu
        </button>
      </div>
    </div>
  );
}

export function UnlockButton({ target, label }: { target: { email: string } | { ip: string }; label: string }) {
  const { pending, run, feedback } = useAction();
  return (
    <span className="inline-grid gap-1">
      {feedback}
      <button type="button" disabled={pending} className={secondaryButton} onClick={() => run(() => clearLockAction(target), 'Đã mở khóa đăng nhập.')}>
        {label}
      </button>
    </span>
  );
}
