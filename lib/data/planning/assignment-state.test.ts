import { describe, expect, it } from 'vitest';
import { assignmentOverdue, assignmentState } from './assignment-state';

const now = new Date('2026-12-06T10:00:00Z');
const past = new Date('2026-12-06T09:00:00Z');
const future = new Date('2026-12-06T11:00:00Z');

describe('assignment state', () => {
  it('is done once its story reached readers, whatever happened after', () => {
    for (const status of ['published', 'unpublished', 'archived']) expect(assignmentState({ cancelledAt: null, articleId: 'a', articleStatus: status })).toBe('done');
  });
  it('tells the other steps apart, cancelled first', () => {
    expect(assignmentState({ cancelledAt: now, articleId: 'a', articleStatus: 'published' })).toBe('cancelled');
    expect(assignmentState({ cancelledAt: null, articleId: null, articleStatus: null })).toBe('not_started');
    expect(assignmentState({ cancelledAt: null, articleId: 'a', articleStatus: 'draft' })).toBe('writing');
    for (const status of ['in_review', 'awaiting_approval', 'approved', 'scheduled']) expect(assignmentState({ cancelledAt: null, articleId: 'a', articleStatus: status })).toBe('in_workflow');
  });
  it('is overdue only while the writer still holds it and the due time has passed', () => {
    expect(assignmentOverdue('not_started', past, now)).toBe(true);
    expect(assignmentOverdue('writing', past, now)).toBe(true);
    expect(assignmentOverdue('writing', future, now)).toBe(false);
    for (const state of ['in_workflow', 'done', 'cancelled'] as const) expect(assignmentOverdue(state, past, now)).toBe(false);
  });
});
