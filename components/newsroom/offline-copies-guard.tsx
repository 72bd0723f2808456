'use client';

import { useEffect } from 'react';
import { forgetOfflineCopies } from '@/components/editor/offline-copies';

/**
 * Signing out forgets this browser's offline copies (sign-out-form.tsx), but a session can also just
 * expire, and on a shared computer the next person must not find the last one's stories. So every
 * newsroom page cleans up as it loads: signed in, it deletes the copies of every other account (the
 * person's own copies and kept pages stay: typing not yet sent survives an expired session); signed
 * out (the sign-in page), it deletes the editor pages the service worker kept, which hold no unsent
 * typing.
 */
export function OfflineCopiesGuard({ userId }: { userId: string | null }) {
  useEffect(() => {
    void forgetOfflineCopies(userId ? { exceptUser: userId } : { pagesOnly: true });
  }, [userId]);
  return null;
}
