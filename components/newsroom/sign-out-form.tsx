'use client';

import { forgetOfflineCopies } from '@/components/editor/offline-copies';

/** "Đăng xuất": forgets this browser's offline copies of stories, then ends the session on the server. */
export function SignOutForm({ signOut }: { signOut: () => Promise<void> }) {
  return (
    <form
      action={async () => {
        await forgetOfflineCopies();
        await signOut();
      }}
    >
      <button type="submit" className="rounded border border-gray-400 px-3 py-1 font-semibold hover:bg-gray-100">
        Đăng xuất
      </button>
    </form>
  );
}
