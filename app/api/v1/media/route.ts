// GET  /api/v1/media   the library: ?q=&kind=image|document&uploader=me|<id>&usage=used|unused&alt=missing&sort=&page=&pageSize=
// POST /api/v1/media   upload ONE file (multipart/form-data, field "file"; optional alt, caption, credit).
//                      Videos answer 201 with video.status "processing"; a job makes the web MP4 and poster.
//                      One file per request, so a client can show progress and an error per file.
//                      201 + the item; 413 too large, 415 not an accepted type, 422 damaged or refused.
import { mediaListQueryDoorSchema, parseQuery } from '@/lib/api/schemas';
import { apiRoute, problem } from '@/lib/auth/api';
import { DataError } from '@/lib/data/errors';
import { listMedia } from '@/lib/data/media/library';
import { assertMayUpload, uploadMedia } from '@/lib/data/media/upload';
import { maxFileBytes, mediaLimits, maxUploadRequestBytes } from '@/lib/media/limits';
import { MediaRejection, tooLargeMessage } from '@/lib/media/prepare-upload';
import { readUploadForm } from '@/lib/media/upload-body';

export const GET = apiRoute(async ({ viewer, request }) => listMedia(viewer, parseQuery(mediaListQueryDoorSchema, request)));

export const POST = apiRoute(async ({ viewer, request }) => {
  // Who may upload is decided before a byte of the body is read.
  assertMayUpload(viewer);
  const limits = mediaLimits();
  try {
    const { file, fields } = await readUploadForm(request, maxUploadRequestBytes(limits), tooLargeMessage(maxFileBytes(limits), 'file'));
    const item = await uploadMedia(viewer, { bytes: Buffer.from(await file.arrayBuffer()), filename: file.name, ...fields }, { limits });
    return Response.json(item, { status: 201, headers: { Location: `/api/v1/media/${item.id}`, 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof MediaRejection) return problem(error.status, error.code, error.userMessage);
    const status = error instanceof DataError ? error.details?.status : undefined;
    if (error instanceof DataError && typeof status === 'number') return problem(status, String(error.details?.reason ?? error.code), error.userMessage);
    throw error;
  }
});
