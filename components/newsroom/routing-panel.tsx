'use client';

// Who has the story now, and the routing buttons this viewer may use (decided on the server, which
// checks everything again): "Nhận bài", "Giao bài", "Theo dõi".
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { assignArticleAction, claimArticleAction, followArticleAction } from '@/app/(newsroom)/toa-soan/bai-viet/routing-actions';

interface Person {
  id: string;
  name: string;
}

export function RoutingPanel({
  articleId,
  assignee,
  pool,
  idle,
  canClaim,
  assignable,
  following,
}: {
  articleId: string;
  assignee: Person | null;
  /** Words for the pool holding the story when nobody is assigned ("các biên tập viên"), or null. */
  pool: string | null;
  /** Words when nobody is assigned and no pool holds it (draft: the writer). */
  idle: string;
  canClaim: boolean;
  assignable: Person[];
  following: boolean;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState('');
  const act = async (work: () => Promise<{ ok: boolean; message?: string }>) => {
    setBusy(true);
    setError(null);
    const result = await work();
    setBusy(false);
    if (!result.ok) setError(result.message ?? 'Không thực hiện được.');
    else router.refresh();
  };
  return (
    <section aria-label="Người phụ trách" className="flex min-w-0 flex-wrap items-center gap-3 rounded border border-gray-300 bg-white p-3 text-sm" data-testid="dinh-tuyen">
      <p>
        Người phụ trách: <strong data-testid="nguoi-phu-trach">{assignee ? assignee.name : pool ? `Chưa ai nhận (${pool})` : idle}</strong>
      </p>
      {canClaim ? (
        <button type="button" disabled={busy} onClick={() => void act(() => claimArticleAction(articleId))} className="rounded bg-brand px-3 py-1 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          Nhận bài
        </button>
      ) : null}
      {assignable.length > 0 ? (
        <form
          className="flex w-full min-w-0 max-w-full flex-wrap items-center gap-2 sm:w-auto"
          onSubmit={(e) => {
            e.preventDefault();
            if (!target) {
              setError('Hãy chọn người để giao bài.');
              return;
            }
            void act(() => assignArticleAction(articleId, target));
          }}
        >
          <label className="flex w-full min-w-0 max-w-full flex-wrap items-center gap-1 sm:w-auto">
            Giao cho
            {/* A long name must not widen the page on a phone: the select shrinks and cuts the name. */}
            <select value={target} onChange={(e) => setTarget(e.target.value)} className="w-full min-w-0 max-w-full rounded border border-gray-300 px-2 py-1 sm:w-auto">
              <option value="">— chọn —</option>
              {assignable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy} className="rounded border border-gray-400 px-3 py-1 font-semibold hover:bg-gray-100 disabled:opacity-60">
            Giao bài
          </button>
        </form>
      ) : null}
      <button
        type="button"
        disabled={busy}
        aria-pressed={following}
        onClick={() => void act(() => followArticleAction(articleId, !following))}
        className="ml-auto rounded border border-gray-400 px-3 py-1 font-semibold hover:bg-gray-100 disabled:opacity-60"
      >
        {following ? 'Đang theo dõi' : 'Theo dõi'}
      </button>
      {error ? (
        <p role="alert" className="w-full font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </section>
  );
}
