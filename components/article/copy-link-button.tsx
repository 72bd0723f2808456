'use client';

import { useState } from 'react';

/** Copies the story's address; says so in a live region so screen readers hear it too. */
export function CopyLinkButton({ url }: { url: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }
  return (
    <>
      <button type="button" onClick={copy} className="article-tool">
        Sao chép liên kết
      </button>
      <span role="status" className="text-sm text-muted">
        {status === 'copied' ? 'Đã sao chép liên kết.' : status === 'failed' ? `Không sao chép được, hãy chép địa chỉ: ${url}` : ''}
      </span>
    </>
  );
}
