import { describe, expect, it } from 'vitest';
import { areaOf, contentSecurityPolicy, newNonce, staticSecurityHeaders } from './security-headers';

describe('content security policy', () => {
  it('allows scripts only with the nonce, never unsafe-inline', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc', area: 'public', dev: false });
    const scripts = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scripts).toContain("'nonce-abc'");
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
  });
  it("forbids framing the newsroom and lets the public site frame itself only", () => {
    expect(contentSecurityPolicy({ nonce: 'n', area: 'newsroom', dev: false })).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ nonce: 'n', area: 'public', dev: false })).toContain("frame-ancestors 'self'");
  });
  it('lets web workers start from this site only, never from blob: or data: addresses', () => {
    for (const area of ['public', 'newsroom'] as const) {
      const workers = contentSecurityPolicy({ nonce: 'n', area, dev: false }).split('; ').find((d) => d.startsWith('worker-src'));
      expect(workers).toBe("worker-src 'self'");
    }
  });
  it('adds eval only in development', () => {
    expect(contentSecurityPolicy({ nonce: 'n', area: 'public', dev: true })).toContain("'unsafe-eval'");
  });
  it('makes a fresh, unpredictable nonce each time', () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
  it('sends HSTS in production only', () => {
    expect(staticSecurityHeaders(true).map((h) => h.key)).toContain('Strict-Transport-Security');
    expect(staticSecurityHeaders(false).map((h) => h.key)).not.toContain('Strict-Transport-Security');
  });
  it('treats the newsroom and the API as the newsroom area', () => {
    expect(areaOf('/toa-soan')).toBe('newsroom');
    expect(areaOf('/toa-soan/nguoi-dung')).toBe('newsroom');
    expect(areaOf('/api/v1/me')).toBe('newsroom');
    expect(areaOf('/toa-soanx')).toBe('public');
    expect(areaOf('/bai-viet/x')).toBe('public');
  });
});
