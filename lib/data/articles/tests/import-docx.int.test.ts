import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { DataError } from '../../errors';
import { importDocx } from '../import-docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { commentQuotes, commentThreadIds } from '@/lib/content/comment-marks';
import { listSuggestions } from '@/lib/content/suggestions';
import type { JSONContent } from '@/lib/content/types';
import { commentedDocx, reviewedDocx, sampleDocx } from './docx-fixture';

/** A real .docx whose document part unpacks to 60 MB (about 100 KB on disk). */
async function docxBomb(): Promise<Buffer> {
  const parts = unzipSync(new Uint8Array(await sampleDocx({ withImage: false })));
  const xml = strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><w:r><w:t>Giao ban.</w:t></w:r></w:p>'.repeat(1_500_000)}</w:body></w:document>`);
  return Buffer.from(zipSync({ ...parts, 'word/document.xml': [xml, { level: 9 }] }));
}

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => pool.end());
let reporter: Viewer;
let admin: Viewer;

beforeAll(async () => {
  const run = crypto.randomUUID().slice(0, 8);
  const [r] = await db.insert(s.users).values({ email: `docx-${run}@test.vn`, name: 'Phóng viên docx', roles: ['reporter'] }).returning();
  const [a] = await db.insert(s.users).values({ email: `docx-admin-${run}@test.vn`, name: 'Quản trị', roles: ['admin'] }).returning();
  reporter = { kind: 'user', id: r!.id, roles: ['reporter'] };
  admin = { kind: 'user', id: a!.id, roles: ['admin'] };
});

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof DataError ? e.userMessage : `unexpected: ${String(e)}`));

describe('importing a .docx', () => {
  it('makes a draft: title, body with headings, emphasis and tables, the image in the library with the next paragraph as caption', async () => {
    const result = await importDocx(reporter, { bytes: await sampleDocx(), filename: 'giao-ban.docx' });
    expect(result.images).toBe(1);
    expect(result.skippedImages).toEqual([]);
    const [revision] = await db.select().from(s.revisions).where(eq(s.revisions.id, result.revisionId));
    expect(revision).toMatchObject({ title: 'Hội nghị giao ban kinh tế vùng quý IV', origin: 'import' });
    const body = JSON.stringify(revision!.body);
    expect(body).toContain('"type":"heading"');
    expect(body).toContain('"type":"table"');
    expect(body).toContain('Đồng bằng sông Hồng');
    expect(body).toContain('"type":"bold"');
    expect(body).toContain('"type":"italic"');
    expect(body).toContain('https://gov.vn/tin-tuc');
    expect(body).not.toContain('javascript:');
    const figure = (revision!.body as { content: Array<{ type: string; attrs?: Record<string, string> }> }).content.find((n) => n.type === 'figure');
    expect(figure?.attrs?.caption).toBe('Quang cảnh hội nghị giao ban');
    const [media] = await db.select().from(s.media).where(eq(s.media.id, figure!.attrs!.mediaId!));
    expect(media).toMatchObject({ kind: 'image', uploadedBy: (reporter as { id: string }).id });
    // The caption paragraph is not repeated as body text.
    expect(body.match(/Quang cảnh hội nghị giao ban/g)).toHaveLength(1);
  });

  it('refuses damaged, encrypted, empty and non-Word files with a message that says what to do', async () => {
    const good = await sampleDocx({ withImage: false });
    const cases: Array<[Buffer, RegExp]> = [
      [Buffer.alloc(0), /Tệp trống/],
      [Buffer.from('Đây là văn bản thường, không phải Word'), /không phải tệp \.docx/],
      [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), /đặt mật khẩu hoặc là tệp \.doc cũ/],
      [good.subarray(0, Math.floor(good.length / 2)), /bị hỏng hoặc không đọc được/],
      [await docxBomb(), /khi giải nén lớn hơn 10 MB, vượt giới hạn/],
    ];
    for (const [bytes, message] of cases) expect(await refusal(importDocx(reporter, { bytes, filename: 'x.docx' }))).toMatch(message);
    expect(await refusal(importDocx(admin, { bytes: good, filename: 'x.docx' }))).toMatch(/không có quyền tạo bài/);
  });
});

