// PURE. One HTTP byte range (RFC 9110 §14) against a file of `size` bytes. Video players ask for
// ranges to start playing and to seek; one range is all they ask for. A header we do not
// understand (another unit, bad syntax, several ranges) is ignored and the whole file is sent, as
// the RFC allows; a range wholly past the end is "416 Range Not Satisfiable".
import type { ByteRange } from './storage';

export type RangeAnswer = { kind: 'full' } | { kind: 'partial'; range: ByteRange } | { kind: 'unsatisfiable' };

const FULL: RangeAnswer = { kind: 'full' };
const UNSATISFIABLE: RangeAnswer = { kind: 'unsatisfiable' };

export function parseRange(header: string | null | undefined, size: number): RangeAnswer {
  if (!header) return FULL;
  const match = /^bytes=[ \t]*(\d*)-(\d*)[ \t]*$/i.exec(header.trim());
  if (!match) return FULL;
  const [, first, last] = match;
  if (first === '' && last === '') return FULL;
  const a = first === '' ? null : Number(first);
  const b = last === '' ? null : Number(last);
  if ((a !== null && !Number.isSafeInteger(a)) || (b !== null && !Number.isSafeInteger(b))) return FULL;
  if (a === null) {
    // bytes=-N: the last N bytes.
    if (b === 0 || size === 0) return UNSATISFIABLE;
    return { kind: 'partial', range: { start: Math.max(0, size - b!), end: size - 1 } };
  }
  if (b !== null && b < a) return FULL;
  if (a >= size) return UNSATISFIABLE;
  return { kind: 'partial', range: { start: a, end: Math.min(b ?? size - 1, size - 1) } };
}
