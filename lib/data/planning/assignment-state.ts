// Where an assignment stands, derived from its own row and its story's status (no stored state to
// drift): the calendar, the desk and the feed all read it from here.

export type AssignmentState = 'cancelled' | 'not_started' | 'writing' | 'in_workflow' | 'done';

export const ASSIGNMENT_STATE_LABELS: Record<AssignmentState, string> = {
  cancelled: 'Đã hủy',
  not_started: 'Chưa bắt đầu viết',
  writing: 'Đang viết',
  in_workflow: 'Đang biên tập, duyệt',
  done: 'Đã hoàn thành',
};

/** Statuses a story reaches only after readers could see it: its assignment was done. */
const PUBLISHED_ONCE: ReadonlySet<string> = new Set(['published', 'unpublished', 'archived']);

export function assignmentState(a: { cancelledAt: Date | null; articleId: string | null; articleStatus: string | null }): AssignmentState {
  if (a.cancelledAt) return 'cancelled';
  if (!a.articleId) return 'not_started';
  if (a.articleStatus && PUBLISHED_ONCE.has(a.articleStatus)) return 'done';
  return a.articleStatus === 'draft' ? 'writing' : 'in_workflow';
}

/** Late: due time passed while the writer still holds it (not started or a draft), as the desk flags it. */
export function assignmentOverdue(state: AssignmentState, dueAt: Date, now: Date): boolean {
  return (state === 'not_started' || state === 'writing') && dueAt.getTime() <= now.getTime();
}
