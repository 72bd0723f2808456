import { apiRoute, readJson } from '@/lib/auth/api';
import { DataError } from '@/lib/data/errors';
import { isUuid } from '@/lib/data/ids';
import { markNotificationsRead } from '@/lib/data/notifications';

export const POST = apiRoute(async ({ viewer, request }) => {
  const { ids } = await readJson(request);
  if (ids !== undefined && (!Array.isArray(ids) || !ids.every(isUuid))) {
    throw new DataError('invalid', 'ids phải là danh sách mã thông báo (uuid), hoặc bỏ trống để đánh dấu tất cả.');
  }
  return { marked: await markNotificationsRead(viewer, ids as string[] | undefined) };
});
