'use client';

// The link dialog of the toolbar (replaces the browser prompt): an address typed in (http, https,
// mailto or a path on this site), or one of our published stories found by its title; "open in a
// new tab"; remove the link. A native modal <dialog>: the page behind is inert (focus stays
// inside), Escape closes it, focus returns to the text.
import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { searchStoriesForLinkAction } from '@/app/(newsroom)/toa-soan/bai-viet/editor-tools-actions';
import { isSafeHref } from '@/lib/content/extensions';

interface Story {
  title: string;
  href: string;
}

/** A Vietnamese message saying what to fix, or null when the address is acceptable. */
export function linkAddressProblem(raw: string): string | null {
  const href = raw.trim();
  if (href === '') return 'Hãy nhập địa chỉ liên kết hoặc chọn một bài viết.';
  if (href.startsWith('//')) return 'Địa chỉ bắt đầu bằng // trỏ sang trang khác: hãy ghi đầy đủ https://… hoặc đường dẫn trong cổng bắt đầu bằng một dấu /.';
  if (!isSafeHref(href)) return 'Địa chỉ không hợp lệ: chỉ chấp nhận http://, https://, mailto: hoặc đường dẫn trong cổng bắt đầu bằng /.';
  return null;
}

const SEARCH_DELAY_MS = 250;

/** Mounted while open (the toolbar renders it only then), so each opening starts from the link under the cursor. */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), url: useId(), urlError: useId(), search: useId(), list: useId(), newTab: useId() };
  const [existing] = useState(() => editor.getAttributes('link') as { href?: string; target?: string | null });
  const [href, setHref] = useState(existing.href ?? '');
  const [newTab, setNewTab] = useState(existing.target === '_blank');
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; stories: Story[]; note: string | null }>({ query: '', stories: [], note: null });
  const [active, setActive] = useState(-1);
  const editing = Boolean(existing.href);
  const searched = query.trim();
  // Results belong to the query they answered: a shorter or changed query shows none until its own arrive.
  const stories = searched.length >= 2 && found.query === searched ? found.stories : [];
  const searchNote = searched.length >= 2 && found.query === searched ? found.note : null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    if (searched.length < 2) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await searchStoriesForLinkAction(searched.slice(0, 100)).catch(() => null);
      if (stale) return;
      if (!result || !result.ok) {
        setFound({ query: searched, stories: [], note: result ? result.message : 'Chưa tìm được: mất kết nối, hãy thử lại.' });
        return;
      }
      setActive(-1);
      setFound({ query: searched, stories: result.data, note: result.data.length === 0 ? 'Không có bài đã đăng nào khớp.' : `${result.data.length} bài phù hợp.` });
    }, SEARCH_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [searched]);

  const finish = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = (address: string, text?: string) => {
    const problem = linkAddressProblem(address);
    if (problem) {
      setError(problem);
      return;
    }
    const attrs = { href: address.trim(), target: newTab ? '_blank' : null, rel: newTab ? 'noopener' : null };
    const chain = editor.chain().focus().extendMarkRange('link');
    // No text selected: the link brings its own text (the story's title or the address).
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: text ?? attrs.href, marks: [{ type: 'link', attrs }] }).run();
    } else if (!chain.setLink(attrs).run()) {
      setError('Chưa đặt được liên kết: hãy chọn đoạn chữ cần gắn liên kết rồi thử lại.');
      return;
    }
    finish();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    finish();
  };

  const choose = (story: Story) => {
    setHref(story.href);
    apply(story.href, story.title);
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={ids.title}
      onClose={onClose}
      onKeyDown={(e) => {
        // Keep Tab inside the dialog: from the last control back to the first, and the other way.
        if (e.key !== 'Tab') return;
        const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>('input, button, [tabindex="0"]')].filter((el) => !(el as HTMLInputElement).disabled);
        const first = focusable[0];
        const last = focusable.at(-1);
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last?.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first?.focus();
        }
      }}
      className="w-[min(36rem,calc(100vw-2rem))] rounded border border-gray-400 p-0 shadow-xl backdrop:bg-black/40"
    >
      <form
        method="dialog"
        className="grid gap-3 p-4 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          apply(href);
        }}
      >
        <h2 id={ids.title} className="text-base font-bold">
          {editing ? 'Sửa liên kết' : 'Chèn liên kết'}
        </h2>
        <div className="grid gap-1">
          <label htmlFor={ids.url} className="font-semibold">
            Địa chỉ liên kết
          </label>
          <input
            id={ids.url}
            type="text"
            inputMode="url"
            autoComplete="off"
            value={href}
            placeholder="https://… hoặc /bai-viet/…"
            onChange={(e) => {
              setHref(e.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.urlError : undefined}
            className="rounded border border-gray-400 px-2 py-1"
          />
          {error ? (
            <p id={ids.urlError} role="alert" className="text-red-800">
              {error}
            </p>
          ) : null}
        </div>
        <div className="grid gap-1">
          <label htmlFor={ids.search} className="font-semibold">
            Hoặc tìm bài đã đăng trên cổng
          </label>
          <input
            id={ids.search}
            type="search"
            role="combobox"
            autoComplete="off"
            maxLength={100}
            aria-autocomplete="list"
            aria-expanded={stories.length > 0}
            aria-controls={ids.list}
            aria-activedescendant={active >= 0 ? `${ids.list}-${active}` : undefined}
            value={query}
            placeholder="Gõ vài từ trong tiêu đề"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && stories.length > 0) {
                e.preventDefault();
                setActive((a) => (a + 1) % stories.length);
              } else if (e.key === 'ArrowUp' && stories.length > 0) {
                e.preventDefault();
                setActive((a) => (a <= 0 ? stories.length - 1 : a - 1));
              } else if (e.key === 'Enter' && active >= 0 && stories[active]) {
                e.preventDefault();
                choose(stories[active]!);
              }
            }}
            className="rounded border border-gray-400 px-2 py-1"
          />
          <ul id={ids.list} role="listbox" aria-label="Bài đã đăng" className={stories.length ? 'max-h-56 overflow-auto rounded border border-gray-300' : 'hidden'}>
            {stories.map((story, i) => (
              <li
                key={story.href}
                id={`${ids.list}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(story)}
                className={`cursor-pointer px-2 py-1 ${i === active ? 'bg-blue-100' : 'hover:bg-gray-100'}`}
              >
                {story.title}
                <span className="block text-xs text-gray-600">{story.href}</span>
              </li>
            ))}
          </ul>
          <p role="status" className="text-xs text-gray-700">
            {searchNote}
          </p>
        </div>
        <label htmlFor={ids.newTab} className="flex items-center gap-2">
          <input id={ids.newTab} type="checkbox" checked={newTab} onChange={(e) => setNewTab(e.target.checked)} />
          Mở trong thẻ mới
        </label>
        <div className="flex flex-wrap justify-between gap-2">
          <div className="flex gap-2">
            <button type="submit" className="rounded bg-blue-800 px-3 py-1 font-semibold text-white">
              {editing ? 'Cập nhật liên kết' : 'Chèn liên kết'}
            </button>
            {editing ? (
              <button type="button" onClick={remove} className="rounded border border-red-700 px-3 py-1 font-semibold text-red-800">
                Bỏ liên kết
              </button>
            ) : null}
          </div>
          <button type="button" onClick={finish} className="rounded border border-gray-400 px-3 py-1">
            Hủy
          </button>
        </div>
      </form>
    </dialog>
  );
}
