import { describe, expect, it } from 'vitest';
import { checkpoints } from './checkpoints';

const t = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 8, minutes));
const rev = (number: number, origin: string, authorId: string, minutes: number) => ({ id: `r${number}`, number, origin, authorId, createdAt: t(minutes) });

describe('checkpoints', () => {
  it('collapses a burst of autosaves by one author into its last revision, newest first', () => {
    const list = [rev(1, 'save', 'a', 0), rev(2, 'autosave', 'a', 1), rev(3, 'autosave', 'a', 2), rev(4, 'autosave', 'a', 3), rev(5, 'autosave', 'b', 4)];
    expect(checkpoints(list, new Set()).map((r) => [r.id, r.hidden])).toEqual([
      ['r5', 0],
      ['r4', 2],
      ['r1', 0],
    ]);
  });
  it('starts a new checkpoint after a pause and keeps revisions that matter', () => {
    const list = [rev(1, 'autosave', 'a', 0), rev(2, 'autosave', 'a', 30), rev(3, 'autosave', 'a', 31)];
    expect(checkpoints(list, new Set()).map((r) => r.id)).toEqual(['r3', 'r1']);
    expect(checkpoints(list, new Set(['r2'])).map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
  });
});
