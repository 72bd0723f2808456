'use client';

// Saving one of the agency page forms: the answer is shown next to the form, the typed values stay
// in the form's state whatever happens, and a successful save refreshes the page's data.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/auth/action';

export function useSave(action: (input: unknown) => Promise<ActionResult<null>>, done: string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null);
  const save = (input: unknown) => {
    setAnswer(null);
    startTransition(async () => {
      const result = await action(input);
      if (result.ok) {
        setAnswer({ ok: true, message: done });
        router.refresh();
      } else if (result.code === 'unauthenticated') router.push(`/toa-soan/dang-nhap?tiep=${encodeURIComponent('/toa-soan/cai-dat/trang-co-quan')}`);
      else setAnswer({ ok: false, message: result.message });
    });
  };
  return { pending, answer, save };
}

export function SaveAnswer({ answer }: { answer: { ok: boolean; message: string } | null }) {
  if (!answer) return null;
  return answer.ok ? (
    <p role="status" className="rounded bg-green-50 p-2 text-sm text-green-900">{answer.message}</p>
  ) : (
    <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-900">{answer.message}</p>
  );
}

export const fieldClass = 'mt-1 block w-full min-w-0 rounded border border-gray-500 px-2 py-1 font-normal';
export const buttonClass = 'rounded border border-gray-600 px-3 py-1 font-semibold hover:bg-gray-100 disabled:opacity-60';
