// The OpenAPI 3.1 document of API v1, generated from the same zod schemas that validate requests
// (lib/api/schemas.ts) and describe responses (lib/api/resources.ts). Every route under app/api/v1
// has an operation here: lib/api/openapi.test.ts compares the two and validates the document.
import type { z } from 'zod';
import { components, jsonSchema, ref, type SchemaName } from './openapi-components';
import { articleListQuerySchema, auditQuerySchema, mediaListQueryDoorSchema, publicListQuerySchema, publicPeopleQuerySchema } from './schemas';

interface Operation {
  id: string;
  summary: string;
  tag: string;
  description?: string;
  query?: z.ZodObject;
  body?: SchemaName;
  example?: unknown;
  ok: [status: number, schema: SchemaName | null, description: string];
  /** Problem statuses beyond the 400/401/403/404/429/500/503 every staff operation may answer. */
  errors?: number[];
  ifMatch?: 'required' | 'optional';
  etag?: boolean;
  public?: boolean;
}

const ETAG_HEADER = { ETag: { description: 'The version read: "<id>.v<version>". Send it back as If-Match.', schema: { type: 'string' } } };
const STAFF_ERRORS = [400, 401, 403, 404, 429, 500, 503];

function operation(path: string, op: Operation) {
  const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    description: 'Malformed ids answer 404, like unknown ones.',
    schema: { type: 'string', format: 'uuid' },
  }));
  const queryParams = op.query
    ? Object.entries(op.query.shape).map(([name, field]) => {
        const schema = jsonSchema(field as z.ZodType);
        return { name, in: 'query', required: false, ...(typeof schema.description === 'string' ? { description: schema.description } : {}), schema };
      })
    : [];
  const ifMatch = op.ifMatch
    ? [{ name: 'If-Match', in: 'header', required: op.ifMatch === 'required', description: 'The ETag of the version you read (GET).', schema: { type: 'string', example: '"3f2b…-….v3"' } }]
    : [];
  const [status, schema, description] = op.ok;
  const errors = [...new Set([...(op.public ? [400, 404, 500, 503] : STAFF_ERRORS), ...(op.errors ?? [])])].sort((a, b) => a - b);
  return {
    operationId: op.id,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    ...(op.public ? { security: [] } : {}),
    parameters: [...pathParams, ...queryParams, ...ifMatch],
    ...(op.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(op.body), ...(op.example ? { example: op.example } : {}) } } } }
      : {}),
    responses: {
      [status]: { description, ...(op.etag ? { headers: ETAG_HEADER } : {}), ...(schema ? { content: { 'application/json': { schema: ref(schema) } } } : {}) },
      ...Object.fromEntries(errors.map((code) => [code, { $ref: `#/components/responses/P${code}` }])),
    },
  };
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** path -> method -> operation, in the order of the route folders. */
const OPERATIONS: Record<string, Record<string, Operation>> = {
  '/articles': {
    get: { id: 'listArticles', tag: 'articles', summary: 'Stories the caller may see (reporters: their own): search and filters; newest change first unless sorted', query: articleListQuerySchema, ok: [200, 'ArticleList', 'A page of stories'] },
    post: {
      id: 'createArticle',
      tag: 'articles',
      summary: 'Create a draft',
      body: 'ArticleCreate',
      example: { title: 'Hội nghị tổng kết công tác năm 2026', sapo: 'Sáng 23/12, …', sectionId: '0b9d2a52-6c1e-4c83-9d7e-2f1f0c1d5e11', body: doc('Nội dung bài.'), tags: ['Kinh tế vùng'] },
      ok: [201, 'Article', 'The new draft'],
      etag: true,
    },
  },
  '/articles/{id}': {
    get: { id: 'getArticle', tag: 'articles', summary: 'One story with its working copy', ok: [200, 'Article', 'The story'], etag: true },
    patch: {
      id: 'patchArticle',
      tag: 'articles',
      summary: 'Save changes as a new revision (omitted fields keep their value)',
      body: 'ArticlePatch',
      example: { sapo: 'Sapo mới.' },
      ifMatch: 'required',
      ok: [200, 'Article', 'The saved story (new ETag)'],
      errors: [412, 428],
      etag: true,
    },
  },
  '/articles/{id}/transitions': {
    post: {
      id: 'transitionArticle',
      tag: 'workflow',
      summary: 'Fire a workflow event (submit, return, forward_for_approval, approve, schedule, publish, …)',
      description: 'approve requires If-Match with the version read; with any other event If-Match is optional and checked when sent. A stale If-Match answers 412 with `changes`.',
      body: 'Transition',
      example: { event: 'return', note: 'Cần bổ sung số liệu quý IV.' },
      ifMatch: 'optional',
      ok: [200, 'Article', 'The story after the transition'],
      errors: [409, 412, 428],
      etag: true,
    },
  },
  '/articles/{id}/revisions': { get: { id: 'listRevisions', tag: 'articles', summary: 'Revisions, newest first', ok: [200, 'RevisionList', 'Revisions'] } },
  '/articles/{id}/events': { get: { id: 'listEvents', tag: 'workflow', summary: 'The audit trail of the story, oldest first', ok: [200, 'EventList', 'Events'] } },
  '/articles/{id}/comments': {
    get: { id: 'listComments', tag: 'articles', summary: 'Editorial comments, oldest first', ok: [200, 'CommentList', 'Comments'] },
    post: { id: 'addComment', tag: 'articles', summary: 'Comment on the story', body: 'CommentCreate', example: { body: 'Cần kiểm tra lại số liệu.' }, ok: [201, 'Comment', 'The comment'] },
  },
  '/articles/{id}/threads': {
    get: { id: 'listThreads', tag: 'articles', summary: 'Comment threads anchored to the text, oldest first, with their replies (staff only; never public)', ok: [200, 'ThreadList', 'Threads'] },
    post: {
      id: 'createThread',
      tag: 'articles',
      summary: 'Open a comment thread on the first occurrence of quote in the working copy (a new revision carries the anchor)',
      description: 'quote must be exact text within one paragraph, heading or table cell of the working copy; 422 when it is not found. Mention staff in body as @[user id]. At most 200 threads per story.',
      body: 'ThreadCreate',
      example: { quote: 'Số liệu quý hai', body: 'Xem lại số liệu đoạn này.' },
      ok: [201, 'Thread', 'The thread'],
      errors: [409, 422],
    },
  },
  '/articles/{id}/threads/{threadId}/replies': {
    post: { id: 'replyToThread', tag: 'articles', summary: 'Reply to a comment thread (at most 500 replies; @[user id] notifies)', body: 'ThreadReplyCreate', example: { body: 'Đã sửa, nhờ anh xem lại.' }, ok: [201, 'ThreadReply', 'The reply'], errors: [422] },
  },
  '/articles/{id}/threads/{threadId}/resolve': {
    post: { id: 'resolveThread', tag: 'articles', summary: 'Mark a thread resolved (its author, the story\'s writers, editors, leaders)', ok: [200, 'Thread', 'The thread'], errors: [409] },
  },
  '/articles/{id}/threads/{threadId}/reopen': {
    post: { id: 'reopenThread', tag: 'articles', summary: 'Reopen a resolved thread (its author, the story\'s writers, editors, leaders)', ok: [200, 'Thread', 'The thread'], errors: [409] },
  },
  '/articles/{id}/suggestions': {
    get: { id: 'listSuggestions', tag: 'articles', summary: 'Open suggestions in the working copy, in document order (staff only; never public)', ok: [200, 'SuggestionList', 'Suggestions'] },
  },
  '/articles/{id}/suggestions/{suggestionId}/accept': {
    post: {
      id: 'acceptSuggestion',
      tag: 'articles',
      summary: 'Accept one suggestion: applied to the working copy and saved as a new revision (whoever may edit the draft)',
      body: 'SuggestionDecision',
      example: { baseVersion: 7 },
      ok: [200, 'SuggestionDecided', 'The save'],
      errors: [409],
    },
  },
  '/articles/{id}/suggestions/{suggestionId}/reject': {
    post: {
      id: 'rejectSuggestion',
      tag: 'articles',
      summary: 'Reject one suggestion: undone in the working copy and saved as a new revision (whoever may edit the draft)',
      body: 'SuggestionDecision',
      example: { baseVersion: 7 },
      ok: [200, 'SuggestionDecided', 'The save'],
      errors: [409],
    },
  },
  '/articles/{id}/preview-links': {
    get: { id: 'listPreviewLinks', tag: 'articles', summary: 'Share links of the story', ok: [200, 'PreviewLinkList', 'Links'] },
    post: { id: 'createPreviewLink', tag: 'articles', summary: 'A share link to one revision (the token is shown once)', body: 'PreviewLinkCreate', example: { hours: 48 }, ok: [201, 'PreviewLinkCreated', 'The link'] },
  },
  '/articles/{id}/collab-ticket': {
    get: {
      id: 'getCollabTicket',
      tag: 'articles',
      summary: 'A one-minute ticket to open the story on the co-editing server (write access for those who may edit it in its state, read-only for those who may read it)',
      ok: [200, 'CollabTicket', 'The ticket'],
    },
  },
  '/articles/{id}/preview-links/{linkId}': { delete: { id: 'revokePreviewLink', tag: 'articles', summary: 'Revoke a share link', ok: [204, null, 'Revoked'] } },
  '/audit/workflow-events.csv': {
    get: { id: 'exportWorkflowEvents', tag: 'audit', summary: 'Every workflow event as CSV (admins)', query: auditQuerySchema, ok: [200, null, 'text/csv; one row per event'] },
  },
  '/me': { get: { id: 'whoAmI', tag: 'account', summary: 'Who the token or session belongs to', ok: [200, 'Me', 'The caller'] } },
  '/media': {
    get: { id: 'listMedia', tag: 'media', summary: 'Search the media library (diacritics ignored)', query: mediaListQueryDoorSchema, ok: [200, 'MediaPage', 'A page of items'] },
    post: {
      id: 'uploadMedia',
      tag: 'media',
      summary: 'Upload one image (JPEG, PNG, WebP, AVIF, static GIF), PDF or video (MP4, WebM, MOV); images are re-encoded, videos processed into a web MP4 in a job',
      ok: [201, 'MediaItem', 'The stored item (Location header)'],
      errors: [413, 415, 422, 503],
    },
  },
  '/media/{id}': {
    get: { id: 'getMedia', tag: 'media', summary: 'One media item', ok: [200, 'MediaItem', 'The item'] },
    patch: { id: 'patchMedia', tag: 'media', summary: 'Edit alt text, caption, credit or the display name', body: 'MediaPatch', example: { alt: 'Toàn cảnh hội nghị' }, ok: [200, 'MediaItem', 'The item'] },
    delete: { id: 'deleteMedia', tag: 'media', summary: 'Delete an item no story uses (409 otherwise)', ok: [200, 'Deleted', 'Deleted'], errors: [409] },
  },
  '/media/{id}/captions': {
    put: { id: 'putMediaCaptions', tag: 'media', summary: "A video's WebVTT captions: the .vtt file as the body (text/vtt, at most 512 KB)", ok: [200, 'MediaItem', 'The item'], errors: [413, 422] },
    delete: { id: 'deleteMediaCaptions', tag: 'media', summary: "Remove a video's captions", ok: [200, 'MediaItem', 'The item'] },
  },
  '/media/{id}/usage': { get: { id: 'mediaUsage', tag: 'media', summary: 'The stories whose current or live revision uses the item', ok: [200, 'MediaUsage', 'Usage'] } },
  '/notifications': { get: { id: 'listNotifications', tag: 'account', summary: 'The caller\'s notifications, newest first, and the unread count', ok: [200, 'NotificationList', 'Notifications'] } },
  '/notifications/read': {
    post: { id: 'markNotificationsRead', tag: 'account', summary: 'Mark notifications read (all when ids is omitted)', body: 'NotificationsRead', example: {}, ok: [200, 'NotificationsMarked', 'How many'] },
  },
  '/openapi.json': { get: { id: 'openApiDocument', tag: 'meta', summary: 'This document', public: true, ok: [200, null, 'OpenAPI 3.1 document'] } },
  '/people': { get: { id: 'listPeople', tag: 'registry', summary: 'The people registry with dated positions (meeting chairs and attendees)', ok: [200, 'PersonList', 'People'] } },
  '/public/articles': {
    get: { id: 'listPublicArticles', tag: 'public', summary: 'Published stories, for syndication (no authentication)', public: true, query: publicListQuerySchema, ok: [200, 'PublicArticleList', 'Published stories'] },
  },
  '/public/people': {
    get: {
      id: 'suggestPublicPeople',
      tag: 'public',
      summary: 'Names of people in the registry for the site search box (no authentication)',
      description: 'Only people with a public page; diacritics are ignored; at most 8 names.',
      public: true,
      query: publicPeopleQuerySchema,
      ok: [200, 'PublicPeopleList', 'Suggested people'],
    },
  },
  '/public/question-challenge': {
    get: {
      id: 'questionChallenge',
      tag: 'public',
      summary: 'A proof-of-work challenge for the question form /hoi-dap/gui (no authentication)',
      description:
        'Fetched by the ALTCHA widget on the form page when scripts run. A new signed challenge each time (Cache-Control: no-store), valid 20 minutes. The solved payload is posted with the form in the field "altcha"; a valid, unused one marks the question verified for the moderators. 503 when the server has no AUTH_SECRET.',
      public: true,
      ok: [200, 'QuestionChallenge', 'A new challenge'],
    },
  },
  '/public/views': {
    post: {
      id: 'countPublicView',
      tag: 'public',
      summary: 'A reader opened a story: the beacon of the most-read lists (no authentication)',
      description:
        'Sent by story pages with navigator.sendBeacon. Always 204 for a well-formed body, whether the read counted or not: the same reader and story count once a day; bots, staff sessions, other sites and stories readers cannot see are not counted. No cookie is set and no address is kept. Bodies over 512 bytes answer 413.',
      public: true,
      body: 'ViewBeacon',
      example: { articleId: '0b9d2a52-6c1e-4c83-9d7e-2f1f0c1d5e11' },
      ok: [204, null, 'Received'],
      errors: [413],
    },
  },
  '/sections': { get: { id: 'listSections', tag: 'registry', summary: 'Sections (for sectionId)', ok: [200, 'SectionList', 'Sections'] } },
  '/tokens': {
    get: { id: 'listTokens', tag: 'account', summary: 'The caller\'s API tokens (never the secrets)', ok: [200, 'TokenList', 'Tokens'] },
    post: { id: 'createToken', tag: 'account', summary: 'A new API token for the caller, returned once. Only with the session cookie: a request signed with a token gets 403', body: 'TokenCreate', example: { name: 'Đồng bộ cổng tỉnh', expiresInDays: 90 }, ok: [201, 'TokenCreated', 'The token'] },
  },
  '/tokens/{id}': { delete: { id: 'revokeToken', tag: 'account', summary: 'Revoke one of the caller\'s tokens', ok: [204, null, 'Revoked'] } },
  '/units': { get: { id: 'listUnits', tag: 'registry', summary: 'Organising units (meeting reports)', ok: [200, 'UnitList', 'Units'] } },
  '/users': {
    get: { id: 'listUsers', tag: 'users', summary: 'Every account (admins)', ok: [200, 'UserList', 'Accounts'] },
    post: {
      id: 'inviteUser',
      tag: 'users',
      summary: 'Create an account and a one-time set-password link (admins)',
      body: 'UserInvite',
      example: { email: 'ten@coquan.gov.vn', name: 'Nguyễn Văn A', roles: ['reporter'] },
      ok: [201, 'UserInvited', 'The account'],
      errors: [409],
    },
  },
  '/users/{id}': {
    get: { id: 'getUser', tag: 'users', summary: 'An account, its lock state and security log (admins)', ok: [200, 'UserDetail', 'The account'] },
    patch: { id: 'patchUser', tag: 'users', summary: 'Change roles or (de)activate (admins); ends the user\'s sessions', body: 'UserPatch', example: { roles: ['editor'] }, ok: [200, 'UserChanged', 'What changed'], errors: [409] },
  },
  '/users/{id}/password-link': { post: { id: 'newPasswordLink', tag: 'users', summary: 'A new one-time set-password link (admins)', ok: [201, 'PasswordLink', 'The link'] } },
  '/users/{id}/unlock': { post: { id: 'unlockUser', tag: 'users', summary: 'Lift the account\'s sign-in lock (admins)', ok: [200, 'Ok', 'Unlocked'] } },
};

