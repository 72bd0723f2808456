'use client';

import { createContext, useContext, type ReactNode } from 'react';

// The error page is a client component; rather than sending next-intl's runtime and the messages
// to every reader, the root layout passes it its four strings, already in the request's language.
export interface ErrorStrings {
  title: string;
  body: string;
  retry: string;
  home: string;
  homeHref: string;
  /** The 404 pages of the reader shell, in its language (they get no params to read it from). */
  notFound?: { title: string; body: string; home: string; articleTitle: string; articleBody: string; search: string; searchHref: string };
}

const FALLBACK: ErrorStrings = {
  title: 'Đã có lỗi xảy ra',
  body: 'Hệ thống tạm thời không hiển thị được trang này. Xin vui lòng thử lại sau ít phút.',
  retry: 'Thử lại',
  home: 'Về trang chủ',
  homeHref: '/',
};

const Context = createContext<ErrorStrings>(FALLBACK);

export function ErrorStringsProvider({ value, children }: { value: ErrorStrings; children: ReactNode }) {
  return <Context value={value}>{children}</Context>;
}

export const useErrorStrings = () => useContext(Context);
