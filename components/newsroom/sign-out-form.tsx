'use client';

import { useRef } from 'react';
import { forgetOfflineCopies } from '@/components/editor/offline-copies';

/**
 * "Đăng xuất": forgets this browser's offline copies of stories, then ends the session on the server.
 * A plain server-action form, so it still signs out without JavaScript (where nothing was kept): the
 * first submit is held while the copies are deleted, then the form is submitted again for real.
 */
export function SignOutForm({ signOut }: { signOut: () => Promise<void> }) {
  const forgotten = useRef(false);
  return (
    <form
      action={signOut}
      onSubmit={(event) => {
        if (forgotten.current) return;
        event.preventDefault();
        const form = event.currentTarget;
        void forgetOfflineCopies().finally(() => {
          forgotten.current = true;
          form.requestSubmit();
        });
      }}
    >
      <button type="submit" className="rounded border border-gray-400 px-3 py-1 font-semibold hover:bg-gray-100">
        Đăng xuất
      </button>
    </form>
  );
}
