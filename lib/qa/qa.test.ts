import { describe, expect, it } from 'vitest';
import { readerRoute } from '@/i18n/routing';
import { newTrackingCode, QA_STATUSES, qaTransition, shortenName, TRACKING_CODE, type QaEvent } from './qa';

describe('shortenName', () => {
  it('keeps the family name and initials only', () => {
    expect(shortenName('Nguyễn Văn An')).toBe('Nguyễn V. A.');
    expect(shortenName('  đỗ   thị  ánh ')).toBe('đỗ T. Á.');
    expect(shortenName('An')).toBe('A.');
    expect(shortenName('')).toBe('Bạn đọc');
    expect(shortenName(shortenName('Trần Thị Bích Ngọc'))).toBe('Trần T. B. N.');
  });
});

describe('qaTransition', () => {
  const table: Record<QaEvent, string[]> = {
    moderate: ['received'],
    reject: ['received', 'moderated', 'assigned'],
    assign: ['moderated', 'assigned', 'drafted'],
    save_answer: ['assigned', 'drafted', 'awaiting_approval', 'approved'],
    submit: ['drafted'],
    approve: ['awaiting_approval'],
    publish: ['approved'],
  };
  for (const [event, allowed] of Object.entries(table) as Array<[QaEvent, string[]]>) {
    for (const status of QA_STATUSES) {
      it(`${event} from ${status}: ${allowed.includes(status) ? 'allowed' : 'refused'}`, () => {
        expect(qaTransition(status, event).ok).toBe(allowed.includes(status));
      });
    }
  }
  it('voids the approval when the answer changes', () => {
    expect(qaTransition('approved', 'save_answer')).toEqual({ ok: true, to: 'drafted', voidsApproval: true });
    expect(qaTransition('approved', 'publish')).toEqual({ ok: true, to: 'published', voidsApproval: false });
  });
});

describe('tracking code', () => {
  it('has the year and eight unambiguous letters, different each time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newTrackingCode(2026)));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(TRACKING_CODE);
  });
});

describe('routes of /hoi-dap', () => {
  it('caches the list and the questions, renders the form and searches per request', () => {
    expect(readerRoute('/hoi-dap', '')).toEqual({ kind: 'page', locale: 'vi', target: '/vi/hoi-dap' });
    expect(readerRoute('/hoi-dap/0b4f7c1e-8a1d-4c3b-9a55-1f2e3d4c5b6a', '')).toMatchObject({ kind: 'page' });
    expect(readerRoute('/hoi-dap/gui', '')).toEqual({ kind: 'dynamic', locale: 'vi', target: '/vi/hoi-dap/gui' });
    expect(readerRoute('/hoi-dap/tim-kiem', '?q=dat')).toEqual({ kind: 'dynamic', locale: 'vi', target: '/vi/hoi-dap/tim-kiem?q=dat' });
    expect(readerRoute('/en/hoi-dap', '')).toMatchObject({ kind: 'missing' });
    expect(readerRoute('/hoi-dap/a/b', '')).toMatchObject({ kind: 'missing' });
  });
});
