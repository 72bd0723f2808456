// PURE. Who may fire which editorial event, and who may change an article's content.
// The workflow (lib/workflow) separately says whether the event is legal from the current state.
import type { State, WorkflowEvent } from '@/lib/workflow/transition';
import type { Role, Viewer } from './roles';

/** Roles that may fire each event, before the target rules below. `system` is the scheduler. */
export const EVENT_ROLES: Record<WorkflowEvent, readonly Role[]> = {
  submit: ['reporter', 'editor', 'leader'],
  withdraw: ['reporter', 'editor'],
  return: ['editor', 'leader'],
  forward_for_approval: ['editor'],
  approve: ['leader'],
  schedule: ['editor'],
  publish: ['editor'],
  unpublish: ['editor'],
  archive: ['editor'],
  restore: ['editor'],
};

export const CREATE_ROLES: readonly Role[] = ['reporter', 'editor', 'leader'];

export interface ArticleFacts {
  status: State;
  /** The viewer wrote it (created it or is listed among its authors). */
  viewerIsAuthor: boolean;
  /** The viewer created it or was credited as an author in any version, now or before. */
  viewerWasCredited?: boolean;
  /** Readers can reach a revision of it (it has a live revision). */
  live?: boolean;
  /** The story is routed to the viewer now (claimed, assigned, or returned to them). */
  viewerIsAssignee?: boolean;
}

export type Decision = { allowed: true } | { allowed: false; message: string };

const ALLOW: Decision = { allowed: true };
const deny = (message: string): Decision => ({ allowed: false, message });
const has = (viewer: Viewer, roles: readonly Role[]) => viewer.kind === 'user' && viewer.roles.some((r) => roles.includes(r));

export function canCreateArticle(viewer: Viewer): Decision {
  return has(viewer, CREATE_ROLES) ? ALLOW : deny('Bạn không có quyền tạo bài viết.');
}

export function canFireEvent(viewer: Viewer, event: WorkflowEvent, article: ArticleFacts): Decision {
  if (viewer.kind === 'system') return event === 'publish' || event === 'unpublish' ? ALLOW : deny('Tác vụ hệ thống chỉ được đăng hoặc gỡ bài theo lịch.');
  if (viewer.kind === 'anonymous') return deny('Hãy đăng nhập.');
  if (!has(viewer, EVENT_ROLES[event])) return deny('Vai trò của bạn không được thực hiện thao tác này.');
  const isEditor = has(viewer, ['editor']);
  const isLeader = has(viewer, ['leader']);
  switch (event) {
    case 'submit':
      // A reporter sends only their own work; editors also send revisions of others' stories.
      return article.viewerIsAuthor || isEditor ? ALLOW : deny('Bạn chỉ gửi được bài của chính mình.');
    case 'withdraw':
      if (article.status === 'scheduled') return isEditor ? ALLOW : deny('Chỉ biên tập viên hủy được lịch đăng.');
      return article.viewerIsAuthor || isEditor ? ALLOW : deny('Bạn chỉ rút lại được bài của chính mình.');
    case 'return':
      // In review the editor returns to the writer; awaiting approval the leader returns to the editor.
      if (article.status === 'awaiting_approval') return isLeader ? ALLOW : deny('Chỉ lãnh đạo trả lại được bài đang chờ duyệt.');
      return isEditor ? ALLOW : deny('Chỉ biên tập viên trả lại được bài ở bước này.');
    case 'approve':
      // Whoever was ever credited stays an author for the sign-off, even after leaving the byline.
      return article.viewerIsAuthor || article.viewerWasCredited ? deny('Không ai được tự duyệt bài của chính mình (kể cả khi đã từng đứng tên tác giả).') : ALLOW;
    default:
      return ALLOW;
  }
}

/** Whether the viewer may save new content of the article in its current state. */
export function canEditContent(viewer: Viewer, article: ArticleFacts): Decision {
  if (viewer.kind !== 'user') return deny('Hãy đăng nhập.');
  const isEditor = has(viewer, ['editor']);
  const isLeader = has(viewer, ['leader']);
  const writer = has(viewer, CREATE_ROLES);
  switch (article.status) {
    case 'draft':
      // The writer a leader returned the story to works on it, like its authors.
      if ((article.viewerIsAuthor || article.viewerIsAssignee) && writer) return ALLOW;
      return deny('Bản nháp chỉ do người viết chỉnh sửa; hãy chờ bài được gửi biên tập.');
    case 'in_review':
    case 'approved':
    case 'scheduled':
    case 'published':
    case 'unpublished':
      return isEditor ? ALLOW : deny('Chỉ biên tập viên chỉnh sửa được bài ở bước này.');
    case 'awaiting_approval':
      return isLeader ? ALLOW : deny('Bài đang chờ lãnh đạo duyệt; chỉ lãnh đạo chỉnh sửa được.');
    case 'archived':
      return deny('Bài đã lưu trữ; hãy khôi phục trước khi chỉnh sửa.');
  }
}

/** Staff may read any article once it left its writer's desk; drafts only by their authors and editors. */
export function canReadArticle(viewer: Viewer, article: ArticleFacts): Decision {
  if (viewer.kind === 'system') return ALLOW;
  if (viewer.kind !== 'user' || viewer.roles.length === 0) return deny('Hãy đăng nhập.');
  if (article.viewerIsAuthor || readsEveryArticle(viewer)) return ALLOW;
  return deny('Bạn không có quyền xem bài viết này.');
}

/**
 * canReadArticle() as a list filter: true when the viewer may read every story (editors, leaders,
 * admins); otherwise lists and searches hold only the stories the viewer wrote or is credited on.
 */
export function readsEveryArticle(viewer: Viewer): boolean {
  return viewer.kind === 'system' || has(viewer, ['editor', 'leader', 'admin']);
}

/** The editorial audit trail as a file is for administrators. */
export function canExportAudit(viewer: Viewer): Decision {
  return has(viewer, ['admin']) ? ALLOW : deny('Chỉ quản trị viên xuất được nhật ký biên tập.');
}

/**
 * Revoking a story's share link: whoever created the link, and senior staff (editors, leaders,
 * admins) for any link of a story they can read. A reporter co-writing a story cannot cut off a
 * link an editor sent out. The caller has already checked that the viewer may read the story.
 */
export function canRevokePreviewLink(viewer: Viewer, link: { createdBy: string }): Decision {
  if (viewer.kind !== 'user') return deny('Hãy đăng nhập.');
  if (link.createdBy === viewer.id || has(viewer, ['editor', 'leader', 'admin'])) return ALLOW;
  return deny('Bạn chỉ thu hồi được liên kết do chính mình tạo; hãy nhờ biên tập viên thu hồi liên kết này.');
}

/** Staff who may look up our published stories and tags while writing. */
export function canUseEditorLookups(viewer: Viewer): Decision {
  return has(viewer, CREATE_ROLES) ? ALLOW : deny('Chỉ người viết và biên tập mới dùng được tra cứu này.');
}
