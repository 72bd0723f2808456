// PURE. Who may take or hand on a story at its current step (claim, assign), and follow it.
import type { State } from '@/lib/workflow/transition';
import type { Role, Viewer } from './roles';
import type { ArticleFacts, Decision } from './workflow';

const ALLOW: Decision = { allowed: true };
const deny = (message: string): Decision => ({ allowed: false, message });
const has = (viewer: Viewer, roles: readonly Role[]) => viewer.kind === 'user' && viewer.roles.some((r) => roles.includes(r));

/** The role that works a story in each state; where none, the story cannot be claimed or assigned. */
export function stageRole(status: State): Role | null {
  if (status === 'in_review') return 'editor';
  if (status === 'awaiting_approval') return 'leader';
  return null;
}

/** "Nhận bài": an editor takes a story in review, a leader one awaiting sign-off (never their own). */
export function canClaimArticle(viewer: Viewer, article: ArticleFacts): Decision {
  if (viewer.kind !== 'user') return deny('Hãy đăng nhập.');
  const role = stageRole(article.status);
  if (!role) return deny('Bài ở bước này không cần người nhận.');
  if (!has(viewer, [role])) return deny(role === 'editor' ? 'Chỉ biên tập viên nhận được bài đang chờ biên tập.' : 'Chỉ lãnh đạo nhận được bài đang chờ duyệt.');
  if (role === 'leader' && (article.viewerIsAuthor || article.viewerWasCredited)) return deny('Không ai được tự duyệt bài của chính mình.');
  return ALLOW;
}

/** An editor hands a story in review to an editor, or one awaiting sign-off to a leader. */
export function canAssignArticle(viewer: Viewer, article: ArticleFacts): Decision {
  if (viewer.kind !== 'user') return deny('Hãy đăng nhập.');
  if (!has(viewer, ['editor'])) return deny('Chỉ biên tập viên giao được bài.');
  if (!stageRole(article.status)) return deny('Bài ở bước này không giao được cho ai.');
  return ALLOW;
}

/** Whether the chosen person can take the story at its step (a wrong choice, not a lack of rights). */
export function assigneeFits(article: ArticleFacts, assignee: { roles: readonly Role[]; isActive: boolean; isAuthor: boolean }): Decision {
  const role = stageRole(article.status);
  if (!role || !assignee.isActive || !assignee.roles.includes(role)) {
    return deny(role === 'leader' ? 'Hãy chọn một lãnh đạo đang hoạt động.' : 'Hãy chọn một biên tập viên đang hoạt động.');
  }
  if (role === 'leader' && assignee.isAuthor) return deny('Không giao bài cho lãnh đạo đứng tên tác giả: không ai tự duyệt bài của mình.');
  return ALLOW;
}

/** Anyone who may read the story may follow it. */
export function canFollowArticle(viewer: Viewer): Decision {
  return has(viewer, ['reporter', 'editor', 'leader', 'admin']) ? ALLOW : deny('Hãy đăng nhập.');
}
