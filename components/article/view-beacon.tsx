'use client';
import { useEffect } from 'react';

/**
 * Tells the server once that this story was opened (the most-read lists). A beacon, not a render:
 * the page stays the same cached HTML for every reader; no cookie, nothing stored in the browser.
 * The server decides whether the read counts (once a day per reader and story; not bots or staff).
 */
export function ViewBeacon({ articleId }: { articleId: string }) {
  useEffect(() => {
    const body = JSON.stringify({ articleId });
    try {
      if (navigator.sendBeacon?.('/api/v1/public/views', new Blob([body], { type: 'application/json' }))) return;
    } catch {
      // Some browsers refuse a beacon (e.g. over quota): fall back to fetch below.
    }
    void fetch('/api/v1/public/views', { method: 'POST', body, keepalive: true, credentials: 'same-origin', headers: { 'Content-Type': 'application/json' } }).catch(() => {});
  }, [articleId]);
  return null;
}
