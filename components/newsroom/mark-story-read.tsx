'use client';

import { useEffect } from 'react';
import { markStoryNotificationsReadAction } from '@/app/(newsroom)/toa-soan/thong-bao/actions';
import { NOTIFICATIONS_CHANGED } from './notification-badge';

/**
 * Opening a story reads the viewer's notifications about it: posted once the page is shown, then the
 * header badge is told to count again. Renders nothing.
 */
export function MarkStoryRead({ articleId }: { articleId: string }) {
  useEffect(() => {
    let live = true;
    void markStoryNotificationsReadAction(articleId).then(
      (result) => {
        if (live && result.ok && result.data.marked > 0) window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
      },
      () => undefined, // the notices stay unread; the list's "Đã đọc" still works
    );
    return () => {
      live = false;
    };
  }, [articleId]);
  return null;
}
