import { afterEach, describe, expect, it, vi } from 'vitest';
import { mailConfigured, sendMail, setPasswordMail } from './mail';

afterEach(() => vi.unstubAllEnvs());

describe('set-password mail', () => {
  const mail = setPasswordMail({
    name: 'Trần Thị Mới',
    email: 'moi@coquan.gov.vn',
    url: 'https://portal.gov.vn/toa-soan/dat-mat-khau/pwd_abc',
    expiresAt: new Date('2026-12-01T01:30:00Z'),
    reset: false,
  });

  it('is addressed to the user, in Vietnamese, with the link and its expiry in Vietnam time', () => {
    expect(mail.to).toBe('moi@coquan.gov.vn');
    expect(mail.subject).toBe('Tài khoản tòa soạn của bạn đã được tạo');
    expect(mail.text).toContain('Kính gửi Trần Thị Mới,');
    expect(mail.text).toContain('https://portal.gov.vn/toa-soan/dat-mat-khau/pwd_abc');
    expect(mail.text).toContain('08:30');
  });

  it('is not sent without a mail server, so the admin screen shows the link instead', async () => {
    vi.stubEnv('SMTP_URL', '');
    expect(mailConfigured()).toBe(false);
    expect(await sendMail(mail)).toBe(false);
  });

  it('goes through the configured sender, and a failure is reported without the link', async () => {
    const sent: unknown[] = [];
    expect(await sendMail(mail, async (m) => void sent.push(m))).toBe(true);
    expect(sent).toEqual([mail]);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await sendMail(mail, async () => Promise.reject(new Error(`cannot send ${mail.text}`)))).toBe(false);
    expect(JSON.stringify(log.mock.calls)).not.toContain('pwd_abc');
    log.mockRestore();
  });
});
