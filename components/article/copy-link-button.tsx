'use client';

import { useState } from 'react';

/** Copies the story's address; says so in a live region so screen readers hear it too. */
export function CopyLinkButton({ url, labels }: { url: string; labels: { copy: string; copied: string; failed: string } }) {
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
        {labels.copy}
      </button>
      <span role="status" className="text-sm text-muted">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.failed : ''}
      </span>
    </>
  );
}
