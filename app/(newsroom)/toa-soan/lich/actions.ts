'use server';

// Server actions of the planning calendar. Each is a public POST endpoint: runAction() proves the
// origin and re-reads the viewer; lib/data asks the policy and parses again.
import { redirect } from 'next/navigation';
import { formInput, idSchema } from '@/lib/api/action-schemas';
import { parseAtDoor } from '@/lib/api/schemas';
import { runAction } from '@/lib/auth/action';
import { signInPath } from '@/lib/auth/guard';
import { createAssignment, startAssignment } from '@/lib/data/planning/assignments';
import { renewCalendarFeed, revokeCalendarFeed } from '@/lib/data/planning/calendar-feed';
import { cancelAssignment, updateAssignment } from '@/lib/data/planning/edit-assignment';
import { createEvent, deleteEvent, updateEvent } from '@/lib/data/planning/events';
import { assignmentCancelSchema, assignmentInputSchema, assignmentUpdateSchema, eventInputSchema, eventVersionSchema, type AssignmentInput, type AssignmentUpdate, type EventInput } from '@/lib/data/planning/input';

/** Creates an event (id null) or saves an existing one on the version the editor saw. */
export async function saveEventAction(id: string | null, input: EventInput, version?: number) {
  return runAction((viewer) => {
    parseAtDoor(eventInputSchema, input);
    if (id === null) return createEvent(viewer, input);
    return updateEvent(viewer, parseAtDoor(idSchema, id), input, parseAtDoor(eventVersionSchema, version));
  });
}

export async function deleteEventAction(formData: FormData) {
  const { id } = formInput(formData, ['id'], 100);
  const result = await runAction((viewer) => deleteEvent(viewer, parseAtDoor(idSchema, id)));
  if (result.ok) redirect('/toa-soan/lich?ok=da-xoa');
  if (result.code === 'unauthenticated') redirect(signInPath('/toa-soan/lich'));
  redirect(`/toa-soan/lich/${/^[0-9a-f-]{36}$/i.test(id) ? id : ''}?loi=${encodeURIComponent(result.message)}`);
}

export async function assignAction(eventId: string, input: AssignmentInput) {
  return runAction((viewer) => {
    parseAtDoor(assignmentInputSchema, input);
    return createAssignment(viewer, parseAtDoor(idSchema, eventId), input);
  });
}

/** Saves an edited assignment (writer, due time, notes) on the version the editor saw. */
export async function updateAssignmentAction(id: string, input: AssignmentUpdate) {
  return runAction((viewer) => {
    parseAtDoor(assignmentUpdateSchema, input);
    return updateAssignment(viewer, parseAtDoor(idSchema, id), input);
  });
}

export async function cancelAssignmentAction(id: string, input: { version: number }) {
  return runAction((viewer) => {
    parseAtDoor(assignmentCancelSchema, input);
    return cancelAssignment(viewer, parseAtDoor(idSchema, id), input);
  });
}

/** "Bắt đầu viết": opens the assignment's story (made on the first click) in the editor. */
export async function startAssignmentAction(formData: FormData) {
  const { id } = formInput(formData, ['id'], 100);
  const result = await runAction((viewer) => startAssignment(viewer, parseAtDoor(idSchema, id)));
  if (result.ok) redirect(`/toa-soan/bai-viet/${result.data.articleId}${result.data.created ? '?mau=hoi-nghi' : ''}`);
  if (result.code === 'unauthenticated') redirect(signInPath('/toa-soan'));
  redirect(`/toa-soan/lich?loi=${encodeURIComponent(result.message)}`);
}

/** A new secret feed address, returned once. */
export async function renewCalendarFeedAction() {
  return runAction((viewer) => renewCalendarFeed(viewer));
}

export async function revokeCalendarFeedAction() {
  return runAction((viewer) => revokeCalendarFeed(viewer));
}
