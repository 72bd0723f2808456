import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { articleThreads } from '@/db/schema';
import type { Executor } from '../articles/tx';
import { DataError } from '../errors';

/** The sign-off waits for every comment thread: refused while any is open, counted, with the first one to open. */
export async function assertThreadsResolved(tx: Executor, articleId: string): Promise<void> {
  const open = and(eq(articleThreads.articleId, articleId), eq(articleThreads.status, 'open'));
  // The first open thread and how many are open, in one statement (`tx` runs one query at a time).
  const [first] = await tx
    .select({ id: articleThreads.id, quote: articleThreads.quote, n: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(articleThreads)
    .where(open)
    .orderBy(asc(articleThreads.createdAt), asc(articleThreads.id))
    .limit(1);
  if (!first) return;
  const { n } = first;
  const quote = first.quote.length > 80 ? `${first.quote.slice(0, 80)}…` : first.quote;
  throw new DataError('invalid', `Còn ${n} góp ý chưa giải quyết: hãy giải quyết hết (hoặc trả bài để người viết xử lý) rồi mới duyệt. Góp ý đầu tiên: «${quote}».`, {
    reason: 'open_threads',
    openThreads: n,
    firstThreadId: first.id,
    firstThreadUrl: `/toa-soan/bai-viet/${articleId}#gop-y-${first.id}`,
    // Shown next to the refusal in the editor (runAction passes links under /toa-soan/ on).
    link: { href: `/toa-soan/bai-viet/${articleId}#gop-y-${first.id}`, label: 'Đến góp ý đầu tiên' },
  });
}
