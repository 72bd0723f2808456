import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/lib/api-types';

it('e2e/fixtures/api-types.ts is what openapi-typescript makes of the document now (run `npm run api:types`)', async () => {
  const committed = readFileSync(API_TYPES_FILE, 'utf8');
  const generated = await generateApiTypes();
  expect(committed === generated, 'e2e/fixtures/api-types.ts is out of date: run `npm run api:types` and commit the result.').toBe(true);
});
