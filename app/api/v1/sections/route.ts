import { apiRoute } from '@/lib/auth/api';
import { staffSections } from '@/lib/data/site/site';

/** GET /api/v1/sections: every section (id, slug, names), for choosing sectionId. */
export const GET = apiRoute(async ({ viewer }) => ({ items: await staffSections(viewer) }));
