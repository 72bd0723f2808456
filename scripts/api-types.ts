// npm run api:types: regenerates e2e/fixtures/api-types.ts from the OpenAPI document.
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from './lib/api-types';

writeFileSync(API_TYPES_FILE, await generateApiTypes());
console.log(`Wrote ${API_TYPES_FILE}`);
