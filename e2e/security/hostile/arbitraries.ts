// Generators of hostile requests, read from the OpenAPI document: for each operation, inputs that
// the door must refuse (each carries at least one fault) plus noise (odd but valid text).
import fc from 'fast-check';

export interface Targets {
  /** A draft the caller may edit, so requests reach the body parsing. */
  id: string;
  linkId: string;
  /** Another account (users/{id}). */
  userId: string;
  revisionId: string;
  etag: string;
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  maxLength?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  $ref?: string;
}

export interface OperationShape {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: JsonSchema }>;
  requestBody?: unknown;
  bodySchema?: JsonSchema;
}

export interface HostileRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** What is wrong with it (for the report). */
  fault: string;
  /** False only for operations that take no input at all: then any non-5xx answer is right. */
  mustRefuse: boolean;
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
/** A message in Vietnamese (diacritics), not zod's or JavaScript's English. */
export const isVietnamese = (text: unknown) => typeof text === 'string' && VIETNAMESE.test(text) && !/Invalid input|expected .* received|undefined is not|Cannot read/.test(text);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Odd but well-formed text: bidi controls, zero-width, combining marks, astral symbols, quotes, markup. */
const ODD_PIECES = ['\u200f', '\u202e', '\u2066', '\u200b', '\ufeff', 'e\u0301\u0302', '🇻🇳', '𝕏', '\u2028', '\\', '"', "'", '<script>alert(1)</script>', '%00', "' or 1=1 --", '${x}', 'Tiếng Việt', 'ǅ', '\u0085'];
const oddText = fc.array(fc.oneof(fc.constantFrom(...ODD_PIECES), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
/** Text PostgreSQL cannot store: NUL, or half of a UTF-16 pair. */
const brokenText = fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\u0000', '\ud800', '\udfff', 'a\ud83d', '\u0000\u0000'), fc.string({ maxLength: 8 })).map((p) => p.join(''));

const typesOf = (schema: JsonSchema | undefined): Set<string> | null => {
  if (!schema) return null;
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    const sets = union.map(typesOf);
    return sets.some((s) => s === null) ? null : new Set(sets.flatMap((s) => [...s!]));
  }
  if (schema.type === undefined) return schema.enum || schema.const !== undefined ? new Set(['string']) : null;
  const types = new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
  if (types.has('integer')) types.add('number');
  return types;
};

const BY_TYPE: Record<string, fc.Arbitrary<unknown>> = {
  string: fc.oneof(fc.string({ maxLength: 20 }), oddText),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 3 }),
};

/** A value of a JSON type the property does not take, or a string its enum or format refuses; null when anything goes. */
function wrongValue(schema: JsonSchema): fc.Arbitrary<unknown> | null {
  const allowed = typesOf(schema);
  if (!allowed) return null;
  const wrong = Object.keys(BY_TYPE).filter((t) => !allowed.has(t)).map((t) => BY_TYPE[t]!);
  const values = [...wrong];
  const plain = (s: JsonSchema) => !s.anyOf && !s.oneOf;
  if (plain(schema) && schema.enum) values.push(fc.string({ maxLength: 12 }).filter((v) => !schema.enum!.includes(v)));
  if (plain(schema) && (schema.format === 'uuid' || schema.format === 'date-time' || schema.format === 'date')) values.push(fc.oneof(fc.string({ maxLength: 20 }), oddText).filter((v) => !UUID.test(v) && Number.isNaN(Date.parse(v))));
  return values.length ? fc.oneof(...values) : null;
}

/** A string longer than the property takes (beyond the 256 KB body limit for very long fields). */
function hugeString(schema: JsonSchema): fc.Arbitrary<string> | null {
  if (schema.maxLength === undefined) return null;
  const length = schema.maxLength > 200_000 ? 300_000 : schema.maxLength + 1;
  return fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.constantFrom('x', 'ệ', '\u202e', '🇻🇳')).map(([extra, unit]) => unit.repeat(Math.ceil((length + extra) / unit.length)));
}

