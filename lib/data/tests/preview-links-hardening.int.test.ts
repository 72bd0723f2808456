// Share links and staff previews against bad input and departed staff (#16).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Role, Viewer } from '@/lib/policy/roles';
import { createArticle } from '../articles/create-article';
import { DataError } from '../errors';
import { markNotificationsRead } from '../notifications/notifications';
import { createPreviewLink, previewByToken, revokePreviewLink, staffPreview } from '../tokens/preview-links';
import { setUserActive } from '../users/admin';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());
const run = crypto.randomUUID().slice(0, 8);
const v = {} as Record<'reporter' | 'editor' | 'admin', Viewer & { kind: 'user' }>;

beforeAll(async () => {
  for (const [key, roles] of [['reporter', ['reporter']], ['editor', ['editor']], ['admin', ['admin']]] as const) {
    const [u] = await db.insert(s.users).values({ email: `${key}-plh-${run}@test.vn`, name: `${key} ${run}`, roles: [...roles] as Role[] }).returning();
    v[key] = { kind: 'user', id: u!.id, roles: [...roles] as Role[] };
  }
});

const doc = (t: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
/** The DataError a promise fails with, or what else it did: a database error must never reach the door. */
const outcome = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof DataError ? { code: e.code, message: e.userMessage } : `unexpected: ${String(e)}`),
  );

const MALFORMED = ['khong-phai-uuid', '1', "' or 1=1 --", '00000000-0000-0000-0000-00000000000g', 'x'.repeat(300), ''];

describe('malformed revision ids', () => {
  it('creating a share link answers "not found" in Vietnamese, not a database error', async () => {
    const ref = await createArticle(v.reporter, { title: `Mã phiên bản ${run}`, body: doc('x') });
    for (const revisionId of MALFORMED) {
      const result = await outcome(createPreviewLink(v.reporter, ref.id, { revisionId }));
      expect(result, revisionId).toEqual({ code: 'not_found', message: 'Không tìm thấy phiên bản này của bài viết.' });
    }
  });

  it('the staff preview of ?phien_ban= answers "not found" too', async () => {
    const ref = await createArticle(v.reporter, { title: `Xem phiên bản ${run}`, body: doc('x') });
    for (const revisionId of MALFORMED.filter(Boolean)) {
      const result = await outcome(staffPreview(v.editor, ref.id, revisionId));
      expect(result, revisionId).toEqual({ code: 'not_found', message: 'Không tìm thấy phiên bản này của bài viết.' });
    }
  });

  it('revoking with a malformed link id answers "not found"', async () => {
    const ref = await createArticle(v.reporter, { title: `Thu hồi ${run}`, body: doc('x') });
    expect(await outcome(revokePreviewLink(v.reporter, ref.id, 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz'))).toMatchObject({ code: 'not_found' });
  });
});

describe('malformed notification ids', () => {
  it('answer "invalid" with what to send, not a database error', async () => {
    for (const id of ['-'.repeat(36), 'khong-phai-uuid']) {
      expect(await outcome(markNotificationsRead(v.editor, [id]))).toMatchObject({ code: 'invalid', message: expect.stringContaining('uuid') });
    }
    expect(await outcome(markNotificationsRead(v.editor, [crypto.randomUUID()]))).toBe('ok');
  });
});

describe('share links of deactivated staff', () => {
  it('stop working once their creator is deactivated', async () => {
    const ref = await createArticle(v.reporter, { title: `Người tạo nghỉ ${run}`, body: doc('x') });
    const reporterLink = await createPreviewLink(v.reporter, ref.id);
    const editorLink = await createPreviewLink(v.editor, ref.id);
    const token = (url: string) => url.split('/').pop()!;
    expect((await previewByToken(token(reporterLink.url)))?.title).toBe(`Người tạo nghỉ ${run}`);

    await setUserActive(v.admin, { userId: v.reporter.id, active: false });
    expect(await previewByToken(token(reporterLink.url))).toBeNull();
    // Another person's link to the same story is untouched.
    expect((await previewByToken(token(editorLink.url)))?.title).toBe(`Người tạo nghỉ ${run}`);
  });
});
