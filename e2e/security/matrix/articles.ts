// Rows for the article desk and editor (/toa-soan/bai-viet and its server actions), the articles
// API (app/api/v1/articles/**), notifications, the audit export and the public API. Targets are stories by a reporter who is none of the matrix's viewers, so a
// reporter's row shows the "not your story" rule.
import { everyone, only, staff, type Access, type MatrixEntry } from './types';

/** Staff who may read someone else's story that left (or has not left) its writer's desk. */
const readers: Access = only('editor', 'leader', 'admin');

const EDITOR_ACTIONS = 'app/(newsroom)/toa-soan/bai-viet/actions.ts';
const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Biên tập lại.' }] }] };
const writers: Access = only('reporter', 'editor', 'leader');
const said = (location: string, words: string) => location.includes('?loi=') && location.includes(words);

export const articleEntries: MatrixEntry[] = [
  // ------------------------------------------------------------------ desk and editor pages
  { kind: 'page', route: '/toa-soan/bai-viet', access: staff },
  { kind: 'page', route: '/toa-soan/bai-viet/[id]', access: readers, path: async ({ fx }) => `/toa-soan/bai-viet/${(await fx.article()).id}` },
  { kind: 'page', route: '/toa-soan/bai-viet/[id]/phien-ban', access: readers, path: async ({ fx }) => `/toa-soan/bai-viet/${(await fx.revisedArticle()).id}/phien-ban` },

  // ------------------------------------------------------------------ editor actions
  {
    kind: 'action',
    file: EDITOR_ACTIONS,
    name: 'createDraftAction',
    access: writers,
    form: {
      fields: async () => ({ kind: 'news' }),
      outcome: (location) => (/^\/toa-soan\/bai-viet\/[0-9a-f-]{36}/.test(location) ? 'allowed' : location.includes('/toa-soan/dang-nhap') || said(location, 'quyền') ? 'denied' : 'unclear'),
    },
  },
  {
    kind: 'action',
    file: EDITOR_ACTIONS,
    name: 'saveArticleAction',
    access: only('editor'),
    args: async ({ fx }) => {
      const a = await fx.article('in_review');
      return [a.id, { title: 'Tiêu đề biên tập lại', sapo: 'Sapo kiểm tra.', body: doc, baseVersion: a.version }];
    },
  },
  { kind: 'action', file: EDITOR_ACTIONS, name: 'loadArticleAction', access: readers, args: async ({ fx }) => [(await fx.article()).id] },
  { kind: 'action', file: EDITOR_ACTIONS, name: 'transitionAction', access: only('editor'), args: async ({ fx }) => { const a = await fx.article('in_review'); return [a.id, { event: 'return', note: 'Cần bổ sung.', expectedVersion: a.version }]; } },
  { kind: 'action', file: EDITOR_ACTIONS, name: 'addCommentAction', access: readers, args: async ({ fx }) => [(await fx.article()).id, 'Góp ý.'] },
  {
    kind: 'action',
    file: EDITOR_ACTIONS,
    name: 'restoreRevisionAction',
    access: only('editor'),
    args: async ({ fx }) => {
      const a = await fx.article('in_review');
      return [a.id, a.revisionId, a.version];
    },
  },
  // A lease is advice, not a lock: anyone at a desk may ask; only those who may edit get one.
  { kind: 'action', file: EDITOR_ACTIONS, name: 'claimLeaseAction', access: staff, args: async ({ fx }) => [(await fx.article('in_review')).id] },
  { kind: 'action', file: EDITOR_ACTIONS, name: 'releaseLeaseAction', access: staff, args: async ({ fx }) => [(await fx.article('in_review')).id] },
  { kind: 'action', file: EDITOR_ACTIONS, name: 'createPreviewLinkAction', access: readers, args: async ({ fx }) => [(await fx.article()).id, 2] },
  {
    kind: 'action',
    file: EDITOR_ACTIONS,
    name: 'revokePreviewLinkAction',
    access: readers,
    args: async ({ fx }) => {
      const { articleId, linkId } = await fx.previewLink();
      return [articleId, linkId];
    },
  },

  // ------------------------------------------------------------------ API
  { kind: 'api', method: 'GET', route: '/api/v1/articles', access: staff, call: async () => ({ path: '/api/v1/articles' }) },
  {
    kind: 'api',
    method: 'POST',
    route: '/api/v1/articles',
    access: only('reporter', 'editor', 'leader'),
    call: async () => ({ path: '/api/v1/articles', data: { title: `Bài mới ${crypto.randomUUID().slice(0, 6)}`, body: { type: 'doc', content: [] } } }),
  },
  { kind: 'api', method: 'GET', route: '/api/v1/articles/[id]', access: readers, call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article()).id}` }) },
  {
    kind: 'api',
    method: 'PATCH',
    route: '/api/v1/articles/[id]',
    // In review only editors change the text.
    access: only('editor'),
    call: async ({ fx }) => {
      const a = await fx.article('in_review');
      return { path: `/api/v1/articles/${a.id}`, headers: { 'If-Match': a.etag }, data: { sapo: 'Biên tập lại.' } };
    },
  },
  {
    kind: 'api',
    method: 'POST',
    route: '/api/v1/articles/[id]/transitions',
    // Returning a story in review to its writer is the editor's call.
    access: only('editor'),
    call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article('in_review')).id}/transitions`, data: { event: 'return', note: 'Cần bổ sung.' } }),
  },
  { kind: 'api', method: 'GET', route: '/api/v1/articles/[id]/comments', access: readers, call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article()).id}/comments` }) },
  {
    kind: 'api',
    method: 'POST',
    route: '/api/v1/articles/[id]/comments',
    access: readers,
    call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article()).id}/comments`, data: { body: 'Góp ý.' } }),
  },
  { kind: 'api', method: 'GET', route: '/api/v1/articles/[id]/events', access: readers, call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article()).id}/events` }) },
  { kind: 'api', method: 'GET', route: '/api/v1/articles/[id]/revisions', access: readers, call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article()).id}/revisions` }) },
  { kind: 'api', method: 'GET', route: '/api/v1/articles/[id]/preview-links', access: readers, call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article()).id}/preview-links` }) },
  {
    kind: 'api',
    method: 'POST',
    route: '/api/v1/articles/[id]/preview-links',
    access: readers,
    call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article()).id}/preview-links`, data: { hours: 2 } }),
  },
  {
    kind: 'api',
    method: 'DELETE',
    route: '/api/v1/articles/[id]/preview-links/[linkId]',
    access: readers,
    call: async ({ fx }) => {
      const { articleId, linkId } = await fx.previewLink();
      return { path: `/api/v1/articles/${articleId}/preview-links/${linkId}` };
    },
  },
  { kind: 'api', method: 'GET', route: '/api/v1/audit/workflow-events.csv', access: only('admin'), call: async () => ({ path: '/api/v1/audit/workflow-events.csv' }) },
  { kind: 'api', method: 'GET', route: '/api/v1/notifications', access: staff, call: async () => ({ path: '/api/v1/notifications' }) },
  { kind: 'api', method: 'POST', route: '/api/v1/notifications/read', access: staff, call: async () => ({ path: '/api/v1/notifications/read', data: {} }) },
  { kind: 'api', method: 'GET', route: '/api/v1/openapi.json', access: everyone, call: async () => ({ path: '/api/v1/openapi.json' }) },
  { kind: 'api', method: 'GET', route: '/api/v1/public/articles', access: everyone, call: async () => ({ path: '/api/v1/public/articles' }) },
];