const notJson = fc.constantFrom('không phải JSON', '{', '{"a":', '[1,2]', 'null', '42', '"chuỗi"', 'true', '{"a":1}{"b":2}', '\u0000', '\ufeff{}', "{'a':1}", 'NaN');
const deepNesting = fc.tuple(fc.integer({ min: 65, max: 60_000 }), fc.boolean()).map(([depth, arrays]) => (arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));

/** A JSON body the operation's schema must refuse. */
function hostileBody(schema: JsonSchema): fc.Arbitrary<{ body: string; fault: string }> {
  const props = Object.entries(schema.properties ?? {});
  const noise = fc.subarray(props.filter(([, p]) => typesOf(p)?.has('string') && !p.enum && !p.format).map(([name, p]) => [name, p.maxLength ?? 40] as const)).chain((chosen) =>
    fc.tuple(...chosen.map(([name, max]) => oddText.map((text) => [name, text.slice(0, Math.max(1, max))] as const))),
  );
  const withFault = (fault: string, extra: fc.Arbitrary<[string, unknown]>) =>
    fc.tuple(noise, extra).map(([pairs, [key, value]]) => ({ body: JSON.stringify({ ...Object.fromEntries(pairs), [key]: value }), fault }));
  const names = new Set(props.map(([n]) => n));
  const options: Array<fc.Arbitrary<{ body: string; fault: string }>> = [
    withFault('unknown field', fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'status', 'version', 'section', 'x'), oddText).filter((k) => !names.has(k)), fc.jsonValue({ maxDepth: 2 }))),
    notJson.map((body) => ({ body, fault: 'not an object' })),
    deepNesting.map((body) => ({ body, fault: 'deep nesting' })),
  ];
  const brokenProp = props.length ? fc.tuple(fc.constantFrom(...props.map(([n]) => n)), brokenText) : fc.tuple(fc.constant('ghi_chu'), brokenText);
  options.push(withFault('NUL or lone surrogate', brokenProp));
  const wrong = props.flatMap(([n, p]) => (wrongValue(p) ? [fc.tuple(fc.constant(n), wrongValue(p)!)] : []));
  if (wrong.length) options.push(withFault('wrong type', fc.oneof(...wrong)));
  const huge = props.flatMap(([n, p]) => (hugeString(p) ? [fc.tuple(fc.constant(n), hugeString(p)!)] : []));
  if (huge.length) options.push(withFault('huge string', fc.oneof(...huge)));
  return fc.oneof(...options);
}

/** An id that is not one: odd Unicode, NUL, traversal, SQL, very long, almost-uuids. */
const malformedId = fc
  .oneof(
    oddText,
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.constantFrom('khong-phai-uuid', '0', '-1', "1' or '1'='1", '../../etc/passwd', '%2e%2e', 'null', 'undefined', '[object Object]', '\u0000', 'a\u0000b', '\u202e'),
    fc.uuid().map((u) => `${u}x`),
    fc.uuid().map((u) => u.slice(1)),
    // Long, but under Node's 16 KB limit for the request line and headers (beyond it Node answers 431 itself).
    fc.integer({ min: 300, max: 1000 }).map((n) => 'ệ'.repeat(n)),
  )
  .filter((id) => id.trim() !== '' && id !== '.' && id !== '..' && !UUID.test(id) && id.isWellFormed());

/** The real value for a path parameter, so that only the fault makes the request wrong. */
function realParam(path: string, name: string, targets: Targets): string {
  if (name === 'linkId') return targets.linkId;
  if (path.startsWith('/articles/')) return targets.id;
  if (path.startsWith('/users/')) return targets.userId;
  return crypto.randomUUID(); // media and tokens: an unknown item is as good as a real one for the door
}

