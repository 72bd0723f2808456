// The thread routes of API v1 as a client sees them (status codes and problem+json), called with
// personal API tokens on the real database: 201/200 for staff who may, 401 anonymous, 403 for staff
// who may not, 422 when the quote is not in the story, 400 for malformed input.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as s from '@/db/schema';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/articles/[id]/threads/route';
import { POST as replyRoute } from '@/app/api/v1/articles/[id]/threads/[threadId]/replies/route';
import { POST as reopenRoute } from '@/app/api/v1/articles/[id]/threads/[threadId]/reopen/route';
import { POST as resolveRoute } from '@/app/api/v1/articles/[id]/threads/[threadId]/resolve/route';
import { createArticle } from '@/lib/data/articles/create-article';
import { db, makeUser, pool } from '@/lib/data/tests/auth-fixtures';
import { createApiToken } from '@/lib/data/tokens/api-tokens';
import type { Viewer } from '@/lib/policy/roles';

// Session cookies need Next's request scope (Auth.js); these calls authenticate with API tokens only.
vi.mock('@/lib/auth/viewer', () => ({ getViewer: async () => ({ kind: 'anonymous' }) }));

afterAll(() => pool.end());

type Caller = { viewer: Viewer & { kind: 'user' }; auth: string };
const callers = {} as Record<'reporter' | 'otherReporter' | 'editor' | 'leader' | 'admin', Caller>;
let articleId = '';

beforeAll(async () => {
  for (const [key, roles] of [['reporter', ['reporter']], ['otherReporter', ['reporter']], ['editor', ['editor']], ['leader', ['leader']], ['admin', ['admin']]] as const) {
    const viewer = (await makeUser([...roles])).viewer as Viewer & { kind: 'user' };
    callers[key] = { viewer, auth: `Bearer ${(await createApiToken(viewer, { userId: viewer.id, name: 'góp ý' })).token}` };
  }
  const run = crypto.randomUUID().slice(0, 6);
  const [section] = await db.insert(s.sections).values({ slug: `gop-y-api-${run}`, name: `Góp ý API ${run}` }).returning();
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Số liệu quý hai tăng 6,5%.' }] }] };
  articleId = (await createArticle(callers.reporter.viewer, { title: 'Bài góp ý qua API', sapo: 'Sapo.', body, sectionId: section!.id, tags: [] })).id;
});

const url = (path: string) => `http://localhost:3000/api/v1/articles/${articleId}${path}`;
function call(route: (r: Request, c: { params: Promise<never> }) => Promise<Response>, path: string, auth: string | null, params: Record<string, string>, data?: unknown) {
  const request = new Request(url(path), {
    method: data === undefined && path === '/threads' ? 'GET' : 'POST',
    headers: { Authorization: auth ?? 'Bearer ktw_not-a-token', 'Content-Type': 'application/json' },
    ...(data === undefined ? {} : { body: typeof data === 'string' ? data : JSON.stringify(data) }),
  });
  return route(request, { params: Promise.resolve({ id: articleId, ...params } as never) });
}

describe('API v1 comment threads', () => {
  it('opens, lists, replies, resolves and reopens for staff who may; answers 401, 403, 422 and 400 otherwise', async () => {
    const created = await call(createRoute, '/threads', callers.leader.auth, {}, { quote: 'quý hai', body: `Nhờ @[${callers.editor.viewer.id}] xem.` });
    expect(created.status).toBe(201);
    const thread = (await created.json()) as { id: string; status: string; quote: string };
    expect(thread).toMatchObject({ status: 'open', quote: 'quý hai' });
    const threadId = thread.id;

    const notFound = await call(createRoute, '/threads', callers.leader.auth, {}, { quote: 'quý ba', body: 'Góp ý.' });
    expect(notFound.status).toBe(422);
    expect(notFound.headers.get('content-type')).toContain('application/problem+json');
    expect(((await notFound.json()) as { detail: string }).detail).toMatch(/Không tìm thấy đoạn «quý ba»/);

    const tooLong = await call(createRoute, '/threads', callers.leader.auth, {}, { quote: 'quý hai', body: 'x'.repeat(4001) });
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { detail: string }).detail).toMatch(/4\.000 ký tự/);
    expect((await call(createRoute, '/threads', callers.leader.auth, {}, { quote: 'quý hai', body: 'a', status: 'resolved' })).status).toBe(400);
    expect((await call(createRoute, '/threads', callers.leader.auth, {}, '[1,2')).status).toBe(400);

    expect((await call(createRoute, '/threads', null, {}, { quote: 'quý hai', body: 'a' })).status).toBe(401);
    expect((await call(createRoute, '/threads', callers.otherReporter.auth, {}, { quote: 'quý hai', body: 'a' })).status).toBe(403);
    expect((await call(listRoute, '/threads', null, {})).status).toBe(401);
    expect((await call(listRoute, '/threads', callers.otherReporter.auth, {})).status).toBe(403);

    const listed = await call(listRoute, '/threads', callers.reporter.auth, {});
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { items: Array<{ id: string }> }).items.map((t) => t.id)).toEqual([threadId]);

    const reply = await call(replyRoute, `/threads/${threadId}/replies`, callers.admin.auth, { threadId }, { body: 'Đã xem.' });
    expect(reply.status).toBe(201);
    expect((await call(replyRoute, `/threads/${threadId}/replies`, null, { threadId }, { body: 'a' })).status).toBe(401);
    expect((await call(replyRoute, `/threads/${crypto.randomUUID()}/replies`, callers.admin.auth, { threadId: crypto.randomUUID() }, { body: 'a' })).status).toBe(404);

    // Another staff member's thread: the administrator reads but does not settle it; the writer does.
    expect((await call(resolveRoute, `/threads/${threadId}/resolve`, callers.admin.auth, { threadId })).status).toBe(403);
    expect((await call(resolveRoute, `/threads/${threadId}/resolve`, callers.otherReporter.auth, { threadId })).status).toBe(403);
    expect((await call(resolveRoute, `/threads/${threadId}/resolve`, null, { threadId })).status).toBe(401);
    const resolved = await call(resolveRoute, `/threads/${threadId}/resolve`, callers.reporter.auth, { threadId });
    expect(resolved.status).toBe(200);
    expect(((await resolved.json()) as { status: string }).status).toBe('resolved');
    expect((await call(resolveRoute, `/threads/${threadId}/resolve`, callers.editor.auth, { threadId })).status).toBe(409);
    const reopened = await call(reopenRoute, `/threads/${threadId}/reopen`, callers.editor.auth, { threadId });
    expect(reopened.status).toBe(200);
    expect(((await reopened.json()) as { status: string }).status).toBe('open');
  });
});
