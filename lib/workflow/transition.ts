// PURE. The editorial workflow as data: which event is legal from which state, what state follows,
// and the effects the data layer must apply in the same transaction. Who may fire an event is
// lib/policy's question, not this module's.

export const STATES = ['draft', 'in_review', 'awaiting_approval', 'approved', 'scheduled', 'published', 'unpublished', 'archived'] as const;
export type State = (typeof STATES)[number];

export const EVENTS = [
  'submit',
  'withdraw',
  'return',
  'forward_for_approval',
  'approve',
  'schedule',
  'publish',
  'unpublish',
  'archive',
  'restore',
] as const;
export type WorkflowEvent = (typeof EVENTS)[number];

export const STATE_LABELS: Record<State, string> = {
  draft: 'Bản nháp',
  in_review: 'Chờ biên tập',
  awaiting_approval: 'Chờ lãnh đạo duyệt',
  approved: 'Đã duyệt',
  scheduled: 'Đã hẹn giờ đăng',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ',
  archived: 'Lưu trữ',
};

export const EVENT_LABELS: Record<WorkflowEvent, string> = {
  submit: 'Gửi biên tập',
  withdraw: 'Rút lại',
  return: 'Trả lại',
  forward_for_approval: 'Trình lãnh đạo duyệt',
  approve: 'Duyệt',
  schedule: 'Hẹn giờ đăng',
  publish: 'Xuất bản',
  unpublish: 'Gỡ bài',
  archive: 'Lưu trữ',
  restore: 'Khôi phục',
};

/** What the data layer must do besides moving the state, in the same transaction. */
export type Effect =
  | { kind: 'record_approval' } // sign-off bound to the current revision and its content hash
  | { kind: 'clear_approval' } // the sign-off no longer applies to the working copy
  | { kind: 'make_approved_live' } // the approved revision becomes the live one
  | { kind: 'clear_live' } // readers no longer see the story
  | { kind: 'set_schedule'; at: Date }
  | { kind: 'clear_schedule' };

export interface TransitionContext {
  now: Date;
  note?: string;
  /** For `schedule`. */
  at?: Date;
  /** The approved revision is the current one and its hash matches the sign-off. */
  approvalMatchesCurrent: boolean;
  /** Readers can reach a revision of the story (it has a live revision), whatever its working copy's state. */
  live?: boolean;
  /** A leader's return sent to the writer rather than the editor: the story goes back to draft. */
  returnToWriter?: boolean;
}

export type TransitionRefusal = {
  ok: false;
  code: 'illegal' | 'note_required' | 'time_required' | 'time_in_past' | 'approval_stale';
  message: string;
};

export type TransitionResult = { ok: true; to: State; effects: Effect[] } | TransitionRefusal;

type Rule = { to: State; effects?: Effect[] };

/** The table: state -> event -> next state and effects. Anything missing is illegal. */
const TABLE: Partial<Record<State, Partial<Record<WorkflowEvent, Rule>>>> = {
  draft: {
    submit: { to: 'in_review' },
    archive: { to: 'archived', effects: [{ kind: 'clear_live' }] },
  },
  in_review: {
    withdraw: { to: 'draft' },
    return: { to: 'draft' },
    forward_for_approval: { to: 'awaiting_approval' },
  },
  awaiting_approval: {
    return: { to: 'in_review' },
    approve: { to: 'approved', effects: [{ kind: 'record_approval' }] },
  },
  approved: {
    return: { to: 'in_review', effects: [{ kind: 'clear_approval' }] },
    publish: { to: 'published', effects: [{ kind: 'make_approved_live' }] },
    schedule: { to: 'scheduled' }, // set_schedule is added with the time
  },
  scheduled: {
    withdraw: { to: 'approved', effects: [{ kind: 'clear_schedule' }] },
    publish: { to: 'published', effects: [{ kind: 'make_approved_live' }, { kind: 'clear_schedule' }] },
  },
  published: {
    unpublish: { to: 'unpublished', effects: [{ kind: 'clear_live' }] },
    archive: { to: 'archived', effects: [{ kind: 'clear_live' }] },
  },
  // Restoring is an editor's act, so the story comes back into the editor's review queue.
  unpublished: {
    restore: { to: 'in_review' },
    archive: { to: 'archived' },
  },
  archived: {
    restore: { to: 'in_review' },
  },
};

