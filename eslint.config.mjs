import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The floors of shared/ARCHITECTURE.md, enforced: imports only point down. Tests may reach across
// (fixtures write rows directly), so test files are left out of these rules.
const tests = ['**/*.test.ts', '**/*.test.tsx', '**/tests/**', 'e2e/**'];

const onlyDataTouchesTheDatabase = {
  group: ['@/db/client', '**/db/client', '**/db/client.ts'],
  message: 'Only lib/data talks to the database: call a lib/data function instead (ARCHITECTURE.md, "One place touches the database").',
};

const schemaStaysBelow = {
  group: ['@/db/schema', '**/db/schema', '**/db/schema.ts'],
  message: 'The database schema stays in lib/data: domain types (Meeting, MeetingPerson, RevisionMeta, Placement) come from lib/content.',
};

const PURE = ['lib/content/**', 'lib/workflow/**', 'lib/policy/**', 'lib/search/**', 'lib/slug/**', 'lib/time/**', 'lib/views/**', 'lib/qa/**', 'lib/documents/**', 'lib/agency/**'];
// Primitives: small services the data layer and the doors both build on (lib/cache: Next.js's cache
// handlers and the front cache; the CSP they stamp is pure, in lib/policy/csp.mjs).
const PRIMITIVES = ['lib/credentials/**', 'lib/mail/**', 'lib/log/**', 'lib/media/**', 'lib/workers/**', 'lib/cache/**'];
// Aliased and relative spellings (from lib/<x>/ and lib/<x>/<y>/).
const DOORS = ['@/lib/auth', '@/lib/auth/*', '**/lib/auth/*', '../auth/*', '../../auth/*', '@/lib/api', '@/lib/api/*', '**/lib/api/*', '../api/*', '../../api/*', '@/app/*'];
const DATA = ['@/lib/data', '@/lib/data/*', '**/lib/data/*', '../data/*', '../../data/*'];

// Brackets escaped: in a glob, [locale] would be a character class.
const READER = ['app/\\[locale\\]/**', 'app/(public)/**', 'components/article/**', 'components/site/**'];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', '.next-*/**', '.data/**', 'node_modules/**', 'db/migrations/**', 'bench/results/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts', 'i18n/**'],
    ignores: ['lib/data/**', ...tests],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [onlyDataTouchesTheDatabase, schemaStaysBelow] }] },
  },
  {
    // Pure domain: nothing from the framework, the database, auth or the data layer.
    files: PURE,
    ignores: tests,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            onlyDataTouchesTheDatabase,
            {
              group: ['next', 'next/*', 'next-auth', 'next-auth/*', 'next-intl', 'next-intl/*', 'drizzle-orm', 'drizzle-orm/*', 'pg', 'server-only', '@/db/*', '@/lib/data/*', '@/lib/auth/*', '@/lib/api/*', '@/app/*', '@/components/*'],
              message: 'Pure domain modules (lib/content, workflow, policy, search, slug, time, views, qa, documents, agency) import nothing from Next, the database, auth, the data layer or the UI: pass the values in instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // The data layer sits below the doors: auth and the API call it, never the other way round.
    files: ['lib/data/**'],
    ignores: tests,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: DOORS,
              message: 'lib/data never imports lib/auth or lib/api (they import it): take the viewer as an argument; passwords, tokens and lockout are in lib/credentials, mail in lib/mail.',
            },
          ],
        },
      ],
    },
  },
  {
    // Primitives import neither the data layer nor the doors.
    files: PRIMITIVES,
    ignores: tests,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            onlyDataTouchesTheDatabase,
            schemaStaysBelow,
            {
              group: [...DOORS, ...DATA],
              message: 'Primitives (lib/credentials, mail, log, media, workers, cache) import nothing from lib/data, lib/auth or lib/api: they sit below all of them.',
            },
          ],
        },
      ],
    },
  },
  {
    // Readers never load editor code.
    files: READER,
    ignores: tests,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            onlyDataTouchesTheDatabase,
            schemaStaysBelow,
            {
              group: ['@/components/editor/*', '@/components/newsroom/*', '@/app/(newsroom)/*', '@tiptap/react', '@tiptap/react/*', '@tiptap/starter-kit'],
              message: 'Reader pages never import editor or newsroom code (ARCHITECTURE.md: readers get server-rendered HTML and no editor code).',
            },
          ],
        },
      ],
    },
  },
];
export default config;
