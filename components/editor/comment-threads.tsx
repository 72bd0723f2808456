'use client';

// Comment threads in the story editor: the "Góp ý" button, the small form that opens a thread on
// the selected words, the panel of threads and the highlight of their anchors.
//
// The anchor is a `comment` mark in the body, so it must travel with the body's saves. The server
// writes it (lib/data/threads/threads.ts openThread: a new revision of the working copy, under the
// version check of a save) on the words selected in the version on screen; meanwhile autosave is
// held, so no save from the older version can overwrite it; then the editor puts the same mark on
// its copy and continues from the new version. If another person saved first, opening the thread is
// refused (nothing half-made) and the comment stays in the form.
import { suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { listThreadsAction, openThreadAction } from '@/app/(newsroom)/toa-soan/bai-viet/thread-actions';
import { COMMENT_MARK, commentThreadIds } from '@/lib/content/comment-marks';
import type { JSONContent } from '@/lib/content/types';
import type { ThreadView } from '@/lib/data/threads/access';
import { anchorRange, commentHighlightKey } from './comment-highlight';
import type { Person } from './mention-picker';
import { CommentBox, ThreadsPanel } from './threads-panel';

const QUOTE_MAX = 1000;

export interface EditorThreads {
  threads: ThreadView[];
  /** Names of the people the comments' @[id] mention. */
  names: Record<string, string>;
  canSettleAll: boolean;
}

interface Anchor {
  from: number;
  to: number;
  quote: string;
}

type Picked = { ok: true; anchor: Anchor } | { ok: false; message: string };

/** The words selected in the editor; when the view is read-only ProseMirror may not track the selection, so the page's is read. */
function selectedWords(editor: Editor): Picked {
  let { from, to } = editor.state.selection;
  if (from === to) {
    const dom = window.getSelection();
    if (dom && dom.rangeCount > 0 && !dom.isCollapsed && editor.view.dom.contains(dom.anchorNode) && editor.view.dom.contains(dom.focusNode)) {
      try {
        const a = editor.view.posAtDOM(dom.anchorNode!, dom.anchorOffset);
        const b = editor.view.posAtDOM(dom.focusNode!, dom.focusOffset);
        from = Math.min(a, b);
        to = Math.max(a, b);
      } catch {
        // not a position in the document
      }
    }
  }
  if (from === to) return { ok: false, message: 'Hãy chọn (bôi đen) những chữ cần góp ý trong bài rồi bấm “Góp ý”.' };
  const doc = editor.state.doc;
  const $from = doc.resolve(from);
  const quote = doc.textBetween(from, to, '\u0000', '\u0000');
  if (!$from.parent.isTextblock || !$from.sameParent(doc.resolve(to)) || quote.includes('\u0000')) {
    return { ok: false, message: 'Hãy chọn những chữ nằm trong cùng một đoạn văn, tiêu đề con hoặc ô bảng (không qua xuống dòng, ảnh hay nhiều đoạn).' };
  }
  if (quote.trim() === '') return { ok: false, message: 'Đoạn đã chọn chỉ có khoảng trắng: hãy chọn những chữ cần góp ý.' };
  if (quote.length > QUOTE_MAX) return { ok: false, message: `Đoạn đã chọn dài ${quote.length.toLocaleString('vi-VN')} ký tự, quá ${QUOTE_MAX.toLocaleString('vi-VN')}: hãy chọn đoạn ngắn hơn.` };
  return { ok: true, anchor: { from, to, quote } };
}

export function useCommentThreads(options: {
  articleId: string;
  editor: Editor | null;
  initial: EditorThreads;
  viewerId: string;
  body: unknown;
  /** Saves what is pending and holds autosave (use-autosave.ts hold/release). */
  hold: () => Promise<boolean>;
  release: (newVersion: number | null) => void;
  currentVersion: () => number;
  /** After the editor's copy got the mark: the new body goes into the fields (without a save of its own). */
  bodyChanged: (body: JSONContent) => void;
}) {
  const { articleId, editor, hold, release, currentVersion, bodyChanged } = options;
  const [threads, setThreads] = useState(options.initial.threads);
  const [known, setKnown] = useState<Record<string, string>>(options.initial.names);
  const learn = useCallback((person: Person) => setKnown((k) => (k[person.id] === person.name ? k : { ...k, [person.id]: person.name })), []);
  const [active, setActive] = useState<string | null>(null);
  const [composing, setComposing] = useState<Anchor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The selected words, kept in step with edits made while the form is open or the request runs.
  const anchorRef = useRef<Anchor | null>(null);

  const anchored = useMemo(() => new Set(commentThreadIds((options.body ?? { type: 'doc' }) as JSONContent)), [options.body]);
  const names = useMemo(() => {
    const map = new Map<string, string>(Object.entries(known));
    for (const t of threads) {
      map.set(t.createdBy, t.createdByName);
      for (const r of t.replies) map.set(r.authorId, r.authorName);
    }
    return map;
  }, [known, threads]);

  useEffect(() => {
    if (!editor) return;
    const follow = ({ transaction }: { transaction: import('@tiptap/pm/state').Transaction }) => {
      const a = anchorRef.current;
      if (!a || !transaction.docChanged) return;
      const from = transaction.mapping.map(a.from, 1);
      const to = transaction.mapping.map(a.to, -1);
      anchorRef.current = from < to ? { ...a, from, to } : null;
    };
    editor.on('transaction', follow);
    return () => {
      editor.off('transaction', follow);
    };
  }, [editor]);

  // Highlight the open threads' words (resolved ones are not) and the thread picked.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const open = new Set(threads.filter((t) => t.status === 'open').map((t) => t.id));
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightKey, { open, active }).setMeta('addToHistory', false));
  }, [editor, threads, active]);

  const show = useCallback(
    (threadId: string, focusEditor: boolean) => {
      setActive(threadId);
      if (!editor) return;
      const range = anchorRange(editor.state.doc, threadId);
      if (!range) return;
      const chain = editor.chain();
      (focusEditor ? chain.focus() : chain).setTextSelection(range).scrollIntoView().run();
      if (!focusEditor) return;
      // A read-only view does not scroll itself: bring the words into view.
      const dom = editor.view.domAtPos(range.from).node;
      (dom instanceof Element ? dom : dom.parentElement)?.scrollIntoView({ block: 'center' });
    },
    [editor],
  );

  // The approval refusal links to #gop-y-<id>: focus that card and show its words.
  useEffect(() => {
    const go = () => {
      const match = /^#gop-y-([0-9a-f-]{36})$/i.exec(window.location.hash);
      if (!match) return;
      const id = match[1]!.toLowerCase();
      const card = document.getElementById(`gop-y-${id}`);
      show(id, false);
      card?.scrollIntoView({ block: 'center' });
      card?.focus();
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, [show]);

  const refresh = useCallback(async () => {
    const result = await listThreadsAction(articleId);
    if (!result.ok) return;
    setThreads(result.data.threads);
    setKnown((k) => ({ ...k, ...result.data.names }));
  }, [articleId]);

  const start = () => {
    if (!editor) return;
    const picked = selectedWords(editor);
    if (!picked.ok) {
      setNotice(picked.message);
      return;
    }
    setNotice(null);
    anchorRef.current = picked.anchor;
    setComposing(picked.anchor);
  };

  const cancel = () => {
    anchorRef.current = null;
    setComposing(null);
    editor?.commands.focus();
  };

  const send = async (body: string): Promise<string | null> => {
    if (!editor) return 'Trình soạn thảo chưa sẵn sàng.';
    const before = anchorRef.current;
    if (!before) return 'Đoạn văn đã chọn vừa bị xóa. Hãy bấm “Hủy”, chọn lại rồi bấm “Góp ý” (nội dung góp ý vẫn còn ở đây để sao chép).';
    if (editor.state.doc.textBetween(before.from, before.to, '\u0000', '\u0000') !== before.quote) {
      return 'Đoạn văn đã chọn vừa bị sửa. Hãy bấm “Hủy”, chọn lại rồi bấm “Góp ý” (nội dung góp ý vẫn còn ở đây để sao chép).';
    }
    if (!(await hold())) return 'Bài chưa lưu xong nên chưa gắn được góp ý: xem trạng thái lưu phía trên rồi thử lại. Nội dung góp ý vẫn còn ở đây.';
    let newVersion: number | null = null;
    try {
      // Everything on screen is saved now, so the (followed) positions are positions in the saved version.
      const at = anchorRef.current ?? before;
      const result = await openThreadAction(articleId, { quote: at.quote, body, version: currentVersion(), from: at.from, to: at.to });
      if (!result.ok) {
        return result.code === 'conflict'
          ? 'Bài vừa được người khác lưu nên góp ý chưa được gắn vào bài. Hãy sao chép nội dung góp ý, tải lại trang rồi góp ý trên bản mới.'
          : result.message;
      }
      newVersion = result.data.version;
      const thread = result.data.thread;
      // The server's copy has the mark; put it on ours too, where the words are now (typing may have moved them).
      const now = anchorRef.current;
      if (now) {
        editor
          .chain()
          .command(({ tr }) => {
            tr.addMark(now.from, now.to, editor.schema.marks[COMMENT_MARK]!.create({ threadId: thread.id }));
            // Not an edit of the text: never a suggestion, even in "Chế độ gợi ý" (it was turned into a
            // suggested replacement of the quoted words by themselves while co-editing).
            tr.setMeta('preventUpdate', true).setMeta('addToHistory', false).setMeta(suggestChangesKey, { skip: true });
            return true;
          })
          .run();
      }
      bodyChanged(editor.getJSON());
      setThreads((ts) => [...ts, thread]);
      setActive(thread.id);
      anchorRef.current = null;
      setComposing(null);
      return null;
    } finally {
      release(newVersion);
    }
  };

  const button: ReactNode = (
    <button
      type="button"
      // Keeps the selection in the editor when clicked with a mouse.
      onMouseDown={(e) => e.preventDefault()}
      onClick={start}
      aria-keyshortcuts="Control+Alt+M"
      className="rounded border border-amber-600 bg-amber-50 px-2 py-1 text-sm font-semibold text-amber-900 hover:bg-amber-100"
    >
      Góp ý
    </button>
  );

  const composer: ReactNode = (
    <>
      {notice ? (
        <p role="alert" className="border-b border-gray-200 bg-amber-50 px-3 py-1 text-sm">
          {notice}
        </p>
      ) : null}
      {composing ? (
        <div className="border-b border-gray-200 bg-amber-50 p-3" data-testid="gop-y-moi">
          <p className="mb-2 text-sm">
            Góp ý cho đoạn: <q className="italic">{composing.quote}</q>
          </p>
          <CommentBox label="Nội dung góp ý" submitLabel="Gửi góp ý" articleId={articleId} learn={learn} send={send} onCancel={cancel} autoFocus />
        </div>
      ) : null}
    </>
  );

  const panel: ReactNode = (
    <ThreadsPanel
      articleId={articleId}
      threads={threads}
      onThreadChange={(t) => setThreads((ts) => ts.map((x) => (x.id === t.id ? t : x)))}
      refresh={refresh}
      anchored={anchored}
      learn={learn}
      names={names}
      viewerId={options.viewerId}
      canSettleAll={options.initial.canSettleAll}
      active={active}
      onShow={(id) => show(id, true)}
    />
  );

  return { button, composer, panel, refresh, start };
}
