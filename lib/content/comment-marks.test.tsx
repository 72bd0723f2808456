import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { anchorComment, carryCommentAnchors, commentQuotes, commentThreadIds, withoutCommentMarks } from './comment-marks';
import { bodyToPlainText } from './plain-text';
import { renderBody } from './render';
import type { JSONContent } from './types';
import { validateBody } from './validate';

const THREAD = '3f1c2a4e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';
const comment = (threadId: unknown = THREAD) => ({ type: 'comment', attrs: { threadId } });
const doc = (...content: unknown[]) => ({ type: 'doc', content }) as JSONContent;
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });

describe('comment mark in the shared schema', () => {
  it('is accepted with a thread id and stored in lower case', () => {
    const r = validateBody(doc(p(t('Kết luận '), t('số liệu quý hai', [comment(THREAD.toUpperCase())]), t('.'))));
    expect(r.ok).toBe(true);
    if (r.ok) expect(commentThreadIds(r.json)).toEqual([THREAD]);
  });

  it.each([[null], ['not-a-uuid'], [42], [`${THREAD}x`]])('refuses a comment mark whose thread id is %j', (threadId) => {
    const r = validateBody(doc(p(t('a', [comment(threadId)]))));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.code).toBe('invalid_attribute');
      expect(r.problems[0]!.message).toMatch(/góp ý/i);
    }
  });

  it('lets two threads overlap on the same words', () => {
    const other = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
    const r = validateBody(doc(p(t('chung', [comment(THREAD), comment(other)]))));
    expect(r.ok).toBe(true);
    if (r.ok) expect(commentThreadIds(r.json).sort()).toEqual([THREAD, other].sort());
  });
});

describe('readers never see a comment mark', () => {
  const body = doc(p(t('Kết luận '), t('số liệu', [{ type: 'bold' }, comment()]), t(' quý hai', [comment()])));

  it('renders no trace of it', () => {
    const html = renderToStaticMarkup(<>{renderBody(body, { media: new Map() })}</>);
    expect(html).toBe('<p>Kết luận <strong>số liệu</strong> quý hai</p>');
    expect(html).not.toContain(THREAD);
    expect(html).not.toMatch(/comment|thread/i);
  });

  it('withoutCommentMarks removes the marks, keeps the others and joins the text back', () => {
    const stripped = withoutCommentMarks(body);
    expect(stripped).toEqual(doc(p(t('Kết luận '), t('số liệu', [{ type: 'bold' }]), t(' quý hai'))));
    expect(JSON.stringify(stripped)).not.toContain(THREAD);
    expect(bodyToPlainText(stripped)).toBe(bodyToPlainText(body));
  });

  it('leaves a body without comment marks as it was', () => {
    const plain = doc(p(t('a', [{ type: 'italic' }])), { type: 'horizontalRule' });
    expect(withoutCommentMarks(plain)).toEqual(plain);
  });
});

describe('anchorComment', () => {
  const body = doc(p(t('Hội nghị '), t('tổng kết', [{ type: 'bold' }]), t(' năm 2026.')), p(t('Hội nghị tổng kết lần hai.')));

  it('marks the first occurrence, across marked text nodes', () => {
    const r = anchorComment(body, 'Hội nghị tổng kết', THREAD);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body.content![0]!.content).toEqual([t('Hội nghị ', [comment()]), t('tổng kết', [{ type: 'bold' }, comment()]), t(' năm 2026.')]);
    expect(r.body.content![1]!.content).toEqual(body.content![1]!.content);
    expect(validateBody(r.body).ok).toBe(true);
  });

  it('answers not found for text that is not in the body, or spans two paragraphs', () => {
    expect(anchorComment(body, 'Hội nghị sơ kết', THREAD)).toEqual({ ok: false, reason: 'not_found' });
    expect(anchorComment(body, 'năm 2026.Hội nghị', THREAD)).toEqual({ ok: false, reason: 'not_found' });
  });
});

describe('anchoring on the selected occurrence and carrying anchors over a conflict', () => {
  const OTHER = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
  const body = doc(p(t('Số liệu quý hai. Số liệu quý hai cần xem lại.')));

  it('anchors the range the editor selected when it holds the quote (the second occurrence here)', () => {
    // "Số liệu quý hai" starts at character 17 of the paragraph: positions 18 to 33.
    const r = anchorComment(body, 'Số liệu quý hai', THREAD, { from: 18, to: 33 });
    expect(r.ok && [r.from, r.to]).toEqual([18, 33]);
    if (r.ok) expect(r.body.content![0]!.content!.map((n) => [n.text, commentThreadIds({ type: 'doc', content: [n] }).length])).toEqual([['Số liệu quý hai. ', 0], ['Số liệu quý hai', 1], [' cần xem lại.', 0]]);
  });

  it('falls back to the first occurrence when the range holds other words', () => {
    const r = anchorComment(body, 'Số liệu quý hai', THREAD, { from: 2, to: 9 });
    expect(r.ok && [r.from, r.to]).toEqual([1, 16]);
  });

  it('puts anchors only in the other version onto the same words in mine, and names those whose words are gone', () => {
    const theirs = doc(p(t('Kết luận '), t('số liệu', [comment(THREAD)]), t(' và '), t('tiến độ', [comment(OTHER)]), t('.')));
    expect(commentQuotes(theirs)).toEqual(new Map([[THREAD, 'số liệu'], [OTHER, 'tiến độ']]));
    const mine = doc(p(t('Kết luận mới về số liệu năm.')));
    const { body: carried, lost } = carryCommentAnchors(mine, theirs);
    expect(commentThreadIds(carried)).toEqual([THREAD]);
    expect(lost).toEqual([OTHER]);
    expect(bodyToPlainText(carried)).toBe(bodyToPlainText(mine));
  });
});
