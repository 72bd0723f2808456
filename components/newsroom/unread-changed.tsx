'use client';

import { useEffect } from 'react';
import { NOTIFICATIONS_CHANGED } from './notification-badge';

/**
 * Placed where a page shows its own unread count (the notifications list, the desk): when a form
 * action marks notices read and the page renders again with a new count, the header badge is told to
 * count again (the layout's count is not reliably re-rendered with the page). Renders nothing.
 */
export function UnreadChanged({ unread }: { unread: number }) {
  useEffect(() => {
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
  }, [unread]);
  return null;
}
