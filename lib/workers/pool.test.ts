// The pool runs real worker threads (entry.mjs through tsx), as under `next start`.
import { afterAll, describe, expect, it } from 'vitest';
import { closeTaskPool, runTask } from './pool';
import { convertHtmlOffThread } from './html-to-body';
import { compareRevisionsOffThread } from './revision-diff';

afterAll(() => closeTaskPool());

const rev = (text: string) => ({ title: 'Tiêu đề', sapo: '', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }, meta: {}, meeting: null });

describe('the CPU pool', () => {
  it('runs a task in a worker thread and returns its value', async () => {
    const outcome = await runTask('compareRevisions', { older: rev('Năm 2019 đạt kết quả tốt.'), newer: rev('Năm 2019 đạt kết quả rất tốt.') }, { timeoutMs: 20_000 });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value.fields.find((f) => f.field === 'body')!.parts.some((p) => p.change === 'added' && p.text.includes('rất'))).toBe(true);
  }, 30_000);

  it('aborts a task over its budget without blocking this thread, and keeps working afterwards', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const started = Date.now();
    const outcome = await runTask('spin', { ms: 30_000 }, { timeoutMs: 1_500 });
    clearInterval(timer);
    expect(outcome).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(ticks).toBeGreaterThan(30); // the event loop kept turning meanwhile
    expect(await runTask('spin', { ms: 10 }, { timeoutMs: 20_000 })).toEqual({ ok: true, value: 10 });
  }, 30_000);

  it('compares a rewritten long draft by paragraph, with the message for people', async () => {
    const words = (seed: string) => Array.from({ length: 20_000 }, (_, i) => `${seed}${i}${i % 40 === 39 ? '\n' : ''}`).join(' ');
    const started = Date.now();
    const diff = await compareRevisionsOffThread(rev(words('cũ')), rev(words('mới')));
    expect(diff.coarse).toBe(true);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('converts bodyHtml in a worker, keeping the text after an <svg> with <style>, and refuses over the limits', async () => {
    const kept = await convertHtmlOffThread('<p>Trước</p><svg><style>.a{}</style></svg><p>Sau hình vẽ</p>');
    expect(kept.ok && JSON.stringify(kept.body)).toContain('Sau hình vẽ');
    const big = await convertHtmlOffThread('<p>x</p>'.repeat(40_000));
    expect(big).toEqual({ ok: false, message: expect.stringMatching(/vượt giới hạn 250 KB/) });
  }, 30_000);
});
