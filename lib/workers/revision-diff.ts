// The revision comparison off the request thread: word by word within the word bound and time
// budget, else by paragraph; if the worker itself runs out of time, a paragraph-only pass, and if
// even that cannot finish, every changed field shown as replaced whole (linear, no diff).
import { wholeFieldDiff, type DiffableRevision, type RevisionDiff } from '@/lib/content/diff';
import { log } from '@/lib/log/logger';
import { runTask } from './pool';

export async function compareRevisionsOffThread(older: DiffableRevision, newer: DiffableRevision): Promise<RevisionDiff> {
  const pick = (r: DiffableRevision): DiffableRevision => ({ title: r.title, sapo: r.sapo, body: r.body, meta: r.meta, meeting: r.meeting, suggestionAuthors: r.suggestionAuthors });
  const input = { older: pick(older), newer: pick(newer) };
  const full = await runTask('compareRevisions', { ...input, limits: { wordBudgetMs: 2_500, paragraphBudgetMs: 2_000 } }, { timeoutMs: 8_000 });
  if (full.ok) return full.value;
  log.warn({ reason: full.reason }, 'revision diff: word pass did not finish');
  const coarse = await runTask('compareRevisions', { ...input, limits: { maxWords: 0, paragraphBudgetMs: 2_000 } }, { timeoutMs: 4_000 });
  if (coarse.ok) return coarse.value;
  return wholeFieldDiff(older, newer);
}
