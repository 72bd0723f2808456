// The request id that ties one request's log lines together, across nginx, proxy.ts and the app.
// No 'server-only': proxy.ts imports it. An id from outside (nginx's $request_id, a load balancer)
// is kept only when it looks like one, so a header cannot inject text into the logs.
export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTED = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export function isAcceptableRequestId(value: string | null | undefined): value is string {
  return typeof value === 'string' && ACCEPTED.test(value);
}

/** The incoming id when it is well-formed, otherwise a new random one. */
export function requestIdFrom(headers: { get(name: string): string | null }): string {
  const incoming = headers.get(REQUEST_ID_HEADER);
  return isAcceptableRequestId(incoming) ? incoming : crypto.randomUUID();
}
