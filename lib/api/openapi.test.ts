import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { REQUEST_SCHEMAS } from './openapi-components';
import { openApiDocument } from './openapi';

const API_ROOT = path.join(process.cwd(), 'app', 'api', 'v1');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** "METHOD /path" of every route handler under app/api/v1, written as OpenAPI paths ([id] -> {id}). */
function routeOperations(): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(API_ROOT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'route.ts') continue;
    const dir = path.relative(API_ROOT, entry.parentPath);
    const route = '/' + dir.split(path.sep).map((seg) => seg.replace(/^\[(\w+)\]$/, '{$1}')).join('/');
    const source = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const method of METHODS) if (new RegExp(`export\\s+(const|async function|function)\\s+${method}\\b`).test(source)) found.push(`${method} ${route}`);
  }
  return found.sort();
}

type Doc = ReturnType<typeof openApiDocument> & { paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>> };

describe('the OpenAPI document', () => {
  const document = openApiDocument() as Doc;

  it('is a valid OpenAPI 3.1 document (checked by @readme/openapi-parser)', async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(result.specification).toBe('OpenAPI');
  });

  it('has an operation for every route handler under app/api/v1, and none that does not exist', () => {
    const documented = Object.entries(document.paths)
      .flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(documented).toEqual(routeOperations());
    expect(documented).toEqual(expect.arrayContaining(['GET /sections', 'GET /people', 'GET /units', 'GET /openapi.json']));
  });

  it('describes every success response with a generated schema, and every error as problem+json', () => {
    const schemas = document.components.schemas as Record<string, Record<string, unknown>>;
    for (const [p, methods] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(op.responses)) {
          const label = `${method} ${p} ${status}`;
          if (Number(status) >= 400) {
            expect(response, label).toEqual({ $ref: `#/components/responses/P${status}` });
            continue;
          }
          const content = (response as { content?: Record<string, { schema: { $ref?: string; type?: string } }> }).content;
          if (status === '204') expect(content, label).toBeUndefined();
          else expect(content, label).toBeDefined();
          const ref = content?.['application/json']?.schema.$ref;
          if (ref) expect(schemas[ref.split('/').pop()!], label).toMatchObject({ type: 'object', properties: expect.any(Object) });
        }
      }
    }
    expect(schemas.Article!.required).toEqual(expect.arrayContaining(['id', 'status', 'version', 'body', 'links']));
    expect(schemas.ArticleList!.required).toEqual(expect.arrayContaining(['items', 'page', 'pageSize', 'total']));
  });

  it('says 412 carries `changes` and that problems are application/problem+json', () => {
    const responses = document.components.responses as Record<string, { content: Record<string, { schema: { $ref: string } }> }>;
    expect(Object.keys(responses.P412!.content)).toEqual(['application/problem+json']);
    expect(responses.P412!.content['application/problem+json']!.schema.$ref).toBe('#/components/schemas/StaleProblem');
    const stale = (document.components.schemas as Record<string, { properties: Record<string, unknown> }>).StaleProblem!;
    expect(stale.properties).toHaveProperty('changes');
    expect(document.paths['/articles/{id}/transitions']!.post!.responses['412']).toEqual({ $ref: '#/components/responses/P412' });
  });

  it('has strict request schemas: unknown fields are refused', () => {
    const schemas = document.components.schemas as Record<string, { additionalProperties?: unknown }>;
    for (const name of Object.keys(REQUEST_SCHEMAS)) expect(schemas[name]!.additionalProperties, name).toBe(false);
  });

  it('names both ways to authenticate, and only the public operations need none', () => {
    expect(Object.keys(document.components.securitySchemes)).toEqual(['bearer', 'cookie']);
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const open = Object.entries(document.paths).flatMap(([p, methods]) => Object.entries(methods).filter(([, op]) => 'security' in op).map(([m]) => `${m} ${p}`));
    expect(open.sort()).toEqual(['get /openapi.json', 'get /public/articles', 'get /public/people', 'get /public/question-challenge', 'post /public/views']);
  });
});
