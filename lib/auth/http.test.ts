import { describe, expect, it } from 'vitest';
import { carriesSessionCookie, clientIp, isSameOrigin, requestHost, safeNextPath } from './http';

const h = (entries: Record<string, string>) => new Headers(entries);

describe('clientIp', () => {
  it('takes the rightmost forwarded address (the one the nearest hop added)', () => {
    expect(clientIp(h({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientIp(h({ 'x-forwarded-for': '::ffff:127.0.0.1' }))).toBe('127.0.0.1');
    expect(clientIp(h({ 'x-forwarded-for': '2001:db8::1' }))).toBe('2001:db8::1');
  });
  it('never returns arbitrary text', () => {
    expect(clientIp(h({ 'x-forwarded-for': '<script>' }))).toBe('unknown');
    expect(clientIp(h({}))).toBe('unknown');
  });
});

describe('isSameOrigin', () => {
  it('accepts an Origin matching the host', () => {
    expect(isSameOrigin(h({ origin: 'http://localhost:3100', host: 'localhost:3100', 'x-forwarded-proto': 'http' }))).toBe(true);
    expect(isSameOrigin(h({ origin: 'https://portal.gov.vn', host: 'internal:3000', 'x-forwarded-host': 'portal.gov.vn', 'x-forwarded-proto': 'https' }))).toBe(true);
    expect(isSameOrigin(h({ origin: 'https://portal.gov.vn', host: 'portal.gov.vn:443', 'x-forwarded-proto': 'https' }))).toBe(true);
    expect(isSameOrigin(h({ origin: 'http://localhost:3100', host: 'localhost:3100' }), 'http:')).toBe(true);
  });
  it('compares the scheme too: an http page is not the https site, nor the other way round', () => {
    expect(isSameOrigin(h({ origin: 'http://portal.gov.vn', host: 'portal.gov.vn', 'x-forwarded-proto': 'https' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'https://localhost:3100', host: 'localhost:3100', 'x-forwarded-proto': 'http' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'http://localhost:3100', host: 'localhost:3100' }), 'https:')).toBe(false);
    expect(isSameOrigin(h({ origin: 'ftp://localhost:3100', host: 'localhost:3100' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'https://portal.gov.vn:8443', host: 'portal.gov.vn', 'x-forwarded-proto': 'https' }))).toBe(false);
  });
  it('refuses a host header that is not a plain host[:port]', () => {
    expect(isSameOrigin(h({ origin: 'http://evil.example', host: 'evil.example/@localhost' }))).toBe(false);
    // Origin and Host the same text, but no valid origin at all: the exact-match shortcut must not accept it.
    expect(isSameOrigin(h({ origin: 'http://[::::]', host: '[::::]' }), 'http:')).toBe(false);
    expect(isSameOrigin(h({ origin: 'http://LOCALHOST:3100', host: 'LOCALHOST:3100' }), 'http:')).toBe(true);
  });
  it('refuses another origin, a missing Origin, the null origin and garbage', () => {
    expect(isSameOrigin(h({ origin: 'https://evil.example', host: 'localhost:3100' }))).toBe(false);
    expect(isSameOrigin(h({ host: 'localhost:3100' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'null', host: 'localhost:3100' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'not a url', host: 'localhost:3100' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'http://localhost:3101', host: 'localhost:3100' }))).toBe(false);
  });
  it('reads the forwarded host first, as Next.js does', () => {
    expect(requestHost(h({ host: 'a', 'x-forwarded-host': 'b, c' }))).toBe('b');
  });
});

describe('safeNextPath', () => {
  it('keeps newsroom paths', () => {
    expect(safeNextPath('/toa-soan/nguoi-dung?trang=2')).toBe('/toa-soan/nguoi-dung?trang=2');
  });
  it('refuses other sites, other areas and loops back to the sign-in page', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', '/bai-viet/x', '/toa-soan/dang-nhap', 42, undefined, '/toa-soan' + 'x'.repeat(600)]) {
      expect(safeNextPath(bad)).toBe('/toa-soan');
    }
  });
});

describe('carriesSessionCookie', () => {
  const name = '__Secure-authjs.session-token';
  const h = (cookie: string | null) => ({ get: (n: string) => (n === 'cookie' ? cookie : null) });
  it('sees the session cookie, whole or in chunks, among others', () => {
    expect(carriesSessionCookie(h(`a=1; ${name}=eyJ; b=2`), name)).toBe(true);
    expect(carriesSessionCookie(h(`${name}.0=eyJ; ${name}.1=abc`), name)).toBe(true);
  });
  it('ignores other cookies, look-alikes and no cookie at all', () => {
    expect(carriesSessionCookie(h(null), name)).toBe(false);
    expect(carriesSessionCookie(h('authjs.session-token=x'), name)).toBe(false);
    expect(carriesSessionCookie(h(`${name}x=1; ${name}.evil=2; theme=${name}`), name)).toBe(false);
  });
});