function hostileQuery(params: NonNullable<OperationShape['parameters']>): fc.Arbitrary<{ query: Record<string, string>; fault: string }> {
  const names = new Set(params.map((p) => p.name));
  const options: Array<fc.Arbitrary<{ query: Record<string, string>; fault: string }>> = [
    fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'stauts', 'sort[]', 'page ', 'x'), oddText).filter((k) => !names.has(k)), oddText).map(([k, v]) => ({ query: { [k]: v }, fault: 'unknown parameter' })),
  ];
  for (const p of params) {
    const schema = p.schema ?? {};
    const bad: Array<fc.Arbitrary<string>> = [brokenText.filter((v) => v.includes('\u0000'))]; // lone surrogates do not survive URL encoding
    if (typesOf(schema)?.has('number')) bad.push(fc.constantFrom('abc', '-1', '0', '1.5', '1e999', '99999999999999999999', '', ' ', 'NaN'));
    if (schema.enum) bad.push(fc.string({ maxLength: 12 }).filter((v) => !schema.enum!.includes(v)));
    if (schema.anyOf || schema.format) bad.push(oddText.filter((v) => v !== 'me'));
    if (schema.maxLength !== undefined) bad.push(fc.integer({ min: 1, max: 500 }).map((n) => 'ă'.repeat(schema.maxLength! + n)));
    options.push(fc.oneof(...bad).map((v) => ({ query: { [p.name]: v }, fault: `bad ${p.name}` })));
  }
  return fc.oneof(...options);
}

const ifMatchFault = (targets: Targets) =>
  fc.oneof(
    fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
    fc.integer({ min: 2, max: 999_999_999 }).map((v) => `"${targets.id}.v${v}"`),
    fc.uuid().map((u) => `"${u}.v1"`),
    fc.constant(`W/${targets.etag}`),
  );

const MULTIPART = 'multipart/form-data; boundary=ranh-gioi';
const part = (name: string, content: string, filename?: string) =>
  `--ranh-gioi\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n\r\n${content}\r\n`;

/** Hostile requests for one operation of the document. */
export function hostileOperation(path: string, method: string, op: OperationShape, targets: Targets): fc.Arbitrary<HostileRequest> {
  const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
  const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
  const ifMatch = (op.parameters ?? []).some((p) => p.in === 'header' && p.name === 'If-Match' && p.required);
  const fill = (bad?: [string, string]) => path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(bad && bad[0] === name ? bad[1] : realParam(path, name, targets)));
  const base = (extra: Partial<HostileRequest> & { fault: string }): HostileRequest => ({ method, path: fill(), mustRefuse: true, ...(ifMatch ? { headers: { 'If-Match': targets.etag } } : {}), ...extra });
  const options: Array<fc.Arbitrary<HostileRequest>> = [];
  if (pathParams.length) {
    options.push(fc.tuple(fc.constantFrom(...pathParams), malformedId).map(([name, id]) => base({ path: fill([name, id]), fault: `malformed ${name}`, ...(op.bodySchema ? { body: '{}' } : {}) })));
  }
  if (queryParams.length) {
    options.push(hostileQuery(queryParams).map(({ query, fault }) => base({ path: `${fill()}?${new URLSearchParams(query)}`, fault })));
  }
  if (op.bodySchema) {
    options.push(hostileBody(op.bodySchema).map(({ body, fault }) => base({ body, fault })));
    if (ifMatch) options.push(ifMatchFault(targets).map((value) => base({ headers: { 'If-Match': value }, body: '{"sapo":"Sapo."}', fault: 'bad If-Match' })));
  }
  if (path === '/media' && method === 'POST') {
    options.push(
      fc.constantFrom(
        base({ body: '{"file":"abc"}', fault: 'JSON instead of multipart' }),
        base({ body: 'rác', headers: { 'Content-Type': MULTIPART }, fault: 'broken multipart' }),
        base({ body: part('alt', 'Ảnh') + '--ranh-gioi--\r\n', headers: { 'Content-Type': MULTIPART }, fault: 'no file' }),
      ),
      fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((bytes) =>
        base({ body: part('file', Buffer.from(bytes).toString('latin1'), 'anh.jpg') + '--ranh-gioi--\r\n', headers: { 'Content-Type': MULTIPART }, fault: 'not an image' }),
      ),
    );
  }
  if (options.length === 0) {
    // Takes no input at all (GET /me, /sections, …): stray parameters must at least not break it.
    return fc.tuple(oddText, oddText).map(([k, v]) => ({ method, path: `${path}?${new URLSearchParams({ [k]: v })}`, fault: 'stray parameter', mustRefuse: false }));
  }
  return fc.oneof(...options);
}