/**
 * The emergency door: while an update of a live story is a draft (returned), in review, awaiting
 * sign-off, approved or scheduled, readers still see the live revision, so an editor can take it down (with a reason) or
 * archive it from those states too, and a scheduled removal fires. The pending update stays as the
 * working copy; its sign-off and schedule lapse with the takedown.
 */
const WHILE_LIVE: Partial<Record<State, Partial<Record<WorkflowEvent, Rule>>>> = Object.fromEntries(
  (['draft', 'in_review', 'awaiting_approval', 'approved', 'scheduled'] as const).map((state) => [
    state,
    {
      unpublish: { to: 'unpublished', effects: [{ kind: 'clear_live' }, { kind: 'clear_approval' }, { kind: 'clear_schedule' }] },
      archive: { to: 'archived', effects: [{ kind: 'clear_live' }, { kind: 'clear_approval' }, { kind: 'clear_schedule' }] },
    },
  ]),
);

const NOTE_REQUIRED: ReadonlySet<WorkflowEvent> = new Set(['return', 'unpublish']);

function ruleFor(state: State, event: WorkflowEvent, live: boolean): Rule | undefined {
  return TABLE[state]?.[event] ?? (live ? WHILE_LIVE[state]?.[event] : undefined);
}

export function legalEvents(state: State, options: { live?: boolean } = {}): WorkflowEvent[] {
  return EVENTS.filter((event) => ruleFor(state, event, Boolean(options.live)));
}

export function transition(state: State, event: WorkflowEvent, ctx: TransitionContext): TransitionResult {
  const rule = ruleFor(state, event, Boolean(ctx.live));
  if (!rule) {
    return {
      ok: false,
      code: 'illegal',
      message: `Không thể "${EVENT_LABELS[event]}" khi bài đang ở trạng thái "${STATE_LABELS[state]}".`,
    };
  }
  if (NOTE_REQUIRED.has(event) && !ctx.note?.trim()) {
    return {
      ok: false,
      code: 'note_required',
      message: event === 'unpublish' ? 'Hãy ghi lý do gỡ bài.' : 'Hãy ghi lý do trả lại để người viết biết cần sửa gì.',
    };
  }
  const effects = [...(rule.effects ?? [])];
  if (event === 'schedule') {
    if (!ctx.at || Number.isNaN(ctx.at.getTime())) return { ok: false, code: 'time_required', message: 'Hãy chọn thời điểm đăng bài.' };
    if (ctx.at.getTime() <= ctx.now.getTime()) {
      return { ok: false, code: 'time_in_past', message: 'Thời điểm đăng phải ở tương lai.' };
    }
    effects.push({ kind: 'set_schedule', at: ctx.at });
  }
  if (event === 'publish' && !ctx.approvalMatchesCurrent) {
    return {
      ok: false,
      code: 'approval_stale',
      message: 'Nội dung đã thay đổi sau khi lãnh đạo duyệt; bài phải được duyệt lại trước khi xuất bản.',
    };
  }
  // A leader may send the story past the editor, straight back to its writer (draft, writer edits).
  if (event === 'return' && ctx.returnToWriter && (state === 'awaiting_approval' || state === 'approved')) return { ok: true, to: 'draft', effects };
  return { ok: true, to: rule.to, effects };
}

/**
 * A save of new content or placement: the sign-off no longer matches, so approved or scheduled work goes back to
 * review. Other states keep theirs (a leader may edit while approving; a live story being revised
 * keeps its live revision until the new one is approved and published).
 */
export function stateAfterContentChange(state: State): { to: State; effects: Effect[] } {
  switch (state) {
    case 'approved':
      return { to: 'in_review', effects: [{ kind: 'clear_approval' }] };
    case 'scheduled':
      return { to: 'in_review', effects: [{ kind: 'clear_approval' }, { kind: 'clear_schedule' }] };
    case 'published':
      // Only editors edit live stories; the revision waits in their queue while the live one stays.
      return { to: 'in_review', effects: [] };
    default:
      return { to: state, effects: [] };
  }
}
