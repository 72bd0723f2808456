// PUT    /api/v1/media/{id}/captions   the video's WebVTT captions (Vietnamese): the .vtt file as the
//                                      request body (Content-Type text/vtt), at most 512 KB; replaces any before
// DELETE /api/v1/media/{id}/captions   removes them
import { apiRoute, problem } from '@/lib/auth/api';
import { DataError } from '@/lib/data/errors';
import { assertMayEditCaptions, removeVideoCaptions, setVideoCaptions } from '@/lib/data/media/captions';
import { formatMegabytes, MAX_CAPTIONS_BYTES } from '@/lib/media/limits';
import { cappedStream } from '@/lib/media/upload-body';

const TOO_LARGE = `Tệp phụ đề quá lớn: tối đa ${formatMegabytes(MAX_CAPTIONS_BYTES)}.`;

function asProblem(error: unknown): Response {
  const status = error instanceof DataError ? error.details?.status : undefined;
  if (error instanceof DataError && typeof status === 'number') return problem(status, String(error.details?.reason ?? error.code), error.userMessage);
  throw error;
}

export const PUT = apiRoute<{ id: string }>(async ({ viewer, request, params }) => {
  // Who may is decided before the body is read.
  assertMayEditCaptions(viewer);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_CAPTIONS_BYTES) return problem(413, 'too_large', TOO_LARGE);
  let bytes: Uint8Array;
  try {
    // One byte over the limit is enough for the check to say "too large".
    bytes = request.body ? new Uint8Array(await new Response(cappedStream(request.body, MAX_CAPTIONS_BYTES)).arrayBuffer()) : new Uint8Array();
  } catch {
    return problem(413, 'too_large', TOO_LARGE);
  }
  try {
    return await setVideoCaptions(viewer, params.id, bytes);
  } catch (error) {
    return asProblem(error);
  }
});

export const DELETE = apiRoute<{ id: string }>(async ({ viewer, params }) => {
  try {
    return await removeVideoCaptions(viewer, params.id);
  } catch (error) {
    return asProblem(error);
  }
});
