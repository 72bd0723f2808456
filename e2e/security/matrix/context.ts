// Fresh targets for matrix rows: users, tokens, set-password links and articles, written straight
// into the e2e database or created through the API by their own author.
import type { APIRequestContext } from '@playwright/test';
import { eq } from 'drizzle-orm';
import * as s from '../../../db/schema';
import { hashSecretToken, newSecretToken } from '../../../lib/credentials/secret-token';
import type { Role } from '../../../lib/policy/roles';
import { withE2eDb } from '../../fixtures/db';
import { createTestApiToken, createTestUser, uniqueEmail, type TestUser } from '../../fixtures/users';

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

export class Fixtures {
  private author: { user: TestUser; auth: Record<string, string> } | undefined;

  constructor(private readonly request: APIRequestContext) {}

  user(roles: Role[] = ['reporter']): Promise<TestUser> {
    return createTestUser({ roles });
  }

  email(): string {
    return uniqueEmail('moi');
  }

  /** A live API token of `user`, returned with its id. */
  async token(user: TestUser): Promise<{ id: string; token: string }> {
    const token = await createTestApiToken(user.id);
    const [row] = await withE2eDb((db) => db.select({ id: s.apiTokens.id }).from(s.apiTokens).where(eq(s.apiTokens.tokenHash, hashSecretToken(token))));
    return { id: row!.id, token };
  }

  /** A live one-time set-password link for a fresh account without a password. */
  async passwordLink(): Promise<string> {
    const user = await createTestUser({ roles: ['reporter'] });
    const { token, hash } = newSecretToken('pwd');
    await withE2eDb((db) => db.insert(s.passwordTokens).values({ userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + 3_600_000) }));
    return token;
  }

  private sectionId: string | undefined;

  private async section(): Promise<string> {
    if (!this.sectionId) {
      const [row] = await withE2eDb((db) => db.select({ id: s.sections.id }).from(s.sections).limit(1));
      if (!row) throw new Error('the e2e database has no sections: is the demo content seeded?');
      this.sectionId = row.id;
    }
    return this.sectionId;
  }

  private async writer() {
    if (!this.author) {
      const user = await createTestUser({ roles: ['reporter'] });
      this.author = { user, auth: { Authorization: `Bearer ${await createTestApiToken(user.id)}` } };
    }
    return this.author;
  }

  /** A story by a reporter who is none of the matrix's viewers, as a draft or sent for review. */
  async article(status: 'draft' | 'in_review' = 'draft', body: unknown = doc('Nội dung.')): Promise<{ id: string; version: number; etag: string; revisionId: string }> {
    const { auth } = await this.writer();
    const created = await this.request.post('/api/v1/articles', {
      headers: auth,
      // Enough to pass the pre-submit checklist (sapo, section).
      data: { title: `Bài kiểm tra quyền ${crypto.randomUUID().slice(0, 6)}`, sapo: 'Sapo kiểm tra.', sectionId: await this.section(), body, byline: 'E2E' },
    });
    if (created.status() !== 201) throw new Error(`creating a test article: ${created.status()} ${await created.text()}`);
    let article = (await created.json()) as { id: string; version: number; currentRevisionId: string };
    if (status === 'in_review') {
      const sent = await this.request.post(`/api/v1/articles/${article.id}/transitions`, { headers: auth, data: { event: 'submit' } });
      if (sent.status() !== 200) throw new Error(`submitting a test article: ${sent.status()} ${await sent.text()}`);
      article = (await sent.json()) as { id: string; version: number; currentRevisionId: string };
    }
    return { id: article.id, version: article.version, etag: `"${article.id}.v${article.version}"`, revisionId: article.currentRevisionId };
  }

  /** A draft its author saved twice, so there are two revisions to compare. */
  async revisedArticle(): Promise<{ id: string }> {
    const { auth } = await this.writer();
    const article = await this.article('draft');
    const saved = await this.request.patch(`/api/v1/articles/${article.id}`, { headers: { ...auth, 'If-Match': article.etag }, data: { sapo: 'Sapo sửa lại.' } });
    if (saved.status() !== 200) throw new Error(`saving a test article: ${saved.status()} ${await saved.text()}`);
    return { id: article.id };
  }

  /** A preview link on a fresh draft, created by its author. */
  async previewLink(): Promise<{ articleId: string; linkId: string }> {
    const { auth } = await this.writer();
    const article = await this.article('draft');
    const link = await this.request.post(`/api/v1/articles/${article.id}/preview-links`, { headers: auth, data: {} });
    if (link.status() !== 201) throw new Error(`creating a preview link: ${link.status()} ${await link.text()}`);
    return { articleId: article.id, linkId: ((await link.json()) as { id: string }).id };
  }
  /** A story sent for review whose body holds one suggested insertion (lib/content/suggestion-marks.ts). */
  async suggestion(): Promise<{ articleId: string; suggestionId: string }> {
    const suggestionId = crypto.randomUUID();
    // The writer's own suggestion: a body may not bring new suggestions in someone else's name.
    const { user } = await this.writer();
    const insertion = { type: 'insertion', attrs: { id: suggestionId, authorId: user.id, createdAt: new Date().toISOString() } };
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung ' }, { type: 'text', text: 'gợi ý', marks: [insertion] }] }] };
    const article = await this.article('in_review', body);
    return { articleId: article.id, suggestionId };
  }

  /** A comment thread on a fresh story sent for review, opened by its author; resolved when asked. */
  async thread(status: 'open' | 'resolved' = 'open'): Promise<{ articleId: string; threadId: string }> {
    const { auth } = await this.writer();
    const article = await this.article('in_review');
    const opened = await this.request.post(`/api/v1/articles/${article.id}/threads`, { headers: auth, data: { quote: 'Nội dung', body: 'Góp ý kiểm tra.' } });
    if (opened.status() !== 201) throw new Error(`opening a test thread: ${opened.status()} ${await opened.text()}`);
    const threadId = ((await opened.json()) as { id: string }).id;
    if (status === 'resolved') {
      const resolved = await this.request.post(`/api/v1/articles/${article.id}/threads/${threadId}/resolve`, { headers: auth });
      if (resolved.status() !== 200) throw new Error(`resolving a test thread: ${resolved.status()} ${await resolved.text()}`);
    }
    return { articleId: article.id, threadId };
  }
}
