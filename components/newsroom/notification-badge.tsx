'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { BADGE_CAP } from '@/lib/data/notifications/inbox-limits';

/** Other islands dispatch this on window after they change what is unread (e.g. a story opened). */
export const NOTIFICATIONS_CHANGED = 'thong-bao:da-doi';
const COUNT_URL = '/toa-soan/thong-bao/chua-doc';
/** Focus and tab switches ask at most this often; navigation and NOTIFICATIONS_CHANGED always ask. */
const FOCUS_GAP_MS = 15_000;

/**
 * The header's link to the notifications with the unread count. The layout counts it on the server,
 * but a client-side navigation does not render the layout again: the island asks the count again
 * after each navigation, when told the count changed, and when the window regains focus (at most
 * every FOCUS_GAP_MS). One request at a time; no polling.
 */
export function NotificationBadge({ unread: initial }: { unread: number }) {
  const [unread, setUnread] = useState(initial);
  // A server render of the layout (after a form action revalidates it) brings a fresher count.
  const [counted, setCounted] = useState(initial);
  if (initial !== counted) {
    setCounted(initial);
    setUnread(initial);
  }
  const pathname = usePathname();
  const busy = useRef(false);
  const again = useRef(false);
  const lastAsked = useRef(0);

  const refresh = useCallback(async (force: boolean) => {
    if (busy.current) {
      if (force) again.current = true;
      return;
    }
    if (!force && Date.now() - lastAsked.current < FOCUS_GAP_MS) return;
    busy.current = true;
    try {
      do {
        again.current = false;
        lastAsked.current = Date.now();
        const response = await fetch(COUNT_URL, { cache: 'no-store', credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (!response.ok) break; // signed out or a passing failure: keep what is shown
        const body = (await response.json()) as { unread?: unknown };
        if (typeof body.unread === 'number' && Number.isInteger(body.unread) && body.unread >= 0) setUnread(body.unread);
      } while (again.current);
    } catch {
      // Offline for a moment: the next navigation or focus asks again.
    } finally {
      busy.current = false;
    }
  }, []);

  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname === firstPath.current) return; // the server just counted for this page
    firstPath.current = '';
    void refresh(true);
  }, [pathname, refresh]);

  useEffect(() => {
    const onFocus = () => void refresh(false);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh(false);
    };
    const onChanged = () => void refresh(true);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener(NOTIFICATIONS_CHANGED, onChanged);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChanged);
    };
  }, [refresh]);

  const shown = unread > BADGE_CAP ? `${BADGE_CAP}+` : String(unread);
  return (
    <Link
      href="/toa-soan/thong-bao"
      className="inline-flex items-center gap-1 rounded border border-gray-400 px-3 py-1 font-semibold hover:bg-gray-100"
      aria-label={unread > 0 ? `Thông báo: ${shown} chưa đọc` : 'Thông báo: không có thông báo chưa đọc'}
      data-testid="huy-hieu-thong-bao"
    >
      Thông báo
      {unread > 0 ? (
        <span className="rounded-full bg-brand px-2 text-xs text-white" data-testid="so-huy-hieu">
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
