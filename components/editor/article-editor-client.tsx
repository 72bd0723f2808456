'use client';

// The editor runs in the browser only: it reads the local journal while starting and ProseMirror
// needs the DOM, so there is nothing useful to render on the server.
import dynamic from 'next/dynamic';
import type { ArticleEditorProps } from './article-editor';

const ArticleEditor = dynamic(() => import('./article-editor').then((m) => m.ArticleEditor), {
  ssr: false,
  loading: () => <p className="text-sm text-gray-700">Đang mở trình soạn thảo…</p>,
});

export function ArticleEditorClient(props: ArticleEditorProps) {
  return <ArticleEditor {...props} />;
}
