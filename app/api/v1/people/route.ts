import { apiRoute } from '@/lib/auth/api';
import { registryPeople } from '@/lib/data/registry/people';

/** GET /api/v1/people: the people registry with dated positions, for meeting reports. */
export const GET = apiRoute(async ({ viewer }) => ({ items: await registryPeople(viewer) }));