/** A body for an action argument: not an object, deeply nested, or an object with a fault. */
function hostileActionInput(schema: JsonSchema, valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const props = Object.entries(schema.properties ?? {});
  const wrong = props.flatMap(([n, p]) => (wrongValue(p) ? [fc.tuple(fc.constant(n), wrongValue(p)!)] : []));
  const huge = props.flatMap(([n, p]) => (hugeString(p) && (p.maxLength ?? 0) < 100_000 ? [fc.tuple(fc.constant(n), hugeString(p)!)] : []));
  const fault = fc.oneof(
    fc.tuple(fc.oneof(fc.constantFrom('status', 'version', 'late', 'origin', 'section', '__proto__'), oddText).filter((k) => !(k in (schema.properties ?? {})) && !(k in valid)), fc.jsonValue({ maxDepth: 2 })),
    fc.tuple(fc.constantFrom(...props.map(([n]) => n)), brokenText),
    ...(wrong.length ? [fc.oneof(...wrong)] : []),
    ...(huge.length ? [fc.oneof(...huge)] : []),
  );
  return fc.oneof(
    fc.constantFrom(null, 42, 'chuỗi', [], [1, 2], true),
    fc.integer({ min: 65, max: 2000 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
    fault.map(([key, value]) => ({ ...valid, [key]: value })),
  );
}

/** Hostile argument lists for the article editor's server actions (app/(newsroom)/toa-soan/bai-viet/actions.ts). */
export function hostileAction(targets: Targets, schemas: Record<string, JsonSchema>): Array<[string, fc.Arbitrary<unknown[]>]> {
  const badId = fc.oneof(malformedId, fc.constantFrom(null, 42, {}, [], true));
  const { id } = targets;
  const save = { title: 'Tiêu đề', baseVersion: 1 };
  const saveSchema = { properties: { ...schemas.ArticleCreate!.properties, baseVersion: { type: 'integer' }, autosave: { type: 'boolean' } } };
  const transitionSchema = { properties: { ...schemas.Transition!.properties, expectedVersion: { type: 'integer' } } };
  const notHours = fc.oneof(fc.constantFrom(0, -5, 721, 1e9, 1.5, 'x', '48', true, [], {}), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((h) => !Number.isInteger(h) || h < 1 || h > 720));
  return [
    ['saveArticleAction', fc.oneof(hostileActionInput(saveSchema, save).map((input) => [id, input]), badId.map((bad) => [bad, save]))],
    ['transitionAction', fc.oneof(hostileActionInput(transitionSchema, { event: 'submit', expectedVersion: 1 }).map((input) => [id, input]), badId.map((bad) => [bad, { event: 'submit', expectedVersion: 1 }]))],
    [
      'addCommentAction',
      fc.oneof(
        fc.oneof(fc.constantFrom(null, 42, {}, [], true, '', '   ', '\u200b'), brokenText, fc.integer({ min: 5001, max: 20_000 }).map((n) => 'ư'.repeat(n))).map((body) => [id, body]),
        badId.map((bad) => [bad, 'Góp ý']),
      ),
    ],
    ['restoreRevisionAction', fc.oneof(badId.map((bad) => [id, bad, 1]), fc.oneof(fc.constantFrom(0, -1, 1.5, 'x', null, 999_999), fc.string({ maxLength: 5 })).map((v) => [id, targets.revisionId, v]), badId.map((bad) => [bad, targets.revisionId, 1]))],
    ['claimLeaseAction', fc.tuple(badId, fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 }))).map(([bad, take]) => [bad, take])],
    ['releaseLeaseAction', badId.map((bad) => [bad])],
    ['loadArticleAction', badId.map((bad) => [bad])],
    ['createPreviewLinkAction', fc.oneof(notHours.map((h) => [id, h]), badId.map((bad) => [bad, 2]))],
    ['revokePreviewLinkAction', fc.oneof(badId.map((bad) => [id, bad]), badId.map((bad) => [bad, targets.linkId]))],
  ];
}
