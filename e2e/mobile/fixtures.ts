// Content for the phone-size tests: stories at each workflow stage, made through the API by their
// own reporter, editor and leader (as a newsroom would), plus the seeded demo content.
import type { APIRequestContext } from '@playwright/test';
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import * as s from '../../db/schema';
import { newSecretToken } from '../../lib/credentials/secret-token';
import { demoSectionId } from '../fixtures/content';
import { withE2eDb } from '../fixtures/db';
import { createTestApiToken, createTestUser, type TestUser } from '../fixtures/users';

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
type Auth = { Authorization: string };

export class MobileFixtures {
  private staff: Promise<Record<'reporter' | 'editor' | 'leader', Auth>> | undefined;

  /** `viewer` (the signed-in user, if any) plays their own role, so their desk lists these stories. */
  constructor(
    private readonly request: APIRequestContext,
    private readonly viewer: TestUser | null,
  ) {}

  private team() {
    this.staff ??= (async () => {
      const auth = async (role: 'reporter' | 'editor' | 'leader'): Promise<Auth> => {
        const user = this.viewer?.roles.includes(role) ? this.viewer : await createTestUser({ roles: [role] });
        return { Authorization: `Bearer ${await createTestApiToken(user.id)}` };
      };
      return { reporter: await auth('reporter'), editor: await auth('editor'), leader: await auth('leader') };
    })();
    return this.staff;
  }

  private async expectOk(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string) {
    if (response.status() >= 300) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
    return response.json() as Promise<{ id: string; version: number; slug?: string }>;
  }

  /** A story with a long unbroken title and tags, the kind that pushes narrow layouts wide. */
  private async create(): Promise<string> {
    const { reporter } = await this.team();
    const run = crypto.randomUUID().slice(0, 6);
    const created = await this.request.post('/api/v1/articles', {
      headers: reporter,
      data: {
        title: `Báo cáo hội nghị tổng kết công tác năm của Ủy ban về phát triển kinh tế vùng và địa phương ${run}`,
        sapo: 'Sáng nay, Ủy ban tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm tới.',
        sectionId: await demoSectionId(),
        body: doc('Nội dung bài viết về hội nghị tổng kết, với đường dẫn https://example.gov.vn/tai-lieu/bao-cao-tong-ket-cong-tac-nam-2026-va-phuong-huong.pdf trong câu.'),
        tags: ['Kinh tế vùng', 'Hội nghị tổng kết'],
        byline: 'Phóng viên thường trú khu vực',
      },
    });
    return (await this.expectOk(created, 'creating a story')).id;
  }

  private async fire(who: Auth, id: string, event: string) {
    const current = await this.request.get(`/api/v1/articles/${id}`, { headers: who });
    const etag = current.headers()['etag']!;
    await this.expectOk(await this.request.post(`/api/v1/articles/${id}/transitions`, { headers: { ...who, 'If-Match': etag }, data: { event } }), `${event} on ${id}`);
  }

  async draft(): Promise<string> {
    return this.create();
  }

  async inReview(): Promise<string> {
    const { reporter } = await this.team();
    const id = await this.create();
    await this.fire(reporter, id, 'submit');
    return id;
  }

  async awaitingApproval(): Promise<string> {
    const { editor } = await this.team();
    const id = await this.inReview();
    await this.fire(editor, id, 'forward_for_approval');
    return id;
  }

  /** A draft saved twice, so the compare page has two revisions. */
  async revised(): Promise<string> {
    const { reporter } = await this.team();
    const id = await this.create();
    const current = await this.request.get(`/api/v1/articles/${id}`, { headers: reporter });
    await this.expectOk(
      await this.request.patch(`/api/v1/articles/${id}`, { headers: { ...reporter, 'If-Match': current.headers()['etag']! }, data: { sapo: 'Sapo đã sửa lại sau khi biên tập viên góp ý về cách mở bài.' } }),
      'saving a second revision',
    );
    return id;
  }

  /** /xem-truoc/<token> for a fresh draft. */
  async previewLinkPath(): Promise<string> {
    const { reporter } = await this.team();
    const id = await this.create();
    const link = (await this.expectOk(await this.request.post(`/api/v1/articles/${id}/preview-links`, { headers: reporter, data: {} }), 'creating a preview link')) as unknown as { url: string };
    return new URL(link.url, 'http://localhost').pathname;
  }

  async passwordLink(): Promise<string> {
    const user = await createTestUser({ roles: ['reporter'] });
    const { token, hash } = newSecretToken('pwd');
    await withE2eDb((db) => db.insert(s.passwordTokens).values({ userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + 3_600_000) }));
    return token;
  }

  /** A staff member with an API token and a long name, for the admin's user page. */
  async userWithToken(): Promise<string> {
    const user = await createTestUser({ roles: ['reporter', 'editor'], name: 'Nguyễn Thị Phương Thảo Trung tâm Thông tin Truyền thông' });
    await createTestApiToken(user.id);
    return user.id;
  }

  /** A photo of the seeded demo content. */
  async mediaId(): Promise<string> {
    const [row] = await withE2eDb((db) => db.select({ id: s.media.id }).from(s.media).where(isNull(s.media.deletedAt)).orderBy(asc(s.media.createdAt)).limit(1));
    if (!row) throw new Error('the e2e database has no media: is the demo content seeded?');
    return row.id;
  }

  /** The newest live demo story. */
  async publicArticlePath(): Promise<string> {
    const [row] = await withE2eDb((db) =>
      db.select({ slug: s.articles.slug }).from(s.articles).where(and(eq(s.articles.status, 'published'), isNotNull(s.articles.liveRevisionId))).orderBy(asc(s.articles.publishedAt)).limit(1),
    );
    if (!row) throw new Error('the e2e database has no published story: is the demo content seeded?');
    return `/bai-viet/${row.slug}`;
  }

  async sectionPath(): Promise<string> {
    const [row] = await withE2eDb((db) => db.select({ slug: s.sections.slug }).from(s.sections).limit(1));
    if (!row) throw new Error('the e2e database has no sections: is the demo content seeded?');
    return `/chuyen-muc/${row.slug}`;
  }
}
