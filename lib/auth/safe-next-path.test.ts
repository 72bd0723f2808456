// The sign-in return address: whatever arrives, the browser must land inside the newsroom.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNextPath } from './http';

/** Where a browser would actually go with this Location, resolved as it would resolve it. */
const landing = (location: string) => new URL(location, 'http://localhost/toa-soan/dang-nhap');

const HOSTILE = [
  '/toa-soan/..//evil.example/x',
  '/toa-soan/../..//evil.example/x',
  '/toa-soan/%2e%2e//evil.example/x',
  '/toa-soan/%2E%2E//evil.example/x',
  '/toa-soan/.%2e//evil.example/x',
  '/toa-soan/%2e%2e%2f%2fevil.example/x',
  '/toa-soan/%2E%2E%2F%2Fevil.example',
  '/toa-soan/%252e%252e//evil.example/x',
  '/toa-soan/..%2f%2fevil.example',
  '/toa-soan/..\\\\evil.example',
  '/toa-soan/..%5c%5cevil.example',
  '/toa-soan\\..\\..\\evil.example',
  '/toa-soan/../\\evil.example',
  '/toa-soan/..//\tevil.example',
  '/toa-soan/..%09//evil.example',
  '/toa-soan/../%0a/evil.example',
  '/\t/evil.example',
  '/toa-soan/%00/../..//evil.example',
  '/toa-soan/./../bai-viet/x',
  '/toa-soan/..',
  '/toa-soan/%2e%2e',
  '/toa-soanx',
  '/toa-soan-gia',
  '/TOA-SOAN/../..//evil.example',
  '/Toa-Soan/x',
  '/toa-soan/dang-nhap/../dang-nhap',
  '/toa-soan//dang-nhap',
  '/toa-soan/./dang-nhap?tiep=//evil.example',
  '/toa-soan/%64ang-nhap',
  '/toa-soan/dat-mat-khau/abc',
  'https://evil.example/toa-soan',
  'HTTPS://evil.example/toa-soan',
  ' /toa-soan',
  '\\\\evil.example\\toa-soan',
  '/toa-soan/%',
  '/toa-soan/%zz',
];

describe('safeNextPath: decoded and normalised before it is judged', () => {
  it.each(HOSTILE)('sends %j back to the desk', (value) => {
    expect(safeNextPath(value)).toBe('/toa-soan');
  });

  it('keeps ordinary newsroom addresses, tidied', () => {
    expect(safeNextPath('/toa-soan')).toBe('/toa-soan');
    expect(safeNextPath('/toa-soan/')).toBe('/toa-soan');
    expect(safeNextPath('/toa-soan/nguoi-dung?trang=2')).toBe('/toa-soan/nguoi-dung?trang=2');
    expect(safeNextPath('/toa-soan/bai-viet/3f1c/../3f1d#x')).toBe('/toa-soan/bai-viet/3f1d');
    expect(safeNextPath('/toa-soan//thu-vien')).toBe('/toa-soan/thu-vien');
    expect(safeNextPath('/toa-soan/%74hu-vien')).toBe('/toa-soan/thu-vien');
    expect(safeNextPath('/toa-soan/tim?q=%C4%91%E1%BA%A5t')).toBe('/toa-soan/tim?q=%C4%91%E1%BA%A5t');
  });

  it('whatever string goes in, the browser lands on this host inside /toa-soan', () => {
    const pieces = fc.constantFrom(
      '/', '//', '\\', '.', '..', '%2e', '%2E', '%2f', '%2F', '%5c', '%5C', '%252e', '%252f', '%09', '%0a', '%00',
      '\t', '\n', '\r', ' ', '?', '#', '@', ':', 'evil.example', 'toa-soan', 'TOA-SOAN', 'dang-nhap', 'x', 'http:', 'https:', '%',
    );
    const inputs = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.array(pieces, { maxLength: 12 }).map((parts) => '/toa-soan' + parts.join('')),
    );
    fc.assert(
      fc.property(inputs, (value) => {
        const result = safeNextPath(value);
        expect(result.startsWith('/toa-soan')).toBe(true);
        const url = landing(result);
        expect(url.origin).toBe('http://localhost');
        expect(url.pathname === '/toa-soan' || url.pathname.startsWith('/toa-soan/')).toBe(true);
        expect(/^\/toa-soan\/dang-nhap(\/|$)/.test(url.pathname)).toBe(false);
        // Stable: the browser's own normalisation changes nothing.
        expect(url.pathname + url.search).toBe(result);
      }),
      { numRuns: 2000 },
    );
  });
});
