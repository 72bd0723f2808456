import { apiRoute } from '@/lib/auth/api';
import { issueCollabTicket } from '@/lib/data/collab/ticket';

// Session or API token (apiRoute); the ticket is valid a minute and the provider asks for a new one on every reconnect.
export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => issueCollabTicket(viewer, params.id));
