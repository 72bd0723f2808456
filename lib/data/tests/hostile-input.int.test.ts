// 500s the hostile-input suite (e2e/security/hostile-input.spec.ts) found behind the editor's server
// actions, which reach lib/data without a door schema.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { createArticle } from '../articles/create-article';
import { releaseEditLease } from '../articles/lease';
import { addComment } from '../comments/comments';
import { DataError } from '../errors';
import { db, makeUser, pool } from './auth-fixtures';

afterAll(() => pool.end());

let editor: Viewer;
let articleId = '';
beforeAll(async () => {
  editor = (await makeUser(['editor', 'reporter'])).viewer;
  articleId = (await createArticle(editor, { title: 'Bài nhận góp ý lạ' })).id;
});

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
};

describe('comments refuse text PostgreSQL cannot store', () => {
  it('a lone UTF-16 half is refused, not stored as U+FFFD', async () => {
    const error = await refusal(addComment(editor, articleId, 'yv\udfffueO"$ef'));
    expect(error.code).toBe('invalid');
    expect(error.userMessage).toMatch(/Unicode hỏng/);
  });

  it('NUL is refused with a message, not a database error', async () => {
    const error = await refusal(addComment(editor, articleId, 'góp\u0000ý'));
    expect(error.code).toBe('invalid');
    expect(error.userMessage).toMatch(/NUL/);
  });

  it('odd but well-formed text is kept as sent', async () => {
    const row = await addComment(editor, articleId, '\u200fمرحبا 🇻🇳 e\u0301');
    expect(row.body).toBe('\u200fمرحبا 🇻🇳 e\u0301');
    const stored = await db.select().from(s.comments).where(eq(s.comments.articleId, articleId));
    expect(stored.map((c) => c.body)).toEqual(['\u200fمرحبا 🇻🇳 e\u0301']);
  });
});

describe('releasing an edit lease', () => {
  it('answers "not found" for an id that is not a uuid, instead of a uuid cast error', async () => {
    for (const id of ['khong-phai-uuid', '', "1' or '1'='1", null as unknown as string]) {
      expect((await refusal(releaseEditLease(editor, id))).code).toBe('not_found');
    }
  });
});
