import { describe, expect, it } from 'vitest';
import { parseRange } from './range';

const partial = (start: number, end: number) => ({ kind: 'partial', range: { start, end } });

describe('parseRange', () => {
  it('reads the three forms of one byte range, clamped to the file', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual(partial(0, 99));
    expect(parseRange('bytes=500-', 1000)).toEqual(partial(500, 999));
    expect(parseRange('bytes=-100', 1000)).toEqual(partial(900, 999));
    expect(parseRange('bytes=-5000', 1000)).toEqual(partial(0, 999));
    expect(parseRange('bytes=990-5000', 1000)).toEqual(partial(990, 999));
    expect(parseRange('bytes=999-999', 1000)).toEqual(partial(999, 999));
  });

  it('answers unsatisfiable for a range wholly past the end (or an empty suffix)', () => {
    expect(parseRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=2000-3000', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('ignores what it does not understand and sends the whole file', () => {
    for (const header of [null, '', 'bytes=', 'bytes=-', 'items=0-1', 'bytes=5-2', 'bytes=0-1,5-9', 'bytes=a-b', 'bytes=99999999999999999999-'])
      expect(parseRange(header, 1000), String(header)).toEqual({ kind: 'full' });
  });
});
