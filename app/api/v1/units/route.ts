import { apiRoute } from '@/lib/auth/api';
import { registryUnits } from '@/lib/data/registry/people';

/** GET /api/v1/units: the organising units, for meeting reports. */
export const GET = apiRoute(async ({ viewer }) => ({ items: await registryUnits(viewer) }));
