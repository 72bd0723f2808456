// Rows for story routing (claim, assign, follow), the notifications list and its forms, and the
// daily digest setting. Targets are stories by a reporter who is none of the matrix's viewers.
import { only, staff, type MatrixEntry } from './types';

const ROUTING = 'app/(newsroom)/toa-soan/bai-viet/routing-actions.ts';
const INBOX = 'app/(newsroom)/toa-soan/thong-bao/actions.ts';
const signIn = (location: string) => location.includes('/toa-soan/dang-nhap');

export const n1Entries: MatrixEntry[] = [
  { kind: 'page', route: '/toa-soan/thong-bao', access: staff },
  // "Nhận bài" on a story in review: editors only (a leader claims only at the sign-off step).
  { kind: 'action', file: ROUTING, name: 'claimArticleAction', access: only('editor'), args: async ({ fx }) => [(await fx.article('in_review')).id] },
  // "Giao bài" to a fresh active editor: only editors hand stories on.
  {
    kind: 'action',
    file: ROUTING,
    name: 'assignArticleAction',
    access: only('editor'),
    args: async ({ fx }) => [(await fx.article('in_review')).id, (await fx.user(['editor'])).id],
  },
  // "Theo dõi": whoever may read the story (not a reporter who did not write it).
  { kind: 'action', file: ROUTING, name: 'followArticleAction', access: only('editor', 'leader', 'admin'), args: async ({ fx }) => [(await fx.article('in_review')).id, true] },
  // Marking one notification read touches only the caller's own (an id of nobody's marks nothing).
  {
    kind: 'action',
    file: INBOX,
    name: 'markNotificationReadAction',
    access: staff,
    form: {
      fields: async () => ({ id: crypto.randomUUID(), back: '/toa-soan/thong-bao' }),
      outcome: (location) => (location === '/toa-soan/thong-bao' ? 'allowed' : signIn(location) ? 'denied' : 'unclear'),
    },
  },
  {
    kind: 'action',
    file: INBOX,
    name: 'markAllNotificationsReadOnPageAction',
    access: staff,
    form: { fields: async () => ({}), outcome: (location) => (location === '/toa-soan/thong-bao' ? 'allowed' : signIn(location) ? 'denied' : 'unclear') },
  },
  {
    kind: 'action',
    file: 'app/(newsroom)/toa-soan/tai-khoan/digest-actions.ts',
    name: 'setDigestAction',
    access: staff,
    form: { fields: async () => ({ digest: 'off' }), outcome: (location) => (location.includes('?ok=thu-tom-tat-tat') ? 'allowed' : signIn(location) ? 'denied' : 'unclear') },
  },
];
