'use server';

// The sender looks up their question by tracking code and email. A POST (not a GET), so the email
// never lands in an address, a log or a history.
import { headers } from 'next/headers';
import { actionOriginOk, failure } from '@/lib/auth/action';
import { clientIp } from '@/lib/auth/http';
import { lookupQuestion } from '@/lib/data/questions/lookup';

export interface LookupState {
  code: string;
  email: string;
  message: string;
  found: { code: string; status: string; askedAt: string; publishedHref: string | null } | null;
}

export async function lookupQuestionAction(previous: unknown, input?: unknown): Promise<LookupState> {
  const form = input instanceof FormData ? input : previous instanceof FormData ? previous : null;
  const read = (key: string) => {
    const value = form?.get(key);
    return typeof value === 'string' ? value.slice(0, 300) : '';
  };
  const code = read('code');
  const email = read('email');
  if (!(await actionOriginOk())) return { code, email, message: 'Yêu cầu bị từ chối vì không gửi từ trang của cổng thông tin. Hãy tải lại trang.', found: null };
  try {
    // Limited per address (lib/data/questions/lookup.ts) so that codes cannot be guessed by trying many.
    const result = await lookupQuestion(code, email, { ip: clientIp(await headers()) });
    if (!result.ok) return { code, email, message: result.message, found: null };
    const askedAt = result.askedAt.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
    return { code, email, message: '', found: { code: result.code, status: result.status, askedAt, publishedHref: result.publishedHref } };
  } catch (error) {
    const refused = failure(error);
    return { code, email, message: refused.ok ? '' : refused.message, found: null };
  }
}
