import { notificationsReadSchema, parseAtDoor } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { markNotificationsRead } from '@/lib/data/notifications/notifications';

export const POST = apiRoute(async ({ viewer, request }) => {
  const { ids } = parseAtDoor(notificationsReadSchema, await readJson(request));
  return { marked: await markNotificationsRead(viewer, ids) };
});
