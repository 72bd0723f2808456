'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addCommentAction } from '@/app/(newsroom)/toa-soan/bai-viet/actions';

export function CommentForm({ articleId }: { articleId: string }) {
  const router = useRouter();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="mt-3 grid gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await addCommentAction(articleId, body);
        if (!result.ok) return setError(result.message);
        setBody('');
        setError(null);
        router.refresh();
      }}
    >
      <label className="text-sm font-semibold">
        Góp ý biên tập (chỉ người trong tòa soạn thấy)
        <textarea className="mt-1 w-full rounded border border-gray-300 px-2 py-1" rows={2} value={body} onChange={(e) => setBody(e.target.value)} required maxLength={5000} />
      </label>
      <button type="submit" className="justify-self-start rounded border border-gray-500 px-3 py-1 text-sm font-semibold hover:bg-gray-100">
        Gửi góp ý
      </button>
      {error ? <p role="alert" className="text-sm text-red-800">{error}</p> : null}
    </form>
  );
}
