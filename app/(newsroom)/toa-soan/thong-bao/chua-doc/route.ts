// The header badge's count, for its client island: one bounded count (BADGE_CAP + 1 rows at most),
// asked after a client-side navigation or when the window regains focus, never on a timer.
import { apiRoute } from '@/lib/auth/api';
import { headerBadge } from '@/lib/data/notifications/inbox';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async ({ viewer }) => headerBadge(viewer));
