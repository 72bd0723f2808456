'use client';

import { useRef, useState, useTransition } from 'react';
import { formatDayAndTime } from '@/lib/time/format';
import { Alert, inputClass, primaryButton, secondaryButton, Success } from '../_components/form-bits';
import { saveHomePicksAction, searchPickableAction } from './actions';

interface Pick {
  articleId: string;
  title: string;
  expiresAt: string;
  visible: boolean;
}

const slotName = (i: number) => (i === 0 ? 'Bài chính' : `Nổi bật ${i}`);

/** Pick, order (drag, or Lên/Xuống for keyboards and screen readers), expire, save. */
export function PicksEditor({ initial, max }: { initial: Pick[]; max: number }) {
  const [picks, setPicks] = useState(initial);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Array<{ id: string; title: string; publishedAt: Date | null }> | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [announce, setAnnounce] = useState('');
  const [pending, start] = useTransition();
  const dragged = useRef<number | null>(null);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= picks.length || from === to) return;
    const next = [...picks];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setPicks(next);
    setAnnounce(`Đã chuyển “${item!.title}” tới vị trí ${to + 1}: ${slotName(to)}.`);
  };

  const search = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await searchPickableAction(query);
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      setResults(result.data);
    });
  };

  const add = (r: { id: string; title: string }) => {
    if (picks.some((p) => p.articleId === r.id)) return setMessage({ ok: false, text: 'Bài này đã có trong danh sách.' });
    if (picks.length >= max) return setMessage({ ok: false, text: `Chỉ chọn được một bài chính và tối đa ${max - 1} bài nổi bật: hãy bỏ bớt một bài.` });
    setPicks([...picks, { articleId: r.id, title: r.title, expiresAt: '', visible: true }]);
    setAnnounce(`Đã thêm “${r.title}” vào vị trí ${picks.length + 1}.`);
    setMessage(null);
  };

  const save = () =>
    start(async () => {
      const result = await saveHomePicksAction({ picks: picks.map((p) => ({ articleId: p.articleId, expiresAt: p.expiresAt })) });
      if (!result.ok) return setMessage({ ok: false, text: result.message });
      // What the server dropped (taken down, or expired while on the list) leaves the form too.
      const saved = new Set(result.data.articleIds);
      setPicks((current) => current.filter((p) => saved.has(p.articleId)));
      const notices = result.data.dropped.map((title) => `Bài “${title}” đã bị gỡ nên được bỏ khỏi trang chủ.`);
      setMessage({ ok: true, text: [...notices, result.data.count === 0 ? 'Đã lưu: trang chủ hiện bài mới nhất.' : 'Đã lưu và làm mới trang chủ.'].join(' ') });
    });

  return (
    <div className="grid gap-4">
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      {message ? message.ok ? <Success>{message.text}</Success> : <Alert>{message.text}</Alert> : null}
      <section aria-labelledby="bai-da-chon" className="grid gap-2">
        <h2 id="bai-da-chon" className="text-lg font-bold">
          Bài đã chọn ({picks.length}/{max})
        </h2>
        {picks.length === 0 ? <p className="text-sm text-muted">Chưa chọn bài nào: trang chủ hiện bài mới nhất.</p> : null}
        <ol className="grid gap-2">
          {picks.map((p, i) => (
            <li
              key={p.articleId}
              draggable
              onDragStart={(e) => {
                dragged.current = i;
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', p.articleId);
              }}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                if (dragged.current !== null) move(dragged.current, i);
                dragged.current = null;
              }}
              data-testid="bai-chon"
              className={`grid cursor-move gap-2 rounded border bg-white p-3 ${i === 0 ? 'border-brand' : 'border-gray-300'}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="min-w-0 break-words">
                  <span className="mr-2 rounded bg-gray-200 px-1.5 text-xs font-semibold">{slotName(i)}</span>
                  <strong>{p.title}</strong>
                  {!p.visible ? <span className="ml-2 text-sm text-red-800">(không còn hiển thị với bạn đọc)</span> : null}
                </p>
                <div className="flex flex-wrap gap-1">
                  <button type="button" className={secondaryButton} onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`Lên: ${p.title}`}>
                    Lên
                  </button>
                  <button type="button" className={secondaryButton} onClick={() => move(i, i + 1)} disabled={i === picks.length - 1} aria-label={`Xuống: ${p.title}`}>
                    Xuống
                  </button>
                  <button
                    type="button"
                    className={secondaryButton}
                    onClick={() => {
                      setPicks(picks.filter((_, j) => j !== i));
                      setAnnounce(`Đã bỏ “${p.title}”.`);
                    }}
                    aria-label={`Bỏ: ${p.title}`}
                  >
                    Bỏ
                  </button>
                </div>
              </div>
              <label className="flex flex-wrap items-center gap-2 text-sm">
                Hiển thị đến (để trống: không hạn)
                <input
                  type="datetime-local"
                  className="rounded border border-gray-500 px-2 py-1"
                  value={p.expiresAt}
                  onChange={(e) => setPicks(picks.map((x, j) => (j === i ? { ...x, expiresAt: e.target.value } : x)))}
                  aria-label={`Hạn hiển thị của ${p.title}`}
                />
              </label>
            </li>
          ))}
        </ol>
        <div>
          <button type="button" className={primaryButton} onClick={save} disabled={pending}>
            {pending ? 'Đang lưu…' : 'Lưu trang chủ'}
          </button>
        </div>
      </section>
      <section aria-labelledby="tim-bai" className="grid gap-2 rounded border border-gray-300 bg-white p-3">
        <h2 id="tim-bai" className="text-lg font-bold">
          Tìm bài đã đăng
        </h2>
        <form onSubmit={search} role="search" className="flex flex-wrap items-end gap-2">
          <label className="grid min-w-0 flex-1 gap-1 text-sm font-semibold">
            Tiêu đề có chứa
            <input className={inputClass} value={query} maxLength={200} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <button type="submit" className={secondaryButton} disabled={pending}>
            Tìm
          </button>
        </form>
        {results ? (
          results.length === 0 ? (
            <p className="text-sm text-muted">Không tìm thấy bài đã đăng nào.</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {results.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-gray-200 py-1">
                  <span className="min-w-0 break-words">
                    {r.title} {r.publishedAt ? <span className="text-muted">· {formatDayAndTime(r.publishedAt)}</span> : null}
                  </span>
                  <button type="button" className={secondaryButton} onClick={() => add(r)} aria-label={`Chọn: ${r.title}`}>
                    Chọn
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>
    </div>
  );
}
