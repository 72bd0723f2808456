'use client';

import { useActionState } from 'react';

interface State {
  code: string;
  email: string;
  message: string;
  found: { code: string; status: string; askedAt: string; publishedHref: string | null } | null;
}

const EMPTY: State = { code: '', email: '', message: '', found: null };
const input = 'mt-1 block w-full rounded border border-gray-500 px-2 py-1.5 font-normal';

/** Works without scripts (the page comes back with the answer). */
export function LookupForm({ action }: { action: (previous: State, form: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(action, EMPTY);
  return (
    <>
      <form action={formAction} className="mt-4 grid gap-4" key={`${state.code}|${state.email}`}>
        <label className="font-semibold">
          Mã theo dõi
          <input name="code" required maxLength={40} placeholder="HD-2026-XXXXXXXX" defaultValue={state.code} className={input} />
        </label>
        <label className="font-semibold">
          Email đã dùng khi gửi
          <input name="email" type="email" required maxLength={254} autoComplete="email" defaultValue={state.email} className={input} />
        </label>
        <div>
          <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-2 font-semibold text-white disabled:opacity-60">
            Tra cứu
          </button>
        </div>
      </form>
      {state.message ? (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
      ) : null}
      {state.found ? (
        <div role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-4">
          <p>
            Câu hỏi <span className="font-mono font-bold">{state.found.code}</span>, gửi ngày {state.found.askedAt}:
          </p>
          <p className="mt-1 text-lg font-bold">{state.found.status}</p>
          {state.found.publishedHref ? (
            <p className="mt-2">
              <a href={state.found.publishedHref} className="text-blue-800 underline">
                Xem câu trả lời
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
