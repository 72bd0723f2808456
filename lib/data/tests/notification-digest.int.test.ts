// The daily digest, sent through a real SMTP server (smtp-server from npm) listening locally.
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as s from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { sendDailyDigests } from '../notifications/digest';
import { digestSetting, setDigestSetting } from '../notifications/inbox';

const { db, pool } = connect(process.env.DATABASE_URL!, { max: 2 });
const run = crypto.randomUUID().slice(0, 8);
const received: Array<{ from: string; to: string[]; raw: string }> = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = 'toa-soan@test.vn';
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await pool.end();
});

/** Decodes the quoted-printable / base64 body nodemailer wrote, enough to search for words. */
function bodyOf(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split);
  const body = raw.slice(split).trim();
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
}

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
