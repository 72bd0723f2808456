// Sends the one-time set-password link by email when a mail server is configured (SMTP_URL, e.g.
// smtps://user:pass@mail.coquan.gov.vn:465, and MAIL_FROM). Without one, the admin screen shows
// the link so it can be handed over in person.
import 'server-only';
import nodemailer from 'nodemailer';
import { requestLogger } from '@/lib/log/logger';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export type MailSender = (mail: Mail) => Promise<void>;

export function mailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

let transport: nodemailer.Transporter | undefined;

const smtpSender: MailSender = async (mail) => {
  transport ??= nodemailer.createTransport(process.env.SMTP_URL);
  await transport.sendMail({ from: process.env.MAIL_FROM || 'toa-soan@localhost', ...mail });
};

export function setPasswordMail(input: { name: string; email: string; url: string; expiresAt: Date; reset: boolean }): Mail {
  const until = input.expiresAt.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
  return {
    to: input.email,
    subject: input.reset ? 'Đặt lại mật khẩu tài khoản tòa soạn' : 'Tài khoản tòa soạn của bạn đã được tạo',
    text: [
      `Kính gửi ${input.name},`,
      '',
      input.reset ? 'Quản trị viên đã tạo liên kết để bạn đặt lại mật khẩu.' : 'Quản trị viên đã tạo tài khoản tòa soạn cho bạn.',
      'Hãy mở liên kết sau để đặt mật khẩu (chỉ dùng được một lần):',
      input.url,
      '',
      `Liên kết hết hạn lúc ${until}.`,
      'Nếu bạn không đề nghị việc này, hãy báo cho quản trị viên.',
    ].join('\n'),
  };
}

/**
 * Mails the link when a server is configured. Returns false when there is none (show the link
 * instead) or sending failed (logged without the link: it is a credential).
 */
export async function sendMail(mail: Mail, sender: MailSender = smtpSender): Promise<boolean> {
  if (sender === smtpSender && !mailConfigured()) return false;
  try {
    await sender(mail);
    return true;
  } catch (error) {
    // The error's type and first line only: never the mail itself (its link is a credential).
    (await requestLogger({ area: 'mail' })).error({ err: error }, 'sending failed');
    return false;
  }
}

/** The receipt for a citizen's question: the tracking code and what happens next. */
export function questionReceiptMail(input: { name: string; email: string; code: string; lookupUrl: string }): Mail {
  return {
    to: input.email,
    subject: `Đã nhận câu hỏi của bạn – mã ${input.code}`,
    text: [
      `Kính gửi ${input.name},`,
      '',
      'Cổng thông tin đã nhận câu hỏi, góp ý của bạn.',
      `Mã theo dõi: ${input.code}`,
      '',
      'Câu hỏi sẽ được kiểm duyệt, chuyển đến đơn vị chuyên môn và được trả lời sau khi lãnh đạo duyệt.',
      `Bạn có thể tra cứu tình trạng bằng mã này và địa chỉ email của bạn tại: ${input.lookupUrl}`,
      '',
      'Thư này được gửi tự động, xin không trả lời thư.',
    ].join('\n'),
  };
}

/** Tells the sender their question has been answered, with the public address of the answer. */
export function questionAnsweredMail(input: { name: string; email: string; code: string; url: string }): Mail {
  return {
    to: input.email,
    subject: `Câu hỏi ${input.code} đã được trả lời`,
    text: [
      `Kính gửi ${input.name},`,
      '',
      `Câu hỏi mã ${input.code} của bạn đã được trả lời và đăng trên cổng thông tin (tên người hỏi được rút gọn; email và số điện thoại không được công bố):`,
      input.url,
      '',
      'Thư này được gửi tự động, xin không trả lời thư.',
    ].join('\n'),
  };
}
