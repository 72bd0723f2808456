// GET    /api/v1/media/{id}   one item (urls, srcsets, caption, credit, alt, usage count)
// PATCH  /api/v1/media/{id}   { alt?, caption?, credit?, originalFilename? }
// DELETE /api/v1/media/{id}   only when no article's current or live revision uses it (else 409)
import { parseAtDoor } from '@/lib/api/schemas';
import { apiRoute, readJson } from '@/lib/auth/api';
import { deleteMedia, mediaPatchSchema, updateMediaMetadata } from '@/lib/data/media/edit';
import { getMediaItem } from '@/lib/data/media/library';

export const GET = apiRoute<{ id: string }>(async ({ viewer, params }) => getMediaItem(viewer, params.id));

export const PATCH = apiRoute<{ id: string }>(async ({ viewer, request, params }) => updateMediaMetadata(viewer, params.id, parseAtDoor(mediaPatchSchema, await readJson(request))));

export const DELETE = apiRoute<{ id: string }>(async ({ viewer, params }) => deleteMedia(viewer, params.id));
