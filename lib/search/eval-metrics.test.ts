import { describe, expect, it } from 'vitest';
import { ndcgAt, reciprocalRank } from './eval-metrics';

describe('search evaluation metrics', () => {
  const judged = { a: 2, b: 1 };
  it('gives 1 to the ideal order and less when a relevant story is pushed down', () => {
    expect(ndcgAt(10, ['a', 'b', 'x'], judged)).toBeCloseTo(1);
    expect(ndcgAt(10, ['b', 'a'], judged)).toBeLessThan(1);
    expect(ndcgAt(10, ['x', 'a', 'b'], judged)).toBeLessThan(ndcgAt(10, ['a', 'x', 'b'], judged));
    expect(ndcgAt(1, ['x', 'a'], judged)).toBe(0);
    expect(ndcgAt(10, [], judged)).toBe(0);
  });
  it('takes the rank of the first relevant story', () => {
    expect(reciprocalRank(['x', 'y', 'b'], judged)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x'], judged)).toBe(0);
  });
});
