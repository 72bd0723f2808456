// Text size on story pages (components/article/text-size.tsx), applied before the story is drawn:
// this file is loaded (not inline, so the cached pages' hash-based CSP admits it under 'self') just
// before the story. The choice lives in localStorage only: no cookie, and the cached page is the
// same bytes for everyone.
(function () {
  var root = document.documentElement;
  root.classList.add('co-chu-js');
  try {
    var size = window.localStorage.getItem('co-chu');
    if (size === 'nho' || size === 'lon') root.classList.add('co-chu-' + size);
  } catch {
    // Storage blocked (private mode, policy): the default size.
  }
})();
