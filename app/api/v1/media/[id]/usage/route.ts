// GET /api/v1/media/{id}/usage   the articles whose current or live revision uses the item.
import { apiRoute } from '@/lib/auth/api';
import { mediaUsage } from '@/lib/data/media/library';

export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => mediaUsage(viewer, params.id));
