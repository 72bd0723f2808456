// What an instance writes to stdout (scripts/serve.mjs): one JSON line per request (the access log,
// lib/log/access-log.ts) carrying the request id nginx sent, the real status and a duration, the
// app's own lines under the same id, no query values and no credential anywhere.
import { readFileSync } from 'node:fs';
import type { FaultContext } from './context';
import { check } from './harness';

const SECRET_QUERY = 'q-secret-7f3a';
const BAD_TOKEN = 'ktw_NotARealToken9x8y7z';

function jsonLines(file: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    out.push(JSON.parse(line) as Record<string, unknown>);
  }
  return out;
}

export async function structuredLogs(ctx: FaultContext, note: (line: string) => void): Promise<void> {
  const { a } = ctx.instances;
  const stamp = Date.now().toString(36);
  const page = { id: `nginx-page-${stamp}`, path: '/tim-kiem' };
  const api = { id: `nginx-api-${stamp}`, path: '/api/v1/articles' };
  const missing = { id: `nginx-404-${stamp}`, path: `/khong-co-trang-nay-${stamp}` };

  const pageRes = await fetch(`${a.url}${page.path}?q=${SECRET_QUERY}&token=${SECRET_QUERY}`, { headers: { 'x-request-id': page.id }, signal: AbortSignal.timeout(30_000) });
  check(pageRes.headers.get('x-request-id') === page.id, `the response should carry nginx's request id; it carried ${pageRes.headers.get('x-request-id')}`);
  await pageRes.arrayBuffer();
  const apiRes = await fetch(`${a.url}${api.path}`, { headers: { 'x-request-id': api.id, Authorization: `Bearer ${BAD_TOKEN}`, Cookie: `authjs.session-token=${SECRET_QUERY}` }, signal: AbortSignal.timeout(30_000) });
  await apiRes.arrayBuffer();
  const missingRes = await fetch(`${a.url}${missing.path}`, { headers: { 'x-request-id': missing.id }, signal: AbortSignal.timeout(30_000) });
  await missingRes.arrayBuffer();

  // The access line is written when the response has closed: give the instance a moment.
  let lines: Array<Record<string, unknown>> = [];
  for (let i = 0; i < 50; i++) {
    lines = jsonLines(a.logFile);
    if ([page, api, missing].every((r) => lines.some((l) => l.reqId === r.id && l.msg === 'request'))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const [request, status] of [
    [page, pageRes.status],
    [api, apiRes.status],
    [missing, missingRes.status],
  ] as const) {
    const line = lines.find((l) => l.reqId === request.id && l.msg === 'request');
    check(line !== undefined, `no access line with reqId ${request.id} in ${a.logFile}`);
    check(line.path === request.path && line.status === status && typeof line.durationMs === 'number', `access line for ${request.path}: ${JSON.stringify(line)} (expected status ${status})`);
    check(line.level === 'info' && line.service === 'portal' && typeof line.time === 'string', `access line fields: ${JSON.stringify(line)}`);
  }
  const pageLine = lines.find((l) => l.reqId === page.id && l.msg === 'request')!;
  check(JSON.stringify(pageLine.query) === JSON.stringify(['q', 'token']), `the page's query should be logged by name only: ${JSON.stringify(pageLine.query)}`);
  check(apiRes.status === 401, `an API request with an unknown token should be 401, was ${apiRes.status}`);

  const text = readFileSync(a.logFile, 'utf8');
  for (const secret of [SECRET_QUERY, BAD_TOKEN, ctx.world.editor.token, ctx.baseEnv.AUTH_SECRET ?? '-never-']) {
    check(!text.includes(secret), `the instance log contains a secret (${secret.slice(0, 6)}…)`);
  }
  const plain = text.split('\n').filter((l) => l.trim() && !l.startsWith('{') && !l.startsWith('=== start') && !/^(▲ Next\.js|- (Local|Network|Environments?):|✓ (Ready|Starting|Running)|\s*$)/.test(l));
  check(plain.length === 0, `the instance wrote lines that are not JSON: ${plain.slice(0, 3).join(' | ')}`);
  note(`access lines for a page (${pageRes.status}), an API call (${apiRes.status}) and a missing page (${missingRes.status}) carry nginx's request id, status and duration; query by name only; no secret and no non-JSON line beyond Next's banner in ${lines.length} JSON lines`);
}
