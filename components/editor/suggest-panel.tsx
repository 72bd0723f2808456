'use client';

// The "Chế độ gợi ý" toggle and the margin cards of open suggestions (issue 23): each card says who
// suggested what and when (Vietnam time), with "Chấp nhận" / "Từ chối"; and per person "Chấp nhận
// tất cả của …" / "Từ chối tất cả của …". Decisions run the plugin's commands in the editor, so they
// are saved with the text like any edit (autosave, conflict view, revisions).
import {
  applySuggestion,
  disableSuggestChanges,
  enableSuggestChanges,
  isSuggestChangesEnabled,
  revertSuggestion,
} from '@handlewithcare/prosemirror-suggest-changes';
import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import { listSuggestions, type Suggestion } from '@/lib/content/suggestions';
import { authorHue } from '@/lib/content/suggestions-json';
import type { JSONContent } from '@/lib/content/types';


const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }) : '';

const KIND: Record<Suggestion['kind'], string> = { insertion: 'Thêm', deletion: 'Xóa', replacement: 'Thay', modification: 'Đổi định dạng' };

export function SuggestPanel(props: { editor: Editor; body: JSONContent; articleId: string; viewerId: string; editable: boolean; defaultOn: boolean }) {
  const { editor, editable } = props;
  // The person's choice, else the default for their role; a person who may not edit never suggests.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const on = editable && (chosen ?? props.defaultOn);
  const [names, setNames] = useState<Record<string, string>>({});
  const suggestions = useMemo(() => listSuggestions(props.body), [props.body]);

  useEffect(() => {
    const enabled = isSuggestChangesEnabled(editor.state);
    if (on && !enabled) enableSuggestChanges(editor.state, editor.view.dispatch);
    if (!on && enabled) disableSuggestChanges(editor.state, editor.view.dispatch);
  }, [on, editor]);

  // Authors' names: the server knows them for saved suggestions.
  const authors = useMemo(() => [...new Set(suggestions.map((s) => s.authorId).filter((a): a is string => !!a))], [suggestions]);
  useEffect(() => {
    const missing = authors.filter((a) => a !== props.viewerId && !names[a]);
    if (missing.length === 0) return;
    let cancelled = false;
    void fetch(`/api/v1/articles/${props.articleId}/suggestions`, { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? (r.json() as Promise<{ items: Array<{ authorId: string | null; authorName: string | null }> }>) : null))
      .then((data) => {
        if (cancelled || !data) return;
        const next: Record<string, string> = {};
        for (const item of data.items) if (item.authorId && item.authorName) next[item.authorId] = item.authorName;
        setNames((n) => ({ ...n, ...next }));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [authors, names, props.articleId, props.viewerId]);
  const nameOf = (id: string | null) => (id === props.viewerId ? 'Bạn' : (id && names[id]) || 'Người gợi ý');

  const decide = (ids: string[], decision: 'accept' | 'reject') => {
    for (const id of ids) (decision === 'accept' ? applySuggestion : revertSuggestion)(id)(editor.state, editor.view.dispatch);
  };

  return (
    <section aria-labelledby="goi-y" className="rounded border border-gray-300 bg-white p-3 text-sm" data-testid="goi-y">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="goi-y" className="font-bold">
          Gợi ý ({suggestions.length})
        </h2>
        {editable ? (
          <button type="button" aria-pressed={on} onClick={() => setChosen(!on)} className={`rounded border px-2 py-1 font-semibold ${on ? 'border-amber-700 bg-amber-100 text-amber-950' : 'border-gray-400'}`}>
            Chế độ gợi ý: {on ? 'bật' : 'tắt'}
          </button>
        ) : null}
      </div>
      {authors.length > 0 && editable ? (
        <ul className="mt-2 grid gap-1">
          {authors.map((a) => {
            const ids = suggestions.filter((s) => s.authorId === a).map((s) => s.id);
            return (
              <li key={a} className="flex flex-wrap gap-2">
                <button type="button" className="underline" onClick={() => decide(ids, 'accept')}>
                  Chấp nhận tất cả của {nameOf(a)}
                </button>
                <button type="button" className="underline" onClick={() => decide(ids, 'reject')}>
                  Từ chối tất cả của {nameOf(a)}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <ol className="mt-2 grid gap-2">
        {suggestions.map((s) => (
          <li key={s.id} id={`goi-y-${s.id}`} data-testid="the-goi-y" className="rounded border-l-4 bg-gray-50 p-2" style={{ borderLeftColor: `hsl(${authorHue(s.authorId)} 70% 40%)` }}>
            <p>
              <strong>{nameOf(s.authorId)}</strong> · <time dateTime={s.createdAt ?? undefined}>{when(s.createdAt)}</time>
            </p>
            <p>
              {KIND[s.kind]}
              {s.deleted ? (
                <>
                  {' '}
                  <del>«{s.deleted}»</del>
                </>
              ) : null}
              {s.inserted ? (
                <>
                  {' '}
                  <ins>«{s.inserted}»</ins>
                </>
              ) : null}
            </p>
            {editable ? (
              <p className="mt-1 flex gap-2">
                <button type="button" className="rounded border border-green-800 px-2 text-green-900" onClick={() => decide([s.id], 'accept')}>
                  Chấp nhận
                </button>
                <button type="button" className="rounded border border-red-800 px-2 text-red-900" onClick={() => decide([s.id], 'reject')}>
                  Từ chối
                </button>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
