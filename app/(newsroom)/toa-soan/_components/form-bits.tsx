import type { ReactNode } from 'react';

// Small presentational pieces shared by the newsroom's own forms (no data, no state).

export const inputClass = 'w-full rounded border border-gray-500 px-3 py-2 aria-[invalid=true]:border-red-700';
export const primaryButton = 'rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60';
export const secondaryButton = 'rounded border border-gray-500 px-3 py-1.5 font-semibold hover:bg-gray-100 disabled:opacity-60';
export const dangerButton = 'rounded border border-red-700 px-3 py-1.5 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60';

export function Alert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
      {children}
    </p>
  );
}

export function Success({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
      {children}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="text-sm text-red-800">
      {children}
    </p>
  );
}

/**
 * A new password and its confirmation (set-password link and account page). The hint repeats
 * MIN_PASSWORD_LENGTH of lib/credentials/password.ts, which the server enforces; that module is not
 * imported here because it loads the native hasher.
 */
export function NewPasswordFields({ name, confirmLabel }: { name: string; confirmLabel: string }) {
  return (
    <>
      <div className="grid gap-1">
        <label htmlFor="mk-moi" className="font-semibold">
          Mật khẩu mới
        </label>
        <input id="mk-moi" name={name} type="password" autoComplete="new-password" aria-describedby="mk-moi-goi-y" className={inputClass} />
        <p id="mk-moi-goi-y" className="text-sm text-muted">
          Ít nhất 10 ký tự.
        </p>
      </div>
      <div className="grid gap-1">
        <label htmlFor="mk-nhap-lai" className="font-semibold">
          {confirmLabel}
        </label>
        <input id="mk-nhap-lai" name="confirm" type="password" autoComplete="new-password" className={inputClass} />
      </div>
    </>
  );
}
