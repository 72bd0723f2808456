import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { questions } from '@/db/schema';
import { questionAnsweredMail, questionReceiptMail, sendMail, type Mail } from '@/lib/mail/mail';
import { siteOrigin } from '../public/origin';

/** A mail never holds up the citizen or the desk for long: at most 15 seconds, then it is given up (and logged by sendMail). */
async function bounded(mail: Mail): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), 15_000);
  });
  try {
    return await Promise.race([sendMail(mail), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function sender(id: string) {
  const [row] = await db.select({ name: questions.senderName, email: questions.senderEmail, code: questions.trackingCode }).from(questions).where(eq(questions.id, id));
  return row?.email ? { name: row.name, email: row.email, code: row.code } : null;
}

/** The receipt with the tracking code, after the question is stored. False when not sent (no mail server, failure). */
export async function mailQuestionReceipt(id: string): Promise<boolean> {
  const to = await sender(id);
  if (!to) return false;
  return bounded(questionReceiptMail({ ...to, lookupUrl: `${await siteOrigin()}/hoi-dap/tra-cuu` }));
}

/** After the answer is published (the sender's email may already be erased on request: then nothing is sent). */
export async function mailQuestionAnswered(id: string): Promise<boolean> {
  const to = await sender(id);
  if (!to) return false;
  return bounded(questionAnsweredMail({ ...to, url: `${await siteOrigin()}/hoi-dap/${id}` }));
}
