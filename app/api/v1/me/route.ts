import { apiRoute } from '@/lib/auth/api';
import { whoAmI } from '@/lib/data/users/staff';

/** GET /api/v1/me: who the session cookie or the Bearer token belongs to. */
export const GET = apiRoute(async ({ viewer }) => whoAmI(viewer));
