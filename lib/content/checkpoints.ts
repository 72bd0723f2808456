// PURE. Revisions are immutable and every autosave writes one; people want checkpoints. A run of
// autosaves by one author within a few minutes shows as its last revision only. Explicit saves,
// restores, imports and the revisions that matter (current, live, approved) always show.
export const COALESCE_MS = 10 * 60_000;

export interface RevisionStamp {
  id: string;
  number: number;
  origin: string;
  authorId: string | null;
  createdAt: Date;
}

export function checkpoints<T extends RevisionStamp>(revisions: readonly T[], keep: ReadonlySet<string>): Array<T & { hidden: number }> {
  const oldestFirst = [...revisions].sort((a, b) => a.number - b.number);
  const out: Array<T & { hidden: number }> = [];
  let hidden = 0;
  oldestFirst.forEach((rev, i) => {
    const next = oldestFirst[i + 1];
    const sameBurst =
      rev.origin === 'autosave' &&
      next !== undefined &&
      next.origin === 'autosave' &&
      next.authorId === rev.authorId &&
      next.createdAt.getTime() - rev.createdAt.getTime() <= COALESCE_MS;
    if (sameBurst && !keep.has(rev.id)) {
      hidden++;
      return;
    }
    out.push({ ...rev, hidden });
    hidden = 0;
  });
  return out.reverse();
}
