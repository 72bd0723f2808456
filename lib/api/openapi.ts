// The OpenAPI 3.1 document of API v1, generated from the same zod schemas that validate requests.
import { z } from 'zod';
import { mediaPatchSchema } from '@/lib/data/media-edit';
import { mediaListQuerySchema } from '@/lib/data/media-library';
import { articleCreateSchema, articleListQuerySchema, articlePatchSchema, publicListQuerySchema, transitionSchema } from './schemas';

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });

const problem = { description: 'Error (application/problem+json)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const queryParams = (s: z.ZodObject) =>
  Object.entries(s.shape).map(([name, field]) => ({ name, in: 'query', required: false, schema: schema(field as z.ZodType) }));
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem };

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cổng thông tin điện tử — API v1',
      version: '1.0.0',
      description:
        'Newsroom API. Authenticate with the session cookie (same-origin only) or `Authorization: Bearer <personal API token>`. The same policy applies as in the newsroom UI.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }, { cookie: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token (npm run token:create, or Tài khoản in the newsroom)' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token' },
      },
      schemas: {
        Problem: {
          type: 'object',
          properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' } },
          required: ['title', 'status', 'detail'],
        },
        ArticleCreate: schema(articleCreateSchema),
        ArticlePatch: schema(articlePatchSchema),
        Transition: schema(transitionSchema),
        MediaPatch: schema(mediaPatchSchema),
      },
    },
    paths: {
      '/articles': {
        get: { summary: 'List articles visible to the caller', parameters: queryParams(articleListQuerySchema), responses: { 200: json('A page of articles'), ...errors } },
        post: {
          summary: 'Create a draft',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleCreate' } } } },
          responses: { 201: json('The new article (ETag header)'), ...errors },
        },
      },
      '/articles/{id}': {
        parameters: [idParam],
        get: { summary: 'One article with its current revision', responses: { 200: json('The article (ETag header)'), ...errors } },
        patch: {
          summary: 'Save changes as a new revision',
          parameters: [{ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticlePatch' } } } },
          responses: { 200: json('The saved article (new ETag)'), 412: problem, 428: problem, ...errors },
        },
      },
      '/articles/{id}/transitions': {
        parameters: [idParam],
        post: {
          summary: 'Fire a workflow event',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Transition' } } } },
          responses: { 200: json('The article after the transition'), ...errors },
        },
      },
      '/articles/{id}/revisions': { parameters: [idParam], get: { summary: 'Revisions, newest first', responses: { 200: json('Revisions'), ...errors } } },
      '/articles/{id}/events': { parameters: [idParam], get: { summary: 'The audit trail of the article', responses: { 200: json('Events, oldest first'), ...errors } } },
      '/media': {
        get: { summary: 'Search the media library (diacritics ignored)', parameters: queryParams(mediaListQuerySchema), responses: { 200: json('A page of media items'), ...errors } },
        post: {
          summary: 'Upload one image (JPEG, PNG, WebP, AVIF, static GIF) or PDF; re-encoded on the server',
          requestBody: {
            required: true,
            content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, alt: { type: 'string' }, caption: { type: 'string' }, credit: { type: 'string' } }, required: ['file'] } } },
          },
          responses: { 201: json('The stored item with its responsive variants'), 413: problem, 415: problem, ...errors },
        },
      },
      '/media/{id}': {
        parameters: [idParam],
        get: { summary: 'One media item', responses: { 200: json('The item'), ...errors } },
        patch: { summary: 'Edit alt text, caption, credit', requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/MediaPatch' } } } }, responses: { 200: json('The item'), ...errors } },
        delete: { summary: 'Delete an item that no story uses', responses: { 200: json('Deleted'), ...errors } },
      },
      '/media/{id}/usage': { parameters: [idParam], get: { summary: 'The stories that use the item', responses: { 200: json('Usage'), ...errors } } },
      '/public/articles': {
        get: { summary: 'Published stories, for syndication (no authentication)', security: [], parameters: queryParams(publicListQuerySchema), responses: { 200: json('Published stories') } },
      },
    },
  };
}
