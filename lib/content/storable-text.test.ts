import { describe, expect, it } from 'vitest';
import { BROKEN_UNICODE_MESSAGE, composedText, NUL_MESSAGE, unstorableInputMessage, unstorableStringMessage } from './storable-text';

describe('storable text', () => {
  it('refuses NUL and UTF-16 halves, in values and in keys, at any depth', () => {
    expect(unstorableStringMessage('a\u0000b')).toBe(NUL_MESSAGE);
    expect(unstorableStringMessage('yv\udfffue')).toBe(BROKEN_UNICODE_MESSAGE);
    expect(unstorableStringMessage('\ud83d')).toBe(BROKEN_UNICODE_MESSAGE);
    expect(unstorableInputMessage({ title: 'ok', meeting: { people: [{ name: 'x\u0000' }] } })).toBe(NUL_MESSAGE);
    expect(unstorableInputMessage({ ['k\ud800']: 1 })).toBe(BROKEN_UNICODE_MESSAGE);
  });

  it('lets odd but well-formed text through: RTL marks, zero-width, combining marks, emoji, Vietnamese', () => {
    for (const text of ['\u200f\u202eabc', '\u200b\ufeff', 'e\u0301', '🇻🇳 𝕏', 'Tiếng Việt có dấu', '\u2028']) expect(unstorableStringMessage(text)).toBeNull();
    expect(unstorableInputMessage({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '🇻🇳' }] }] } })).toBeNull();
  });

  it('refuses nesting deeper than 64 levels without overflowing its own stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(unstorableInputMessage(deep)).toMatch(/lồng nhau quá sâu/);
    let shallow: unknown = 'lá';
    for (let i = 0; i < 60; i += 1) shallow = [shallow];
    expect(unstorableInputMessage(shallow)).toBeNull();
  });

  it('composes decomposed text (NFC) in every string at any depth, keys, other values and the input untouched', () => {
    const nfd = 'Đà Nẵng, Hòa Bình'.normalize('NFD');
    expect(nfd).not.toBe('Đà Nẵng, Hòa Bình');
    const when = new Date(0);
    const input = { title: nfd, n: 1, none: null, when, ['k' + nfd]: [nfd, { text: nfd, deeper: [[nfd]] }] };
    const out = composedText(input);
    expect(out).toEqual({ title: 'Đà Nẵng, Hòa Bình', n: 1, none: null, when, ['k' + nfd]: ['Đà Nẵng, Hòa Bình', { text: 'Đà Nẵng, Hòa Bình', deeper: [['Đà Nẵng, Hòa Bình']] }] });
    expect(out.when).toBe(when);
    expect(input.title).toBe(nfd);
    expect(composedText(nfd)).toBe('Đà Nẵng, Hòa Bình');
    const deep = JSON.parse('['.repeat(100_000) + JSON.stringify(nfd) + ']'.repeat(100_000)) as unknown;
    let inner: unknown = composedText(deep);
    for (let i = 0; i < 100_000; i++) inner = (inner as unknown[])[0];
    expect(inner).toBe('Đà Nẵng, Hòa Bình');
  });
});
