import { apiRoute } from '@/lib/auth/api';
import { listArticleSuggestions } from '@/lib/data/suggestions/suggestions';

export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => Response.json({ items: await listArticleSuggestions(viewer, params.id) }, { headers: { 'Cache-Control': 'no-store' } }));