describe('importing a .docx reviewed in Word', () => {
  it('brings tracked changes as suggestions in the importer\'s name and comments as threads; a comment on the title becomes a general comment, reported', async () => {
    const result = await importDocx(reporter, { bytes: await reviewedDocx({ titleComment: true }), filename: 'bao-cao.docx' });
    expect(result.suggestions).toBe(2);
    expect(result.suggestionAuthors).toEqual([{ name: 'Nguyễn Văn Lãnh Đạo', count: 2 }]);
    expect(result.threads).toBe(1);
    expect(result.reviewNotes.join(' ')).toMatch(/Tiêu đề cần ngắn hơn.*không gắn được vào đoạn văn nào/);

    const [article] = await db.select().from(s.articles).where(eq(s.articles.id, result.id));
    expect(article!.version).toBe(result.version);
    const [current] = await db.select().from(s.revisions).where(eq(s.revisions.id, article!.currentRevisionId!));
    const suggestions = listSuggestions(current!.body as JSONContent);
    expect(suggestions.map((x) => [x.kind, x.inserted || x.deleted, x.authorId])).toEqual([
      ['insertion', 'mức ', (reporter as { id: string }).id],
      ['deletion', ' trong quý', (reporter as { id: string }).id],
    ]);
    const threads = await db.select().from(s.articleThreads).where(eq(s.articleThreads.articleId, result.id));
    expect(threads.map((t) => t.quote)).toEqual(['tăng trưởng 7,2%']);
    expect(commentThreadIds(current!.body as JSONContent)).toEqual([threads[0]!.id]);
    const replies = await db.select().from(s.articleThreadReplies).where(eq(s.articleThreadReplies.threadId, threads[0]!.id));
    expect(replies.map((r) => r.body)).toEqual(['Xem lại số liệu này.\n\n(Nhận xét trong tệp Word của Nguyễn Văn Lãnh Đạo)']);
    const general = await db.select().from(s.comments).where(eq(s.comments.articleId, result.id));
    expect(general.map((c) => c.body)).toEqual(['Nhận xét trong tệp Word của Nguyễn Văn Lãnh Đạo, không gắn được vào đoạn văn nào: Tiêu đề cần ngắn hơn.']);
  });
});

describe('importing a .docx with many Word comments', () => {
  it('anchors them all in ONE revision (origin "comment"), one version step, one thread each', async () => {
    const quotes = ['doanh thu tăng', 'chi phí giảm', 'lợi nhuận tăng', 'nợ xấu giảm', 'vốn tăng'];
    const result = await importDocx(reporter, { bytes: await commentedDocx(quotes), filename: 'tong-ket.docx' });
    expect(result.threads).toBe(quotes.length);
    expect(result.reviewNotes).toEqual([]);
    const revisions = await db.select().from(s.revisions).where(eq(s.revisions.articleId, result.id));
    expect(revisions.map((r) => r.origin).sort()).toEqual(['comment', 'import']);
    const [article] = await db.select().from(s.articles).where(eq(s.articles.id, result.id));
    expect(article!.version).toBe(result.version);
    expect(article!.currentRevisionId).toBe(revisions.find((r) => r.origin === 'comment')!.id);
    const threads = await db.select().from(s.articleThreads).where(eq(s.articleThreads.articleId, result.id));
    expect(threads.map((t) => t.quote).sort()).toEqual([...quotes].sort());
    const current = revisions.find((r) => r.origin === 'comment')!;
    expect(commentThreadIds(current.body as JSONContent).sort()).toEqual(threads.map((t) => t.id).sort());
    // Every anchor on exactly its words: anchoring one comment did not move the next one's positions.
    expect(Object.fromEntries(commentQuotes(current.body as JSONContent))).toEqual(Object.fromEntries(threads.map((t) => [t.id, t.quote])));
    const opened = await db.select().from(s.workflowEvents).where(and(eq(s.workflowEvents.articleId, result.id), eq(s.workflowEvents.event, 'thread_opened')));
    expect(opened).toHaveLength(quotes.length);
    expect(new Set(opened.map((e) => e.revisionId))).toEqual(new Set([current.id]));
  });
});
