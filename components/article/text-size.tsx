'use client';

import { useSyncExternalStore } from 'react';

type Size = 'nho' | 'vua' | 'lon';
const SIZES: Array<{ size: Size; text: string }> = [
  { size: 'nho', text: 'A-' },
  { size: 'vua', text: 'A' },
  { size: 'lon', text: 'A+' },
];
// Read by public/co-chu.js before the story is drawn; the class on <html> sizes .article-body (globals.css).
const STORAGE_KEY = 'co-chu';

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function currentSize(): Size {
  const classes = document.documentElement.classList;
  return classes.contains('co-chu-nho') ? 'nho' : classes.contains('co-chu-lon') ? 'lon' : 'vua';
}

function choose(size: Size) {
  const classes = document.documentElement.classList;
  classes.remove('co-chu-nho', 'co-chu-lon');
  if (size !== 'vua') classes.add(`co-chu-${size}`);
  try {
    if (size === 'vua') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, size);
  } catch {
    // Storage blocked: the size holds on this page only.
  }
  for (const listener of listeners) listener();
}

/**
 * "A- A A+" above a story: three buttons (keyboard reachable, aria-pressed on the current one) that
 * set the story's text size and remember it in localStorage for the next story. Hidden until
 * public/co-chu.js has run, so readers without JavaScript see no button that does nothing.
 */
export function TextSize({ labels }: { labels: { group: string } & Record<Size, string> }) {
  const size = useSyncExternalStore(subscribe, currentSize, () => 'vua' as Size);
  return (
    <div role="group" aria-label={labels.group} className="text-size items-center gap-1 text-sm">
      <span aria-hidden="true" className="mr-1 text-muted">
        {labels.group}
      </span>
      {SIZES.map(({ size: option, text }) => (
        <button key={option} type="button" aria-pressed={size === option} onClick={() => choose(option)} className="article-tool min-w-11">
          <span aria-hidden="true">{text}</span>
          <span className="sr-only">{labels[option]}</span>
        </button>
      ))}
    </div>
  );
}
