import { describe, expect, it } from 'vitest';
import { assigneeFits, canAssignArticle, canClaimArticle, canFollowArticle, stageRole } from './routing';
import type { Role, Viewer } from './roles';
import { canEditContent } from './workflow';

const user = (...roles: Role[]): Viewer => ({ kind: 'user', id: '00000000-0000-4000-8000-000000000001', roles });
const active = (roles: Role[], isAuthor = false) => ({ roles, isActive: true, isAuthor });

describe('routing policy', () => {
  it('has a pool per step: editors in review, leaders awaiting sign-off, none elsewhere', () => {
    expect(stageRole('in_review')).toBe('editor');
    expect(stageRole('awaiting_approval')).toBe('leader');
    expect(stageRole('draft')).toBeNull();
    expect(stageRole('published')).toBeNull();
  });

  it('lets editors claim stories in review and leaders stories awaiting sign-off, never their own', () => {
    expect(canClaimArticle(user('editor'), { status: 'in_review', viewerIsAuthor: false }).allowed).toBe(true);
    expect(canClaimArticle(user('reporter'), { status: 'in_review', viewerIsAuthor: false }).allowed).toBe(false);
    expect(canClaimArticle(user('leader'), { status: 'in_review', viewerIsAuthor: false }).allowed).toBe(false);
    expect(canClaimArticle(user('leader'), { status: 'awaiting_approval', viewerIsAuthor: false }).allowed).toBe(true);
    expect(canClaimArticle(user('leader'), { status: 'awaiting_approval', viewerIsAuthor: false, viewerWasCredited: true }).allowed).toBe(false);
    expect(canClaimArticle(user('editor'), { status: 'draft', viewerIsAuthor: false }).allowed).toBe(false);
    expect(canClaimArticle({ kind: 'anonymous' }, { status: 'in_review', viewerIsAuthor: false }).allowed).toBe(false);
  });

  it('lets only editors assign, and only to an active person of the step, never a leader who wrote it', () => {
    const review = { status: 'in_review' as const, viewerIsAuthor: false };
    const approval = { status: 'awaiting_approval' as const, viewerIsAuthor: false };
    expect(canAssignArticle(user('editor'), review).allowed).toBe(true);
    expect(canAssignArticle(user('editor'), approval).allowed).toBe(true);
    expect(canAssignArticle(user('leader'), approval).allowed).toBe(false);
    expect(canAssignArticle(user('reporter'), review).allowed).toBe(false);
    expect(canAssignArticle(user('editor'), { status: 'published', viewerIsAuthor: false }).allowed).toBe(false);
    expect(assigneeFits(review, active(['editor'])).allowed).toBe(true);
    expect(assigneeFits(review, active(['reporter'])).allowed).toBe(false);
    expect(assigneeFits(review, { roles: ['editor'], isActive: false, isAuthor: false }).allowed).toBe(false);
    expect(assigneeFits(approval, active(['leader'])).allowed).toBe(true);
    expect(assigneeFits(approval, active(['editor'])).allowed).toBe(false);
    expect(assigneeFits(approval, active(['leader'], true)).allowed).toBe(false);
  });

  it('gives edit rights on a draft to the writer it was returned to, not to any other reporter', () => {
    expect(canEditContent(user('reporter'), { status: 'draft', viewerIsAuthor: false, viewerIsAssignee: true }).allowed).toBe(true);
    expect(canEditContent(user('reporter'), { status: 'draft', viewerIsAuthor: false, viewerIsAssignee: false }).allowed).toBe(false);
    expect(canEditContent(user('admin'), { status: 'draft', viewerIsAuthor: false, viewerIsAssignee: true }).allowed).toBe(false);
    // Assignment in review does not give a reporter the editor's rights.
    expect(canEditContent(user('reporter'), { status: 'in_review', viewerIsAuthor: true, viewerIsAssignee: true }).allowed).toBe(false);
  });

  it('lets staff follow, not anonymous visitors', () => {
    expect(canFollowArticle(user('reporter')).allowed).toBe(true);
    expect(canFollowArticle({ kind: 'anonymous' }).allowed).toBe(false);
  });
});
