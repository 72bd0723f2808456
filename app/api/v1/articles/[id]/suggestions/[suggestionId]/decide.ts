import { parseAtDoor, suggestionDecisionSchema } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { decideArticleSuggestion } from '@/lib/data/suggestions/suggestions';

/** POST …/accept and …/reject: the same save, one decision. */
export const decideRoute = (decision: 'accept' | 'reject') =>
  apiRoute<{ id: string; suggestionId: string }>(async ({ viewer, request, params }) => {
    const input = parseAtDoor(suggestionDecisionSchema, await readJson(request));
    const saved = await decideArticleSuggestion(viewer, params.id, params.suggestionId, decision, input.baseVersion);
    const { version, status, revisionId, changed, approvalVoided } = saved;
    return Response.json({ version, status, revisionId, changed, approvalVoided }, { headers: { 'Cache-Control': 'no-store' } });
  });
