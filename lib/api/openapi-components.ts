// components of the OpenAPI document: JSON Schemas generated from the zod schemas that parse
// requests (io: input) and describe responses (io: output), shared responses for problems, and the
// two ways to authenticate.
import { z } from 'zod';
import { mediaPatchSchema } from '@/lib/data/media/edit';
import { RESOURCE_SCHEMAS } from './resources';
import {
  articleCreateSchema,
  articlePatchSchema,
  commentCreateSchema,
  notificationsReadSchema,
  previewLinkCreateSchema,
  suggestionDecisionSchema,
  threadCreateSchema,
  threadReplySchema,
  tokenCreateSchema,
  transitionSchema,
  userInviteSchema,
  userPatchSchema,
  viewBeaconSchema,
} from './schemas';

export const REQUEST_SCHEMAS = {
  ArticleCreate: articleCreateSchema,
  ArticlePatch: articlePatchSchema,
  Transition: transitionSchema,
  CommentCreate: commentCreateSchema,
  ThreadCreate: threadCreateSchema,
  ThreadReplyCreate: threadReplySchema,
  SuggestionDecision: suggestionDecisionSchema,
  PreviewLinkCreate: previewLinkCreateSchema,
  MediaPatch: mediaPatchSchema,
  TokenCreate: tokenCreateSchema,
  UserInvite: userInviteSchema,
  UserPatch: userPatchSchema,
  NotificationsRead: notificationsReadSchema,
  ViewBeacon: viewBeaconSchema,
} satisfies Record<string, z.ZodType>;

export const RESPONSE_SCHEMAS = RESOURCE_SCHEMAS;

export type SchemaName = keyof typeof REQUEST_SCHEMAS | keyof typeof RESPONSE_SCHEMAS;
export const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });

type JsonSchema = Record<string, unknown>;

/** One zod schema as a JSON Schema for a parameter or a property (no $schema of its own). */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete generated.$schema;
  return generated;
}

function generate(entries: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(entries)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  // zod names each schema by its $ref as $id; a fragment is not a valid $id in JSON Schema 2020-12,
  // and the document's jsonSchemaDialect already says which dialect these are.
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas as Record<string, JsonSchema>;
}

const PROBLEM_EXAMPLES: Record<number, { code: string; detail: string }> = {
  400: { code: 'invalid', detail: 'Trường không được hỗ trợ: section. Gợi ý: dùng "sectionId" thay cho "section". Không có gì được lưu; hãy bỏ các trường này rồi gửi lại.' },
  401: { code: 'unauthenticated', detail: 'Hãy đăng nhập hoặc gửi token API hợp lệ (Authorization: Bearer …).' },
  403: { code: 'forbidden', detail: 'Bạn không có quyền thực hiện thao tác này.' },
  404: { code: 'not_found', detail: 'Không tìm thấy bài viết.' },
  409: { code: 'conflict', detail: 'Không thể "Trình lãnh đạo duyệt" khi bài đang ở trạng thái "Bản nháp".' },
  412: { code: 'stale', detail: 'Bài viết đã thay đổi (phiên bản hiện tại 4, bạn gửi 3). Hãy đọc lại bài (GET), gộp thay đổi rồi gửi lại với ETag mới.' },
  413: { code: 'too_large', detail: 'Tệp quá lớn.' },
  415: { code: 'unsupported_type', detail: 'Định dạng tệp không được hỗ trợ.' },
  422: { code: 'damaged', detail: 'Không đọc được tệp ảnh.' },
  428: { code: 'precondition', detail: 'Thiếu tiêu đề If-Match: gửi lại ETag nhận được khi đọc bài (GET) để không ghi đè thay đổi của người khác.' },
  429: { code: 'rate_limited', detail: 'Quá nhiều yêu cầu. Hãy thử lại sau.' },
  500: { code: 'internal', detail: 'Hệ thống gặp lỗi ngoài dự kiến. Xin thử lại sau.' },
  503: { code: 'unavailable', detail: 'Máy chủ dữ liệu tạm thời không truy cập được; chưa có gì thay đổi. Hãy thử lại sau ít phút.' },
};

const TITLES: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ', 401: 'Chưa xác thực', 403: 'Không có quyền', 404: 'Không tìm thấy', 409: 'Xung đột dữ liệu', 412: 'Lỗi', 413: 'Nội dung quá lớn',
  415: 'Lỗi', 422: 'Lỗi', 428: 'Lỗi', 429: 'Quá nhiều yêu cầu', 500: 'Lỗi hệ thống', 503: 'Tạm thời không phục vụ được',
};

export const PROBLEM_STATUSES = Object.keys(PROBLEM_EXAMPLES).map(Number);

/** The shared response for one error status (components.responses.P<status>). */
function problemResponse(status: number) {
  const example = { type: 'about:blank', title: TITLES[status], status, ...PROBLEM_EXAMPLES[status] };
  const stale = status === 412;
  return {
    description: stale ? 'The story changed since the version named in If-Match (a transition also says what changed, in `changes`)' : `Problem (${status})`,
    content: { 'application/problem+json': { schema: ref(stale ? 'StaleProblem' : 'Problem'), example } },
    ...(status === 401 ? { headers: { 'WWW-Authenticate': { schema: { type: 'string' }, description: 'Bearer realm="toa-soan"' } } } : {}),
    ...(status === 429 || status === 503 ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } } } : {}),
  };
}

export function components() {
  return {
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'ktw_…',
        description: 'Personal API token `ktw_…` (npm run token:create, or "Tài khoản của tôi" in the newsroom). It acts with its owner\'s current roles; cookies are ignored when it is sent.',
      },
      cookie: {
        type: 'apiKey',
        in: 'cookie',
        name: 'authjs.session-token',
        description: 'The newsroom session cookie (`__Secure-authjs.session-token` over HTTPS). Same origin only: writes need a same-origin Origin header.',
      },
    },
    schemas: { ...generate(REQUEST_SCHEMAS, 'input'), ...generate(RESPONSE_SCHEMAS, 'output') },
    responses: Object.fromEntries(PROBLEM_STATUSES.map((status) => [`P${status}`, problemResponse(status)])),
  };
}
