import { describe, expect, it } from 'vitest';
import { addressNetwork, newDailySalt, readerHash, sourceHash } from './reader-hash';
import { dayWindow } from './window';

const UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const STORY = '0b9d2a52-6c1e-4c83-9d7e-2f1f0c1d5e11';

describe('readerHash', () => {
  it('is the same for the same reader and story under one salt, and holds no address', () => {
    const salt = newDailySalt();
    const key = readerHash(salt, '203.0.113.7', UA, STORY);
    expect(readerHash(salt, '203.0.113.7', UA, STORY.toUpperCase())).toBe(key);
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(key).not.toContain('203');
  });

  it('differs for another address, browser or story', () => {
    const salt = newDailySalt();
    const key = readerHash(salt, '203.0.113.7', UA, STORY);
    expect(readerHash(salt, '203.0.113.8', UA, STORY)).not.toBe(key);
    expect(readerHash(salt, '203.0.113.7', `${UA} x`, STORY)).not.toBe(key);
    expect(readerHash(salt, '203.0.113.7', UA, '0b9d2a52-6c1e-4c83-9d7e-2f1f0c1d5e12')).not.toBe(key);
    // Fields cannot run into each other.
    expect(readerHash(salt, '1', '23', STORY)).not.toBe(readerHash(salt, '12', '3', STORY));
  });

  it('cannot be linked across days: a new salt gives another key for the same reader', () => {
    const [a, b] = [newDailySalt(), newDailySalt()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readerHash(a, '203.0.113.7', UA, STORY)).not.toBe(readerHash(b, '203.0.113.7', UA, STORY));
  });
});

describe('addressNetwork', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(addressNetwork('203.0.113.7')).toBe('203.0.113.7');
  });

  it('reduces an IPv6 address to its /64, however it is written: one subscriber picks any address inside it', () => {
    const net = addressNetwork('2001:db8:1:2::1');
    expect(addressNetwork('2001:0db8:0001:0002:ffff:0:0:9')).toBe(net);
    expect(addressNetwork('2001:DB8:1:2:aaaa:bbbb:cccc:dddd')).toBe(net);
    expect(addressNetwork('2001:db8:1:3::1')).not.toBe(net);
    expect(addressNetwork('::1')).toBe(addressNetwork('0:0:0:0:0:0:0:2'));
    expect(addressNetwork('2001:db8:1:2::1.2.3.4')).toBe(net);
  });

  it('leaves what is not an address as it is (clientIp says "unknown")', () => {
    expect(addressNetwork('unknown')).toBe('unknown');
    expect(addressNetwork('1:2:3')).toBe('1:2:3');
  });
});

describe('sourceHash', () => {
  it('is one key per network and story for the day, whatever the browser, and holds no address', () => {
    const salt = newDailySalt();
    const key = sourceHash(salt, '2001:db8:1:2::1', STORY);
    expect(sourceHash(salt, '2001:db8:1:2::99', STORY.toUpperCase())).toBe(key);
    expect(sourceHash(salt, '2001:db8:1:3::1', STORY)).not.toBe(key);
    expect(sourceHash(salt, '2001:db8:1:2::1', '0b9d2a52-6c1e-4c83-9d7e-2f1f0c1d5e12')).not.toBe(key);
    expect(sourceHash(newDailySalt(), '2001:db8:1:2::1', STORY)).not.toBe(key);
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // Never equal to a reader key of the same address and story (another domain of the hash).
    expect(sourceHash(salt, '203.0.113.7', STORY)).not.toBe(readerHash(salt, '203.0.113.7', '', STORY));
  });
});

describe('dayWindow', () => {
  it('takes today in full and the part of yesterday still inside the last 24 hours (Vietnam time)', () => {
    // 06:00 in Vietnam = 23:00 UTC the day before.
    expect(dayWindow('day', new Date('2026-12-05T23:00:00Z'))).toEqual({ fullFrom: '2026-12-06', partialDay: '2026-12-05', partialWeight: 0.75 });
    expect(dayWindow('day', new Date('2026-12-05T17:00:00Z'))).toEqual({ fullFrom: '2026-12-06', partialDay: '2026-12-05', partialWeight: 1 });
  });

  it('takes the last seven days in full and the part of the eighth still inside the window', () => {
    expect(dayWindow('week', new Date('2026-12-06T05:00:00Z'))).toEqual({ fullFrom: '2026-11-30', partialDay: '2026-11-29', partialWeight: 0.5 });
  });
});
