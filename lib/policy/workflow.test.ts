import { describe, expect, it } from 'vitest';
import { EVENTS, STATES, transition, type State, type WorkflowEvent } from '@/lib/workflow/transition';
import { ANONYMOUS, systemViewer, type Role, type Viewer } from './roles';
import { canCreateArticle, canEditContent, canFireEvent, canReadArticle, readsEveryArticle } from './workflow';

const as = (...roles: Role[]): Viewer => ({ kind: 'user', id: 'u', roles });
const ctx = { now: new Date(0), note: 'n', at: new Date(1e13), approvalMatchesCurrent: true };

/** Who can effectively fire each legal (state, event), as author and as a non-author. */
function effective(viewer: Viewer, state: State, event: WorkflowEvent, viewerIsAuthor: boolean): boolean {
  return transition(state, event, ctx).ok && canFireEvent(viewer, event, { status: state, viewerIsAuthor }).allowed;
}

describe('policy x workflow for each role', () => {
  const expectations: Array<[string, Viewer, Array<[State, WorkflowEvent, boolean /*author*/]>]> = [
    ['reporter', as('reporter'), [['draft', 'submit', true], ['in_review', 'withdraw', true]]],
    [
      'editor',
      as('editor'),
      [
        ['draft', 'submit', true], ['draft', 'submit', false], ['draft', 'archive', false], ['in_review', 'withdraw', false],
        ['in_review', 'return', false], ['in_review', 'forward_for_approval', false], ['approved', 'return', false],
        ['approved', 'publish', false], ['approved', 'schedule', false], ['scheduled', 'withdraw', false], ['scheduled', 'publish', false],
        ['published', 'unpublish', false], ['published', 'archive', false], ['unpublished', 'restore', false], ['unpublished', 'archive', false],
        ['archived', 'restore', false],
        // and the same as an author
        ['draft', 'archive', true], ['in_review', 'withdraw', true], ['in_review', 'return', true], ['in_review', 'forward_for_approval', true],
        ['approved', 'return', true], ['approved', 'publish', true], ['approved', 'schedule', true], ['scheduled', 'withdraw', true],
        ['scheduled', 'publish', true], ['published', 'unpublish', true], ['published', 'archive', true], ['unpublished', 'restore', true],
        ['unpublished', 'archive', true], ['archived', 'restore', true],
      ],
    ],
    ['leader', as('leader'), [['draft', 'submit', true], ['awaiting_approval', 'return', false], ['awaiting_approval', 'approve', false], ['awaiting_approval', 'return', true]]],
    ['admin', as('admin'), []],
  ];

  for (const [name, viewer, allowed] of expectations) {
    it(`${name}: exactly the expected (state, event, author?) combinations are allowed`, () => {
      const want = new Set(allowed.map(([s, e, a]) => `${s}/${e}/${a}`));
      const got = new Set<string>();
      for (const state of STATES) for (const event of EVENTS) for (const author of [true, false]) if (effective(viewer, state, event, author)) got.add(`${state}/${event}/${author}`);
      expect([...got].sort()).toEqual([...want].sort());
    });
  }

  it('nobody approves their own article, whatever roles they hold', () => {
    const d = canFireEvent(as('leader', 'editor', 'admin'), 'approve', { status: 'awaiting_approval', viewerIsAuthor: true });
    expect(d).toEqual({ allowed: false, message: 'Không ai được tự duyệt bài của chính mình (kể cả khi đã từng đứng tên tác giả).' });
  });

  it('a leader once credited may not approve after leaving the byline', () => {
    expect(canFireEvent(as('leader'), 'approve', { status: 'awaiting_approval', viewerIsAuthor: false, viewerWasCredited: true }).allowed).toBe(false);
    expect(canFireEvent(as('leader'), 'approve', { status: 'awaiting_approval', viewerIsAuthor: false, viewerWasCredited: false }).allowed).toBe(true);
  });

  it('anonymous may do nothing; the scheduler may only publish and unpublish', () => {
    for (const event of EVENTS) expect(canFireEvent(ANONYMOUS, event, { status: 'approved', viewerIsAuthor: false }).allowed).toBe(false);
    const system = systemViewer('scheduler');
    expect(EVENTS.filter((e) => canFireEvent(system, e, { status: 'scheduled', viewerIsAuthor: false }).allowed).sort()).toEqual(['publish', 'unpublish']);
  });
});

describe('content edits and reads', () => {
  it('lets a reporter edit only their own drafts', () => {
    expect(canEditContent(as('reporter'), { status: 'draft', viewerIsAuthor: true }).allowed).toBe(true);
    expect(canEditContent(as('reporter'), { status: 'draft', viewerIsAuthor: false }).allowed).toBe(false);
    for (const status of STATES.filter((s) => s !== 'draft')) expect(canEditContent(as('reporter'), { status, viewerIsAuthor: true }).allowed, status).toBe(false);
  });
  it('lets editors edit in review and later, leaders while approving, nobody when archived', () => {
    const editable = (v: Viewer) => STATES.filter((status) => canEditContent(v, { status, viewerIsAuthor: false }).allowed);
    expect(editable(as('editor'))).toEqual(['in_review', 'approved', 'scheduled', 'published', 'unpublished']);
    expect(editable(as('leader'))).toEqual(['awaiting_approval']);
    expect(editable(as('admin'))).toEqual([]);
    expect(canEditContent(ANONYMOUS, { status: 'draft', viewerIsAuthor: true }).allowed).toBe(false);
  });
  it('only writers create articles; drafts are private to their authors and senior staff', () => {
    expect(['reporter', 'editor', 'leader', 'admin'].map((r) => canCreateArticle(as(r as Role)).allowed)).toEqual([true, true, true, false]);
    expect(canReadArticle(as('reporter'), { status: 'draft', viewerIsAuthor: false }).allowed).toBe(false);
    expect(canReadArticle(as('reporter'), { status: 'draft', viewerIsAuthor: true }).allowed).toBe(true);
    expect(canReadArticle(as('admin'), { status: 'draft', viewerIsAuthor: false }).allowed).toBe(true);
  });
});

describe('what the story list holds', () => {
  it('lists every story for editors, leaders, admins and the system, only their own for reporters', () => {
    expect(['reporter', 'editor', 'leader', 'admin'].map((r) => readsEveryArticle(as(r as Role)))).toEqual([false, true, true, true]);
    expect(readsEveryArticle(systemViewer('cli'))).toBe(true);
    expect(readsEveryArticle(ANONYMOUS)).toBe(false);
    expect(readsEveryArticle(as())).toBe(false);
  });
});
