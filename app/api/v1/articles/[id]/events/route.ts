import { apiRoute } from '@/lib/auth/api';
import { listEvents } from '@/lib/data/articles/read-article';

export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => ({ items: await listEvents(viewer, params.id) }));
