import 'server-only';
import { and, count, desc, eq, gte, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleAuthors, articles, revisions, sections, users } from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import type { State } from '@/lib/workflow/transition';
import { DataError } from '../errors';
import { creditedTo } from './load';

export interface QueueItem {
  id: string;
  title: string;
  status: State;
  section: string | null;
  authorName: string | null;
  updatedAt: Date;
  scheduledAt: Date | null;
  publishedAt: Date | null;
}

export interface WorkQueue {
  key: 'my_drafts' | 'returned_to_me' | 'unclaimed' | 'assigned_to_me' | 'to_review' | 'to_approve' | 'to_publish' | 'scheduled' | 'recently_published';
  title: string;
  empty: string;
  count: number;
  items: QueueItem[];
}

const ITEMS = 8;

/** The queues each role works from, with counts. Ownership and "not my own story" are in the WHERE. */
export async function workQueues(viewer: Viewer): Promise<WorkQueue[]> {
  if (viewer.kind !== 'user' || viewer.roles.length === 0) throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  const has = (...roles: Role[]) => viewer.roles.some((r) => roles.includes(r));
  const mine = or(
    eq(articles.createdBy, viewer.id),
    sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.userId} = ${viewer.id})`,
  )!;
  // Claims and assignments are recorded as events too; the step that brought the story here is the last other one.
  const lastEventIs = (event: string) =>
    sql`(select we.event from workflow_events we where we.article_id = ${articles.id} and we.event not in ('claim', 'assign') order by we.id desc limit 1) = ${event}`;
  const specs: Array<Omit<WorkQueue, 'count' | 'items'> & { where: SQL; order?: 'updated' | 'scheduled' | 'published' }> = [];
  if (has('reporter', 'editor', 'leader')) {
    // Returned to the viewer: a draft returned to them (or to its writers, when nobody was named), or a
    // story a leader returned to them as its editor.
    const returnedToMe = or(
      and(eq(articles.status, 'draft'), or(eq(articles.assigneeId, viewer.id), and(isNull(articles.assigneeId), mine))),
      and(eq(articles.status, 'in_review'), eq(articles.assigneeId, viewer.id)),
    )!;
    specs.push({ key: 'returned_to_me', title: 'Bị trả lại, cần sửa', empty: 'Không có bài nào bị trả lại.', where: and(returnedToMe, lastEventIs('return'))! });
    specs.push({ key: 'my_drafts', title: 'Bản nháp của tôi', empty: 'Bạn chưa có bản nháp nào.', where: and(eq(articles.status, 'draft'), mine)! });
  }
  if (has('editor')) {
    specs.push({ key: 'unclaimed', title: 'Chưa ai nhận', empty: 'Không có bài nào chờ người nhận.', where: and(eq(articles.status, 'in_review'), isNull(articles.assigneeId))! });
    specs.push({ key: 'assigned_to_me', title: 'Tôi đang biên tập', empty: 'Bạn chưa nhận bài nào.', where: and(eq(articles.status, 'in_review'), eq(articles.assigneeId, viewer.id))! });
    specs.push({ key: 'to_review', title: 'Chờ biên tập', empty: 'Không có bài chờ biên tập.', where: eq(articles.status, 'in_review') });
    specs.push({ key: 'to_publish', title: 'Đã duyệt, chờ xuất bản', empty: 'Không có bài đã duyệt đang chờ.', where: eq(articles.status, 'approved') });
    specs.push({ key: 'scheduled', title: 'Hẹn giờ đăng', empty: 'Không có bài hẹn giờ.', where: eq(articles.status, 'scheduled'), order: 'scheduled' });
  }
  if (has('leader')) {
    // Not a story they may not sign off: credited in any version counts (creditedTo), as approve says.
    specs.push({ key: 'to_approve', title: 'Chờ tôi duyệt', empty: 'Không có bài chờ duyệt.', where: and(eq(articles.status, 'awaiting_approval'), sql`not ${creditedTo(viewer.id)}`, or(isNull(articles.assigneeId), eq(articles.assigneeId, viewer.id)))! });
  }
  specs.push({
    key: 'recently_published',
    title: 'Mới xuất bản (7 ngày)',
    empty: 'Chưa có bài nào xuất bản trong 7 ngày qua.',
    where: and(isNotNull(articles.liveRevisionId), gte(sql`coalesce(${articles.liveUpdatedAt}, ${articles.publishedAt})`, sql`now() - interval '7 days'`))!,
    order: 'published',
  });

  return Promise.all(
    specs.map(async ({ where, order, ...queue }) => {
      const orderBy =
        order === 'scheduled' ? [articles.scheduledAt] : order === 'published' ? [desc(sql`coalesce(${articles.liveUpdatedAt}, ${articles.publishedAt})`)] : [desc(articles.updatedAt)];
      const [items, [total]] = await Promise.all([
        db
          .select({
            id: articles.id,
            title: revisions.title,
            status: articles.status,
            section: sections.name,
            authorName: users.name,
            updatedAt: articles.updatedAt,
            scheduledAt: articles.scheduledAt,
            publishedAt: articles.publishedAt,
          })
          .from(articles)
          .innerJoin(revisions, eq(revisions.id, articles.currentRevisionId))
          .leftJoin(sections, eq(sections.id, articles.sectionId))
          .leftJoin(users, eq(users.id, articles.createdBy))
          .where(where)
          .orderBy(...orderBy)
          .limit(ITEMS),
        db.select({ n: count() }).from(articles).where(where),
      ]);
      return { ...queue, count: total?.n ?? 0, items };
    }),
  );
}
