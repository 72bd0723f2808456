import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isFrameworkScript, pagePolicy, pageStatus, securePageEntry, servedPageEntry } from './page-entry.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src '))!;

const BOOT = '(self.__next_f=self.__next_f||[]).push([0])';
const DATA = 'self.__next_f.push([1,"0:{\\"P\\":null}\\n\\u003cb\\u003e"])';

describe('cached page CSP', () => {
  it('allows exactly the framework scripts of the page, by hash, and no nonce or unsafe-inline', () => {
    const html = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>x</p><script>${BOOT}</script><script>${DATA}</script></body></html>`;
    const src = scriptSrc(pagePolicy(html));
    expect(src).toBe(`script-src 'self' ${hash(BOOT)} ${hash(DATA)}`);
    expect(pagePolicy(html)).toContain("object-src 'none'");
    expect(pagePolicy(html)).toContain("frame-ancestors 'self'");
  });

  it('never hashes a script of another shape, however close to the framework one', () => {
    for (const text of [
      'alert(1)',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"+alert(1)+""])',
      'self.__next_f.push([1,"x"]),alert(1)',
      'self.__next_f.push([2,"x"])',
      'self.__next_f.push([3,"not base64!"])',
      '(self.__next_f=self.__next_f||[]).push([0]);alert(1)',
      'self.__next_f.push([1,"\\x41"])',
    ]) {
      expect(isFrameworkScript(text), text).toBe(false);
      expect(scriptSrc(pagePolicy(`<script>${text}</script>`)), text).toBe("script-src 'self'");
    }
    expect(isFrameworkScript('self.__next_f.push([3,"QUJD"])')).toBe(true);
    const turbopack = (json: string) => `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(${json});`;
    expect(isFrameworkScript(turbopack('{"otherChunks":["static/chunks/0j67i77x0awtp.js","static/chunks/40nmca7u-aksc.js"],"runtimeModuleIds":[94553]}'))).toBe(true);
    for (const json of ['{"otherChunks":["//evil.example/x.js"]}', '{"otherChunks":[]}) ;alert(1);({', '{"x":1}', '{"otherChunks":[alert(1)]}']) {
      expect(isFrameworkScript(turbopack(json)), json).toBe(false);
    }
  });

  it('ignores JSON-LD data blocks and external scripts', () => {
    expect(scriptSrc(pagePolicy('<script type="application/ld+json">{"a":1}</script><script src="/x.js"></script>'))).toBe("script-src 'self'");
  });
});

describe('cached page status', () => {
  it('is 410 only for the marker in the head', () => {
    expect(pageStatus('<html><head><meta name="portal-status" content="410"/></head><body></body></html>')).toBe(410);
    expect(pageStatus('<html><head></head><body><meta name="portal-status" content="410"/></body></html>')).toBeUndefined();
  });

  it('sets the header and status on page entries in place, and leaves other entries alone', () => {
    const page = { kind: 'APP_PAGE', html: '<html><head><meta name="portal-status" content="410"/></head></html>', headers: { 'x-next-cache-tags': 't' } as Record<string, string>, status: 200 };
    expect(securePageEntry(page)).toBe(page);
    expect(page.status).toBe(410);
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self';/);
    expect(page.headers['x-next-cache-tags']).toBe('t');
    const route = { kind: 'APP_ROUTE', body: Buffer.from(''), headers: {}, status: 200 };
    securePageEntry(route);
    expect(route.headers).toEqual({});
  });

  it('serves a stored entry without scanning it again, but secures one that never went through a store or whose HTML changed', () => {
    const inline = '(self.__next_f=self.__next_f||[]).push([0])';
    const stored = securePageEntry({ kind: 'APP_PAGE', html: `<html><head></head><body><script>${inline}</script></body></html>`, headers: {} as Record<string, string>, status: 200 });
    // A policy that could only have come from the store: read leaves it as is.
    stored.headers['content-security-policy'] = 'kept';
    expect(servedPageEntry(stored).headers['content-security-policy']).toBe('kept');
    // HTML swapped without a store (a different length): scanned again.
    stored.html = '<html><head></head><body><script>alert(1)</script></body></html>';
    expect(servedPageEntry(stored).headers['content-security-policy']).toMatch(/script-src 'self';/);
    // Prerendered at build, never stored: scanned on read.
    const prerendered = servedPageEntry({ kind: 'APP_PAGE', html: '<html><head><meta name="portal-status" content="404"/></head></html>', headers: {} as Record<string, string>, status: 200 });
    expect(prerendered.headers['content-security-policy']).toMatch(/^default-src 'self'/);
    expect(prerendered.status).toBe(404);
  });
});
