// PURE. Who may do what in the media library. Only lib/data calls it.
import type { Decision } from './workflow';
import { ROLES, type Role, type Viewer } from './roles';

export type MediaAction = 'media.view' | 'media.upload' | 'media.edit' | 'media.delete';

/** Roles per action, before the one target rule (an uploader may delete their own unused item). */
export const MEDIA_ROLES: Record<MediaAction, readonly Role[]> = {
  /** Browse and search the library: any desk. */
  'media.view': ROLES,
  /** The people who write and edit stories bring the photos. */
  'media.upload': ['reporter', 'editor', 'leader'],
  /** Caption, credit and alt text are editorial work, shared by the same people. */
  'media.edit': ['reporter', 'editor', 'leader'],
  /** Anyone's unused item; an uploader's own unused item is allowed by the rule below. */
  'media.delete': ['editor', 'admin'],
};

export interface MediaFacts {
  uploadedBy: string | null;
}

const ALLOW: Decision = { allowed: true };
const deny = (message: string): Decision => ({ allowed: false, message });
const has = (viewer: Viewer, roles: readonly Role[]) => viewer.kind === 'user' && viewer.roles.some((r) => roles.includes(r));

const REFUSALS: Record<MediaAction, string> = {
  'media.view': 'Bạn không có quyền xem thư viện ảnh.',
  'media.upload': 'Vai trò của bạn không được tải ảnh hoặc tài liệu lên thư viện.',
  'media.edit': 'Vai trò của bạn không được sửa thông tin ảnh.',
  'media.delete': 'Chỉ người đã tải lên, biên tập viên hoặc quản trị viên mới xóa được tệp này.',
};

export function canMedia(viewer: Viewer, action: MediaAction, target?: MediaFacts): Decision {
  if (viewer.kind === 'system') return ALLOW;
  if (viewer.kind === 'anonymous') return deny('Hãy đăng nhập.');
  if (has(viewer, MEDIA_ROLES[action])) return ALLOW;
  // The uploader may take back their own item (any staff role), as long as no story uses it (checked by lib/data).
  if (action === 'media.delete' && target?.uploadedBy === viewer.id && has(viewer, ROLES)) return ALLOW;
  return deny(REFUSALS[action]);
}
