'use server';

// The public question form. Without scripts the browser posts the form and Next.js renders the page
// again with the returned state (so what the citizen typed is kept); with scripts React does the
// same in place. Success redirects to the receipt page with the tracking code.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { actionOriginOk, failure } from '@/lib/auth/action';
import { clientIp } from '@/lib/auth/http';
import { HONEYPOT_FIELD, submitQuestion } from '@/lib/data/questions/submit';
import { QA_CHALLENGE_FIELD, QUESTION_FORM_FIELDS, type QuestionFormField } from '@/lib/qa/qa';

export interface QuestionFormState {
  message: string;
  errors: Partial<Record<QuestionFormField, string>>;
  values: Partial<Record<QuestionFormField, string>>;
}

/** Bound to the form with useActionState; also callable as a plain form action (FormData first). */
export async function sendQuestionAction(previous: unknown, input?: unknown): Promise<QuestionFormState> {
  const form = input instanceof FormData ? input : previous instanceof FormData ? previous : null;
  const raw: Record<string, string> = {};
  for (const key of [...QUESTION_FORM_FIELDS, HONEYPOT_FIELD]) {
    const value = form?.get(key);
    // Bounded before anything else reads it: the schema refuses long values with a message.
    if (typeof value === 'string') raw[key] = value.slice(0, 5000);
  }
  const values = Object.fromEntries(QUESTION_FORM_FIELDS.map((k) => [k, raw[k] ?? ''])) as QuestionFormState['values'];
  if (!(await actionOriginOk())) return { message: 'Yêu cầu bị từ chối vì không gửi từ trang của cổng thông tin. Hãy tải lại trang và gửi lại.', errors: {}, values };
  let code: string;
  try {
    // The proof-of-work payload (only when scripts ran): not cut short like the fields, since a cut
    // payload would look forged; lib/data/questions/challenge.ts refuses any of unusual length.
    const challenge = form?.get(QA_CHALLENGE_FIELD);
    const result = await submitQuestion(raw, { ip: clientIp(await headers()), challenge: typeof challenge === 'string' ? challenge : undefined });
    if (!result.ok) return { message: result.message, errors: result.errors, values };
    code = result.trackingCode;
  } catch (error) {
    const refused = failure(error);
    return { message: refused.ok ? '' : refused.message, errors: {}, values };
  }
  redirect(`/hoi-dap/da-nhan?ma=${encodeURIComponent(code)}`);
}
