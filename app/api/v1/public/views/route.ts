import { answerViewBeacon, beaconResponse, MAX_BEACON_BYTES } from './beacon';

// The reading beacon of the most-read lists: a story page posts the story's id once it is open
// (components/article/view-beacon.tsx), so the page itself stays a cached page with no per-reader
// work. Counting is done without cookies or personal data: the address and browser only go into a
// salted one-way key that lives for the day (lib/views/reader-hash, lib/data/views). Every
// well-formed request gets the same 204, counted or not, so nothing here tells a caller which rule
// applied. No database work per request: reads are buffered (lib/data/views/record-view.ts) and
// unknown or unpublished stories are dropped when the batch is written. The rules are in beacon.ts;
// the server (scripts/serve.mjs) answers most beacons itself through fast-path.ts, and this route
// answers any that reach Next.js (before the server registered its front route, or under `next dev`).

/** The body as text, or null past `max` bytes (read no further than that, whatever Content-Length says). */
async function readBounded(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function POST(request: Request) {
  // A body that breaks off is answered like an empty one (400), not as a server error.
  const text = await readBounded(request, MAX_BEACON_BYTES).catch(() => '');
  return beaconResponse(await answerViewBeacon(request.headers, text, new URL(request.url).protocol));
}
