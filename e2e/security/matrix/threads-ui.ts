// Rows for the story editor's comment threads (app/(newsroom)/toa-soan/bai-viet/thread-actions.ts):
// the same data functions, so the same policy, as the API rows in ./threads.ts. Targets are stories
// by a reporter who is none of the matrix's viewers: a reporter reads none of them, and settling
// another person's thread on another person's story is for editors and leaders.
import { only, type Access, type MatrixEntry } from './types';

const THREAD_ACTIONS = 'app/(newsroom)/toa-soan/bai-viet/thread-actions.ts';
const readers: Access = only('editor', 'leader', 'admin');
const settlers: Access = only('editor', 'leader');

export const threadsUiEntries: MatrixEntry[] = [
  { kind: 'action', file: THREAD_ACTIONS, name: 'listThreadsAction', access: readers, args: async ({ fx }) => [(await fx.article('in_review')).id] },
  { kind: 'action', file: THREAD_ACTIONS, name: 'mentionCandidatesAction', access: readers, args: async ({ fx }) => [(await fx.article('in_review')).id, 'a'] },
  {
    kind: 'action',
    file: THREAD_ACTIONS,
    name: 'openThreadAction',
    access: readers,
    // "Nội dung" is the first eight characters of the story's only paragraph (positions 1 to 9).
    args: async ({ fx }) => {
      const a = await fx.article('in_review');
      return [a.id, { quote: 'Nội dung', body: 'Xem lại đoạn này.', version: a.version, from: 1, to: 9 }];
    },
  },
  {
    kind: 'action',
    file: THREAD_ACTIONS,
    name: 'replyThreadAction',
    access: readers,
    args: async ({ fx }) => {
      const t = await fx.thread();
      return [t.articleId, t.threadId, { body: 'Đã sửa.' }];
    },
  },
  {
    kind: 'action',
    file: THREAD_ACTIONS,
    name: 'resolveThreadAction',
    access: settlers,
    args: async ({ fx }) => {
      const t = await fx.thread();
      return [t.articleId, t.threadId];
    },
  },
  {
    kind: 'action',
    file: THREAD_ACTIONS,
    name: 'reopenThreadAction',
    access: settlers,
    args: async ({ fx }) => {
      const t = await fx.thread('resolved');
      return [t.articleId, t.threadId];
    },
  },
];