const MULTIPART_UPLOAD = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' }, alt: { type: 'string' }, caption: { type: 'string' }, credit: { type: 'string' } },
        required: ['file'],
      },
    },
  },
};

function paths() {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(OPERATIONS)) {
    out[path] = Object.fromEntries(Object.entries(methods).map(([method, op]) => [method, operation(path, op)]));
  }
  (out['/media']!.post as Record<string, unknown>).requestBody = MULTIPART_UPLOAD;
  (out['/media/{id}/captions']!.put as Record<string, unknown>).requestBody = { required: true, content: { 'text/vtt': { schema: { type: 'string' } } } };
  const csv = out['/audit/workflow-events.csv']!.get as { responses: Record<string, Record<string, unknown>> };
  csv.responses['200']!.content = { 'text/csv': { schema: { type: 'string' } } };
  const self = out['/openapi.json']!.get as { responses: Record<string, Record<string, unknown>> };
  self.responses['200']!.content = { 'application/json': { schema: { type: 'object' } } };
  return out;
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Cổng thông tin điện tử — API v1',
      version: '1.1.0',
      description: [
        'Newsroom API. Authenticate with `Authorization: Bearer ktw_…` (a personal API token) or the session cookie (same origin only). The same policy applies as in the newsroom.',
        'Request bodies and queries are strict: an unknown field is refused with a 400 that names it, and nothing is saved.',
        'Errors are `application/problem+json` (RFC 9457): `code` is stable for programs, `detail` is Vietnamese for people. A 412 from a transition carries `changes`.',
      ].join('\n\n'),
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }, { cookie: [] }],
    tags: ['articles', 'workflow', 'media', 'account', 'users', 'registry', 'audit', 'public', 'meta'].map((name) => ({ name })),
    components: components(),
    paths: paths(),
  };
}
