// Rows for the comment threads of a story (issue 23): app/api/v1/articles/[id]/threads/**. Targets
// are stories by a reporter who is none of the matrix's viewers, so a reporter's row shows the
// "not your story" rule; settling a thread is for its author, the writers, editors and leaders.
import { only, type Access, type MatrixEntry } from './types';

/** Staff who may read someone else's story that left its writer's desk. */
const readers: Access = only('editor', 'leader', 'admin');
/** Of those, who may resolve or reopen another person's thread on another person's story. */
const settlers: Access = only('editor', 'leader');

export const threadEntries: MatrixEntry[] = [
  { kind: 'api', method: 'GET', route: '/api/v1/articles/[id]/threads', access: readers, call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article('in_review')).id}/threads` }) },
  {
    kind: 'api',
    method: 'POST',
    route: '/api/v1/articles/[id]/threads',
    access: readers,
    call: async ({ fx }) => ({ path: `/api/v1/articles/${(await fx.article('in_review')).id}/threads`, data: { quote: 'Nội dung', body: 'Xem lại đoạn này.' } }),
  },
  {
    kind: 'api',
    method: 'POST',
    route: '/api/v1/articles/[id]/threads/[threadId]/replies',
    access: readers,
    call: async ({ fx }) => {
      const t = await fx.thread();
      return { path: `/api/v1/articles/${t.articleId}/threads/${t.threadId}/replies`, data: { body: 'Đã sửa.' } };
    },
  },
  {
    kind: 'api',
    method: 'POST',
    route: '/api/v1/articles/[id]/threads/[threadId]/resolve',
    access: settlers,
    call: async ({ fx }) => {
      const t = await fx.thread();
      return { path: `/api/v1/articles/${t.articleId}/threads/${t.threadId}/resolve` };
    },
  },
  {
    kind: 'api',
    method: 'POST',
    route: '/api/v1/articles/[id]/threads/[threadId]/reopen',
    access: settlers,
    call: async ({ fx }) => {
      const t = await fx.thread('resolved');
      return { path: `/api/v1/articles/${t.articleId}/threads/${t.threadId}/reopen` };
    },
  },
];
