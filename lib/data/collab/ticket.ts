import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { collabPath } from '@/lib/collab/port';
import { signCollabTicket } from '@/lib/credentials/collab-ticket';
import { canEditContent, canReadArticle } from '@/lib/policy/workflow';
import type { Viewer } from '@/lib/policy/roles';
import { loadArticleFacts } from '../articles/load';
import { liveCoeditingSetting } from './access';
import { DataError } from '../errors';

export interface CollabTicket {
  ticket: string;
  expiresAt: string;
  /** The document name to open: the story's id. */
  document: string;
  path: string;
  /** What the server will grant now; it decides again on connect. */
  access: 'write' | 'read';
}

/** A one-minute ticket to co-edit (or watch) one story, for a signed-in staff member who may read it. */
export async function issueCollabTicket(viewer: Viewer, articleId: string): Promise<CollabTicket> {
  if (viewer.kind !== 'user') throw new DataError('unauthenticated', 'Hãy đăng nhập để cùng soạn bài viết.');
  const { facts } = await loadArticleFacts(db, viewer, articleId);
  const read = canReadArticle(viewer, facts);
  if (!read.allowed) throw new DataError('forbidden', read.message);
  const [user] = await db.select({ sessionVersion: users.sessionVersion, isActive: users.isActive }).from(users).where(eq(users.id, viewer.id)).limit(1);
  if (!user?.isActive) throw new DataError('unauthenticated', 'Tài khoản không còn hoạt động.');
  const signed = signCollabTicket({ userId: viewer.id, articleId, sessionVersion: user.sessionVersion });
  if (!signed) throw new DataError('invalid', 'Máy chủ chưa được cấu hình khóa bí mật (AUTH_SECRET) nên chưa thể cùng soạn.');
  return {
    ticket: signed.ticket,
    expiresAt: signed.expiresAt.toISOString(),
    document: articleId,
    path: collabPath(articleId),
    access: canEditContent(viewer, facts).allowed && (await liveCoeditingSetting()) ? 'write' : 'read',
  };
}

/** For the story editor: live co-editing is on and this staff member's name for their caret, or null. */
export async function coeditingFor(viewer: Viewer): Promise<{ name: string } | null> {
  if (viewer.kind !== 'user' || !(await liveCoeditingSetting())) return null;
  const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, viewer.id)).limit(1);
  return user ? { name: user.name } : null;
}
