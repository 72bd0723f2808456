import { apiRoute } from '@/lib/auth/api';
import { listNotifications } from '@/lib/data/notifications/notifications';

export const GET = apiRoute(async ({ viewer }) => listNotifications(viewer));
