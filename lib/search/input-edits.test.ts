import { describe, expect, it } from 'vitest';
import { correctable, oneEditAway } from './input-edits';

describe('oneEditAway', () => {
  const edits = new Set(oneEditAway('nang'));

  it('holds every deletion, insertion, substitution and swap, and not the word itself', () => {
    expect(edits.has('nag')).toBe(true);
    expect(edits.has('nangg')).toBe(true);
    expect(edits.has('nanh')).toBe(true);
    expect(edits.has('bang')).toBe(true);
    expect(edits.has('anng')).toBe(true);
    expect(edits.has('nang')).toBe(false);
    expect(edits.has('nnah')).toBe(false);
  });

  it('is bounded by the word length (about 54 per letter)', () => {
    expect(edits.size).toBeLessThanOrEqual(54 * 4 + 26);
    expect(new Set(oneEditAway('abcdefghijklmnopqrst')).size).toBeLessThan(1200);
  });
});

describe('correctable', () => {
  it('takes plain words of 4 to 20 letters only', () => {
    expect(correctable('nghix')).toBe(true);
    expect(correctable('hoi')).toBe(false);
    expect(correctable('covid19')).toBe(false);
    expect(correctable('a'.repeat(21))).toBe(false);
  });
});
