// The daily digest, sent through a real SMTP server listening locally (./smtp-fixture.ts).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { sendDailyDigests } from '../notifications/digest';
import { digestSetting, setDigestSetting } from '../notifications/inbox';
import { bodyOf, startTestSmtp, type TestSmtp } from './smtp-fixture';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
const run = crypto.randomUUID().slice(0, 8);
let smtp: TestSmtp;
let received: TestSmtp['received'];

beforeAll(async () => {
  smtp = await startTestSmtp({ from: 'toa-soan@test.vn' });
  received = smtp.received;
});

afterAll(async () => {
  await smtp.stop();
  await pool.end();
});

describe('the 07:00 notification digest', () => {
  it('mails each person who opted in their unread notifications once, and nobody else', async () => {
    const make = async (label: string) => {
      const [u] = await db.insert(s.users).values({ email: `${label}-digest-${run}@test.vn`, name: `${label} ${run}`, roles: ['reporter'] }).returning();
      return { id: u!.id, email: u!.email, viewer: { kind: 'user', id: u!.id, roles: ['reporter'] } as Viewer };
    };
    const [wants, doesNot, nothingNew] = await Promise.all([make('wants'), make('doesnot'), make('nothingnew')]);
    expect((await digestSetting(wants.viewer)).digest).toBe(false);
    await setDigestSetting(wants.viewer, true);
    await setDigestSetting(nothingNew.viewer, true);
    expect((await digestSetting(wants.viewer)).digest).toBe(true);

    const now = new Date();
    const earlier = new Date(now.getTime() - 3600_000);
    await db.insert(s.notifications).values([
      { userId: wants.id, kind: 'submit', message: `«Bài một ${run}»: Gửi biên tập → Chờ biên tập`, createdAt: earlier },
      { userId: wants.id, kind: 'return', message: `«Bài hai ${run}»: Trả lại → Bản nháp. Ghi chú: Thêm ảnh`, createdAt: earlier },
      { userId: wants.id, kind: 'approve', message: `«Đã đọc ${run}»`, createdAt: earlier, readAt: now },
      { userId: doesNot.id, kind: 'submit', message: `«Không gửi ${run}»`, createdAt: earlier },
    ]);

    expect(await sendDailyDigests(now)).toBeGreaterThanOrEqual(1);
    const mine = received.filter((m) => m.to.includes(wants.email));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.from).toBe('toa-soan@test.vn');
    const text = bodyOf(mine[0]!.raw);
    expect(text).toContain(`Bài một ${run}`);
    expect(text).toContain('Ghi chú: Thêm ảnh');
    expect(text).not.toContain(`Đã đọc ${run}`);
    expect(text).toContain('/toa-soan/thong-bao');
    expect(received.some((m) => m.to.includes(doesNot.email) || m.to.includes(nothingNew.email))).toBe(false);

    // A second run the same morning sends nothing again.
    const before = received.length;
    await sendDailyDigests(new Date(now.getTime() + 60_000));
    expect(received.filter((m) => m.to.includes(wants.email))).toHaveLength(1);
    expect(received.length).toBe(before);
    const [row] = await db.select({ at: s.users.digestSentAt }).from(s.users).where(eq(s.users.id, wants.id));
    expect(row!.at?.getTime()).toBe(now.getTime());

    // Turned off: no more digests.
    await setDigestSetting(wants.viewer, false);
    await db.insert(s.notifications).values({ userId: wants.id, kind: 'submit', message: `«Sau khi tắt ${run}»` });
    await sendDailyDigests(new Date(now.getTime() + 2 * 3600_000));
    expect(received.filter((m) => m.to.includes(wants.email))).toHaveLength(1);
  });
});
