import { describe, expect, it } from 'vitest';
import { EVENTS, STATES, legalEvents, stateAfterContentChange, transition, type State, type WorkflowEvent } from './transition';

const now = new Date('2026-11-26T08:00:00Z');
const ctx = { now, note: 'lý do', at: new Date('2026-11-27T08:00:00Z'), approvalMatchesCurrent: true };

// The whole table, written out: every state x event that is legal, with its result. Anything else is illegal.
const EXPECTED: Record<string, State> = {
  'draft/submit': 'in_review',
  'draft/archive': 'archived',
  'in_review/withdraw': 'draft',
  'in_review/return': 'draft',
  'in_review/forward_for_approval': 'awaiting_approval',
  'awaiting_approval/return': 'in_review',
  'awaiting_approval/approve': 'approved',
  'approved/return': 'in_review',
  'approved/publish': 'published',
  'approved/schedule': 'scheduled',
  'scheduled/withdraw': 'approved',
  'scheduled/publish': 'published',
  'published/unpublish': 'unpublished',
  'published/archive': 'archived',
  'unpublished/restore': 'in_review',
  'unpublished/archive': 'archived',
  'archived/restore': 'in_review',
};

// While readers still see a live revision, an update in any working state can be taken down or archived.
const WHILE_LIVE: Record<string, State> = {
  'draft/unpublish': 'unpublished',
  'in_review/unpublish': 'unpublished',
  'in_review/archive': 'archived',
  'awaiting_approval/unpublish': 'unpublished',
  'awaiting_approval/archive': 'archived',
  'approved/unpublish': 'unpublished',
  'approved/archive': 'archived',
  'scheduled/unpublish': 'unpublished',
  'scheduled/archive': 'archived',
};

for (const live of [false, true]) {
  const expected: Record<string, State> = live ? { ...EXPECTED, ...WHILE_LIVE } : EXPECTED;
  describe(`transition: every state x event (${live ? 'a live revision exists' : 'nothing live'})`, () => {
    for (const state of STATES) {
      for (const event of EVENTS) {
        const key = `${state}/${event}`;
        it(key, () => {
          const result = transition(state, event, { ...ctx, live });
          if (expected[key]) {
            expect(result).toMatchObject({ ok: true, to: expected[key] });
          } else {
            expect(result).toMatchObject({ ok: false, code: 'illegal' });
            if (!result.ok) expect(result.message).toMatch(/^Không thể/);
          }
        });
      }
    }
    it('lists legal events per state consistently with the table', () => {
      for (const state of STATES) {
        expect(legalEvents(state, { live }).sort()).toEqual(
          Object.keys(expected)
            .filter((k) => k.startsWith(`${state}/`))
            .map((k) => k.split('/')[1] as WorkflowEvent)
            .sort(),
        );
      }
    });
  });
}

describe('transition: the emergency door while an update is pending', () => {
  it('takes the live story down, needs a reason, and drops the pending sign-off and schedule', () => {
    const all = [{ kind: 'clear_live' }, { kind: 'clear_approval' }, { kind: 'clear_schedule' }];
    expect(transition('in_review', 'unpublish', { ...ctx, live: true })).toEqual({ ok: true, to: 'unpublished', effects: all });
    expect(transition('scheduled', 'archive', { ...ctx, live: true })).toEqual({ ok: true, to: 'archived', effects: all });
    expect(transition('awaiting_approval', 'unpublish', { ...ctx, live: true, note: ' ' })).toMatchObject({ ok: false, code: 'note_required' });
  });
});

describe('transition: conditions and effects', () => {
  it('requires a note to return or unpublish', () => {
    for (const [state, event] of [['in_review', 'return'], ['awaiting_approval', 'return'], ['published', 'unpublish']] as const) {
      expect(transition(state, event, { ...ctx, note: '  ' })).toMatchObject({ ok: false, code: 'note_required' });
      expect(transition(state, event, { ...ctx, note: undefined })).toMatchObject({ ok: false, code: 'note_required' });
    }
    expect(transition('awaiting_approval', 'approve', { ...ctx, note: undefined })).toMatchObject({ ok: true });
  });

  it("sends a leader's return to the writer back to draft, and to the editor back to review", () => {
    expect(transition('awaiting_approval', 'return', { ...ctx, returnToWriter: true })).toMatchObject({ ok: true, to: 'draft' });
    expect(transition('approved', 'return', { ...ctx, returnToWriter: true })).toMatchObject({ ok: true, to: 'draft', effects: [{ kind: 'clear_approval' }] });
    expect(transition('awaiting_approval', 'return', ctx)).toMatchObject({ ok: true, to: 'in_review' });
    expect(transition('in_review', 'return', { ...ctx, returnToWriter: true })).toMatchObject({ ok: true, to: 'draft' });
    expect(transition('awaiting_approval', 'return', { ...ctx, note: '', returnToWriter: true })).toMatchObject({ ok: false, code: 'note_required' });
  });

  it('requires a future time to schedule', () => {
    expect(transition('approved', 'schedule', { ...ctx, at: undefined })).toMatchObject({ ok: false, code: 'time_required' });
    expect(transition('approved', 'schedule', { ...ctx, at: new Date('invalid') })).toMatchObject({ ok: false, code: 'time_required' });
    expect(transition('approved', 'schedule', { ...ctx, at: new Date(now.getTime() - 1) })).toMatchObject({ ok: false, code: 'time_in_past' });
    expect(transition('approved', 'schedule', ctx)).toEqual({ ok: true, to: 'scheduled', effects: [{ kind: 'set_schedule', at: ctx.at }] });
  });

  it('publishes only when the sign-off still matches the current content', () => {
    expect(transition('approved', 'publish', { ...ctx, approvalMatchesCurrent: false })).toMatchObject({ ok: false, code: 'approval_stale' });
    expect(transition('scheduled', 'publish', { ...ctx, approvalMatchesCurrent: false })).toMatchObject({ ok: false, code: 'approval_stale' });
    expect(transition('approved', 'publish', ctx)).toEqual({ ok: true, to: 'published', effects: [{ kind: 'make_approved_live' }] });
  });

  it('records the approval, and takes stories off the site when unpublished or archived', () => {
    expect(transition('awaiting_approval', 'approve', ctx)).toEqual({ ok: true, to: 'approved', effects: [{ kind: 'record_approval' }] });
    expect(transition('published', 'unpublish', ctx)).toEqual({ ok: true, to: 'unpublished', effects: [{ kind: 'clear_live' }] });
    expect(transition('published', 'archive', ctx)).toEqual({ ok: true, to: 'archived', effects: [{ kind: 'clear_live' }] });
  });

  it('sends approved or scheduled work back to review when its content changes', () => {
    expect(stateAfterContentChange('approved')).toEqual({ to: 'in_review', effects: [{ kind: 'clear_approval' }] });
    expect(stateAfterContentChange('scheduled')).toEqual({ to: 'in_review', effects: [{ kind: 'clear_approval' }, { kind: 'clear_schedule' }] });
    expect(stateAfterContentChange('published')).toEqual({ to: 'in_review', effects: [] });
    expect(stateAfterContentChange('awaiting_approval')).toEqual({ to: 'awaiting_approval', effects: [] });
    expect(stateAfterContentChange('draft')).toEqual({ to: 'draft', effects: [] });
  });
});
