// The shared SMTP fixture used by the mail tests (notification digest, citizens' questions): it
// receives what lib/mail sends, decodes it, and leaves the environment as it found it.
import { afterEach, describe, expect, it } from 'vitest';
import { sendMail } from '@/lib/mail/mail';
import { bodyOf, startTestSmtp } from './smtp-fixture';

afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
});

describe('the test SMTP server', () => {
  it('receives a mail sent by lib/mail with its envelope and decodable Vietnamese text, then restores SMTP_URL and MAIL_FROM', async () => {
    process.env.MAIL_FROM = 'truoc-do@test.vn';
    const smtp = await startTestSmtp({ from: 'kiem-thu@test.vn' });
    expect(process.env.SMTP_URL).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    expect(await sendMail({ to: 'nguoi-nhan@test.vn', subject: 'Thử', text: 'Xin chào, đây là thư thử nghiệm có dấu tiếng Việt.' })).toBe(true);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ from: 'kiem-thu@test.vn', to: ['nguoi-nhan@test.vn'] });
    expect(bodyOf(smtp.received[0]!.raw)).toContain('đây là thư thử nghiệm có dấu tiếng Việt');
    await smtp.stop();
    expect(process.env.SMTP_URL).toBeUndefined();
    expect(process.env.MAIL_FROM).toBe('truoc-do@test.vn');
  });
});
