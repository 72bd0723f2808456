import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { siteSettings, users } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { canEditContent, canReadArticle } from '@/lib/policy/workflow';
import { loadArticleFacts } from '../articles/load';
import { DataError } from '../errors';

export type CollabAccess = { access: 'write' | 'read' } | { access: 'none'; message: string };

/**
 * What a ticket holder may do on a story's live document, decided afresh from the database: the
 * account must be active and still at the session version the ticket was signed for (a role change,
 * deactivation or password change bumps it), then lib/policy decides with the story's current facts:
 * whoever may save its content in its state writes, whoever may read it watches, anyone else is refused.
 * While the site setting "Cùng soạn trực tiếp" is off nobody writes through the live document: the
 * setting is the server's rule, not only the editor's (a hand-made client holding a ticket watches).
 */
export async function collabAccess(claims: { userId: string; articleId: string; sessionVersion: number }): Promise<CollabAccess> {
  const [user] = await db.select({ id: users.id, roles: users.roles, isActive: users.isActive, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, claims.userId)).limit(1);
  if (!user || !user.isActive) return { access: 'none', message: 'Tài khoản không còn hoạt động.' };
  if (user.sessionVersion !== claims.sessionVersion) return { access: 'none', message: 'Quyền hoặc phiên đăng nhập đã thay đổi; hãy tải lại trang.' };
  const viewer: Viewer = { kind: 'user', id: user.id, roles: user.roles };
  let facts;
  try {
    ({ facts } = await loadArticleFacts(db, viewer, claims.articleId));
  } catch (error) {
    if (error instanceof DataError && error.code === 'not_found') return { access: 'none', message: error.userMessage };
    throw error;
  }
  if (canEditContent(viewer, facts).allowed) return { access: (await liveCoeditingSetting()) ? 'write' : 'read' };
  const read = canReadArticle(viewer, facts);
  return read.allowed ? { access: 'read' } : { access: 'none', message: read.message };
}

/** Read afresh on every decision (not the request-cached site settings: this runs in the collaboration server). */
export async function liveCoeditingSetting(): Promise<boolean> {
  const [row] = await db.select({ on: siteSettings.liveCoediting }).from(siteSettings).limit(1);
  // No settings row yet (a new portal): the column's default, on.
  return row?.on ?? true;
}
