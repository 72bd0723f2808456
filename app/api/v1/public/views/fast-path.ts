// The reading beacon answered by the server in front of Next.js (scripts/serve.mjs; registered by
// instrumentation.ts). Every opened story sends one, so beacons arrive as often as reader pages, and
// reader pages are now answered from the server's front cache at the rate of a static file. Through
// the framework's pipeline a beacon cost ~3 ms of CPU (issue #22 wants counting to hold at the reader
// pages' rates); here it costs the rules themselves (beacon.ts, the same function the route uses)
// and the buffered count (lib/data/views/record-view.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { HeaderReader } from '@/lib/auth/http';
import { staticSecurityHeaders } from '@/lib/auth/security-headers';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/log/request-id';
import { answerViewBeacon, MAX_BEACON_BYTES } from './beacon';

/** The body as text, or null past `max` bytes (read no further than that, whatever Content-Length says). */
function readBounded(req: IncomingMessage, max: number): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > max) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
    // A client gone before the end: nobody reads the answer, but the handler must not wait forever.
    req.once('close', () => resolve(''));
  });
}

/** Node's headers read like Fetch's (names are lower-case in Node; repeated ones joined). */
function headerReader(req: IncomingMessage): HeaderReader {
  return {
    get(name) {
      const value = req.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

const SECURITY_HEADERS = staticSecurityHeaders(process.env.NODE_ENV === 'production');
// A 204 or a problem+json document: nothing in it may load or be framed.
const CSP = "default-src 'none'; frame-ancestors 'none'";

export async function viewBeaconFastPath(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = headerReader(req);
  const text = await readBounded(req, MAX_BEACON_BYTES).catch(() => '');
  const protocol = (req.socket as TLSSocket).encrypted ? 'https:' : 'http:';
  const answer = await answerViewBeacon(headers, text, protocol);
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Content-Security-Policy', CSP);
  // Set on the response (not only written): the access log reads it from there.
  res.setHeader(REQUEST_ID_HEADER, requestIdFrom(headers));
  // An oversized body is not read: the connection is not reused after this answer.
  if (text === null) res.setHeader('Connection', 'close');
  res.end(answer.body);
}
