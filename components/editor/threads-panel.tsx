'use client';

// Comment threads beside the editor (issue 23): each card quotes the words it anchors to (or says
// they were deleted), its comments with @mentions, a reply box and "Đã xử lý" / "Mở lại". The
// server decides who may do what (lib/data/threads/access.ts); the buttons only follow it.
import { useId, useState } from 'react';
import { reopenThreadAction, replyThreadAction, resolveThreadAction } from '@/app/(newsroom)/toa-soan/bai-viet/thread-actions';
import type { ThreadView } from '@/lib/data/threads/access';
import { formatDateTime } from '@/lib/time/format';
import { encodeMentions, MentionPicker, withMention, type Person } from './mention-picker';

const MENTION_TOKEN = /@\[([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\]/gi;

/** A comment's text with @[id] shown as "@Name". */
export function CommentText({ body, names }: { body: string; names: Map<string, string> }) {
  const parts: Array<string | { id: string }> = [];
  let last = 0;
  for (const match of body.matchAll(MENTION_TOKEN)) {
    parts.push(body.slice(last, match.index));
    parts.push({ id: match[1]!.toLowerCase() });
    last = match.index! + match[0].length;
  }
  parts.push(body.slice(last));
  return (
    <p className="whitespace-pre-wrap break-words">
      {parts.map((p, i) => (typeof p === 'string' ? p : <strong key={i} className="text-blue-900">@{names.get(p.id) ?? 'người dùng'}</strong>))}
    </p>
  );
}

/** A comment box with the "Nhắc đến" picker; `send` answers an error message or null. */
export function CommentBox({ label, submitLabel, articleId, learn, send, onCancel, autoFocus }: { label: string; submitLabel: string; articleId: string; learn: (person: Person) => void; send: (body: string) => Promise<string | null>; onCancel?: () => void; autoFocus?: boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Person[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="grid gap-2"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) onCancel();
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        if (text.trim() === '') return setError('Hãy nhập nội dung góp ý.');
        setBusy(true);
        setError(null);
        const message = await send(encodeMentions(text, picked));
        setBusy(false);
        if (message) return setError(message); // the text stays in the box
        setText('');
        setPicked([]);
      }}
    >
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <textarea id={id} rows={3} maxLength={4000} value={text} autoFocus={autoFocus} onChange={(e) => setText(e.target.value)} className="w-full rounded border border-gray-300 px-2 py-1 text-sm" />
      <MentionPicker
        articleId={articleId}
        disabled={busy}
        onPick={(person) => {
          learn(person);
          setText((t) => withMention(t, person));
          setPicked((p) => (p.some((x) => x.id === person.id) ? p : [...p, person]));
        }}
      />
      {error ? (
        <p role="alert" className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={busy} className="rounded bg-brand px-3 py-1 text-sm font-semibold text-white disabled:opacity-60">
          {busy ? 'Đang gửi…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className="text-sm underline">
            Hủy
          </button>
        ) : null}
      </div>
    </form>
  );
}

export interface ThreadsPanelProps {
  articleId: string;
  threads: ThreadView[];
  onThreadChange: (thread: ThreadView) => void;
  /** Reads the threads again (after a reply: names and times as the server has them). */
  refresh: () => Promise<void>;
  /** Thread ids whose anchored words are in the editor now (the live text, not the last save). */
  anchored: ReadonlySet<string>;
  /** A person picked in a "Nhắc đến" box: their name shows for their @[id] from now on. */
  learn: (person: Person) => void;
  names: Map<string, string>;
  viewerId: string;
  /** The story's writers, editors and leaders settle any thread; others only their own. */
  canSettleAll: boolean;
  active: string | null;
  onShow: (threadId: string) => void;
}

export function ThreadsPanel(props: ThreadsPanelProps) {
  const [showResolved, setShowResolved] = useState(true);
  const open = props.threads.filter((t) => t.status === 'open').length;
  const shown = showResolved ? props.threads : props.threads.filter((t) => t.status === 'open');
  return (
    <section aria-labelledby="gop-y-tieu-de" className="rounded border border-gray-300 bg-white p-3" data-testid="gop-y">
      <h2 id="gop-y-tieu-de" className="font-bold">
        Góp ý trên văn bản
      </h2>
      <p className="text-sm text-gray-700">
        {props.threads.length === 0 ? 'Chưa có góp ý. Chọn một đoạn văn trong bài rồi bấm “Góp ý”.' : `${open} góp ý đang mở, ${props.threads.length - open} đã xử lý.`}
      </p>
      {props.threads.length > open ? (
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
          Hiện cả góp ý đã xử lý
        </label>
      ) : null}
      <ol className="mt-2 grid gap-3">
        {shown.map((thread) => (
          <ThreadCard key={thread.id} {...props} thread={thread} />
        ))}
      </ol>
    </section>
  );
}

function ThreadCard({ thread, articleId, onThreadChange, refresh, anchored, learn, names, viewerId, canSettleAll, active, onShow }: ThreadsPanelProps & { thread: ThreadView }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const resolved = thread.status === 'resolved';
  const deleted = !anchored.has(thread.id);
  const maySettle = canSettleAll || thread.createdBy === viewerId;
  const [first, ...rest] = thread.replies;

  const settle = async () => {
    setBusy(true);
    setError(null);
    const result = resolved ? await reopenThreadAction(articleId, thread.id) : await resolveThreadAction(articleId, thread.id);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    onThreadChange(result.data);
  };

  return (
    <li
      id={`gop-y-${thread.id}`}
      tabIndex={-1}
      data-thread-id={thread.id}
      data-status={thread.status}
      className={`grid gap-2 rounded border p-2 text-sm focus:outline focus:outline-2 focus:outline-blue-700 ${active === thread.id ? 'border-amber-600 bg-amber-50' : resolved ? 'border-gray-200 bg-gray-50' : 'border-gray-300'}`}
      aria-labelledby={`gop-y-${thread.id}-trich`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-1.5 text-xs font-semibold ${resolved ? 'bg-green-100 text-green-900' : 'bg-amber-100 text-amber-900'}`}>{resolved ? 'Đã xử lý' : 'Đang mở'}</span>
        {deleted ? <span className="rounded bg-red-100 px-1.5 text-xs font-semibold text-red-900">đoạn văn đã bị xóa</span> : null}
      </div>
      {deleted ? (
        <blockquote id={`gop-y-${thread.id}-trich`} className="border-l-4 border-gray-300 pl-2 italic text-gray-700">
          «{thread.quote}»
        </blockquote>
      ) : (
        <button type="button" id={`gop-y-${thread.id}-trich`} onClick={() => onShow(thread.id)} className="border-l-4 border-amber-500 pl-2 text-left italic underline decoration-dotted hover:bg-amber-50" aria-label={`Đến đoạn văn «${thread.quote}» trong bài`}>
          «{thread.quote}»
        </button>
      )}
      {first ? (
        <div>
          <p className="text-xs text-gray-700">
            <strong className="text-gray-900">{first.authorName}</strong> · {formatDateTime(new Date(first.createdAt))}
          </p>
          <CommentText body={first.body} names={names} />
        </div>
      ) : null}
      {rest.length > 0 ? (
        <ol className="grid gap-2 border-l-2 border-gray-200 pl-2" aria-label="Trả lời">
          {rest.map((reply) => (
            <li key={reply.id}>
              <p className="text-xs text-gray-700">
                <strong className="text-gray-900">{reply.authorName}</strong> · {formatDateTime(new Date(reply.createdAt))}
              </p>
              <CommentText body={reply.body} names={names} />
            </li>
          ))}
        </ol>
      ) : null}
      {resolved && thread.resolvedAt ? <p className="text-xs text-gray-700">Đánh dấu đã xử lý lúc {formatDateTime(new Date(thread.resolvedAt))}.</p> : null}
      <details>
        <summary className="cursor-pointer text-sm font-semibold text-blue-900">Trả lời</summary>
        <div className="mt-2">
          <CommentBox
            label="Nội dung trả lời"
            submitLabel="Gửi trả lời"
            articleId={articleId}
            learn={learn}
            send={async (body) => {
              const result = await replyThreadAction(articleId, thread.id, { body });
              if (!result.ok) return result.message;
              await refresh();
              return null;
            }}
          />
        </div>
      </details>
      {maySettle ? (
        <button type="button" disabled={busy} onClick={() => void settle()} className="justify-self-start rounded border border-gray-500 bg-white px-3 py-1 text-sm font-semibold hover:bg-gray-100 disabled:opacity-60">
          {resolved ? 'Mở lại' : 'Đã xử lý'}
        </button>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </li>
  );
}
