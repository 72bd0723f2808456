import { apiRoute } from '@/lib/auth/api';
import { listRevisions } from '@/lib/data/articles/read-article';

export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => ({ items: await listRevisions(viewer, params.id) }));
