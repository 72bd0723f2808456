// The response schemas of the OpenAPI document against what the data layer really returns, after
// the same JSON serialisation the routes apply: a field added or renamed in lib/data without the
// schema fails here, not in a client.
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import * as s from '@/db/schema';
import { createArticle } from '@/lib/data/articles/create-article';
import { getStaffArticle, listEvents, listRevisions } from '@/lib/data/articles/read-article';
import { listStaffArticles } from '@/lib/data/articles/staff-list';
import { addComment, listComments } from '@/lib/data/comments/comments';
import { addThreadReply, createThread, listThreads, resolveThread } from '@/lib/data/threads/threads';
import { listMedia } from '@/lib/data/media/library';
import { listNotifications } from '@/lib/data/notifications/notifications';
import { registryPeople, registryUnits } from '@/lib/data/registry/people';
import { createPreviewLink, listPreviewLinks } from '@/lib/data/tokens/preview-links';
import { issueCollabTicket } from '@/lib/data/collab/ticket';
import { staffSections } from '@/lib/data/site/site';
import { whoAmI } from '@/lib/data/users/staff';
import { db, makeUser, pool } from '@/lib/data/tests/auth-fixtures';
import { listUsers, userDetail } from '@/lib/data/users/admin';
import { listOwnApiTokens, createApiToken } from '@/lib/data/tokens/api-tokens';
import type { Viewer } from '@/lib/policy/roles';
import { articleResource } from './articles';
import { RESOURCE_SCHEMAS } from './resources';

afterAll(() => pool.end());

let admin: Viewer & { kind: 'user' };
let articleId = '';
beforeAll(async () => {
  admin = (await makeUser(['admin', 'editor', 'leader'])).viewer as Viewer & { kind: 'user' };
  const run = crypto.randomUUID().slice(0, 6);
  const [section] = await db.insert(s.sections).values({ slug: `tai-nguyen-${run}`, name: `Tài nguyên ${run}` }).returning();
  const [unit] = await db.insert(s.units).values({ slug: `don-vi-${run}`, name: `Đơn vị ${run}` }).returning();
  const [person] = await db.insert(s.people).values({ slug: `nguoi-${run}`, fullName: `Người ${run}` }).returning();
  await db.insert(s.positions).values({ personId: person!.id, title: 'Vụ trưởng', unitId: unit!.id, startsOn: '2020-01-01' });
  articleId = (
    await createArticle(admin, {
      title: 'Bài kiểm tra tài liệu API',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Số liệu quý hai.' }] }] },
      sectionId: section!.id,
      tags: ['Kinh tế'],
      meeting: { startsAt: '2026-01-05T08:00:00+07:00', people: [{ name: 'Người dự', role: 'chair' }] },
    })
  ).id;
  await addComment(admin, articleId, 'Góp ý.');
  await createPreviewLink(admin, articleId, { hours: 2 });
  await createApiToken(admin, { userId: admin.id, name: 'tài liệu' });
});

/** Parses the JSON form of a value; the document must describe every field it has. */
function conforms(name: keyof typeof RESOURCE_SCHEMAS, value: unknown) {
  const wire: unknown = JSON.parse(JSON.stringify(value));
  const schema: z.ZodType = RESOURCE_SCHEMAS[name];
  const parsed = schema.safeParse(wire);
  expect(parsed.error?.issues ?? [], name).toEqual([]);
  expect(isDeepStrictEqual(parsed.data, wire), `${name} has fields its schema does not describe`).toBe(true);
}

it('every response schema matches what the data layer returns', async () => {
  conforms('Article', articleResource(await getStaffArticle(admin, articleId)));
  conforms('ArticleList', await listStaffArticles(admin, {}));
  conforms('RevisionList', { items: await listRevisions(admin, articleId) });
  conforms('EventList', { items: await listEvents(admin, articleId) });
  conforms('CommentList', { items: await listComments(admin, articleId) });
  conforms('Comment', await addComment(admin, articleId, 'Thêm một góp ý.'));
  const thread = await createThread(admin, articleId, { quote: 'quý hai', body: 'Xem lại.' });
  conforms('Thread', thread);
  conforms('ThreadReply', await addThreadReply(admin, articleId, thread.id, { body: `@[${admin.id}] ghi chú.` }));
  conforms('Thread', await resolveThread(admin, articleId, thread.id));
  conforms('ThreadList', { items: await listThreads(admin, articleId) });
  conforms('PreviewLinkList', { items: await listPreviewLinks(admin, articleId) });
  conforms('PreviewLinkCreated', await createPreviewLink(admin, articleId, { hours: 1 }));
  process.env.AUTH_SECRET ||= 'resources-int-test-secret';
  conforms('CollabTicket', await issueCollabTicket(admin, articleId));
  conforms('MediaPage', await listMedia(admin, {}));
  conforms('Me', await whoAmI(admin));
  conforms('TokenList', { tokens: await listOwnApiTokens(admin) });
  conforms('TokenCreated', await createApiToken(admin, { userId: admin.id, name: 'thêm' }));
  conforms('UserList', { users: await listUsers(admin) });
  conforms('UserDetail', await userDetail(admin, admin.id));
  conforms('NotificationList', await listNotifications(admin));
  conforms('SectionList', { items: await staffSections(admin) });
  conforms('PersonList', { items: await registryPeople(admin) });
  conforms('UnitList', { items: await registryUnits(admin) });
});
