// The skip link ("Bỏ qua, đến nội dung chính") of the reader and newsroom layouts targets their one
// <main id="noi-dung">. What Next.js renders inside that <main> (pages, and the error and 404
// boundaries of every route, the questions pages included) must not bring a second one.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ReaderError from '@/app/[locale]/error';
import ReaderNotFound from '@/app/[locale]/not-found';
import NewsroomError from '@/app/(newsroom)/toa-soan/error';
import NewsroomNotFound from '@/app/(newsroom)/toa-soan/not-found';
import { ErrorStringsProvider, type ErrorStrings } from './error-strings';

const STRINGS: ErrorStrings = {
  title: 'Đã có lỗi xảy ra',
  body: 'Xin thử lại sau.',
  retry: 'Thử lại',
  home: 'Về trang chủ',
  homeHref: '/',
  notFound: { title: 'Không tìm thấy trang', body: 'Trang không tồn tại.', home: 'Về trang chủ', articleTitle: 'Không tìm thấy bài viết', articleBody: 'Bài viết không tồn tại.', search: 'Tìm kiếm', searchHref: '/tim-kiem' },
};

/** As app/[locale]/layout.tsx and app/(newsroom)/toa-soan/layout.tsx place their children. */
const inLayout = (children: ReactNode) =>
  renderToStaticMarkup(
    <ErrorStringsProvider value={STRINGS}>
      <a href="#noi-dung">Bỏ qua, đến nội dung chính</a>
      <main id="noi-dung">{children}</main>
    </ErrorStringsProvider>,
  );

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('the skip-link target inside the layouts', () => {
  const boundaries: Array<[string, ReactNode]> = [
    ['reader error page', <ReaderError key="e" error={new Error('x')} reset={() => {}} />],
    ['reader 404 page', <ReaderNotFound key="n" />],
    ['newsroom error page', <NewsroomError key="ne" error={new Error('x')} reset={() => {}} />],
    ['newsroom 404 page', <NewsroomNotFound key="nn" />],
  ];
  for (const [name, element] of boundaries) {
    it(`stays one id="noi-dung" and one <main> with the ${name}`, () => {
      const html = inLayout(element);
      expect(count(html, /id="noi-dung"/g), html).toBe(1);
      expect(count(html, /<main[\s>]/g), html).toBe(1);
    });
  }
});
