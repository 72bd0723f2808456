// The floors of ARCHITECTURE.md are lint rules (eslint.config.mjs): this proves they bite. Each case
// lints a small piece of code as if it lived at a given path, with the project's own config.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('only lib/data imports the database client', async () => {
    const code = "import { db } from '@/db/client';\nexport const x = db;\n";
    expect(await restrictedImports('app/(newsroom)/toa-soan/trang-moi/page.tsx', code)).toEqual([expect.stringMatching(/Only lib\/data talks to the database/)]);
    expect(await restrictedImports('lib/auth/something.ts', code)).toHaveLength(1);
    expect(await restrictedImports('lib/data/articles/something.ts', code)).toEqual([]);
  }, 60_000);

  it('pure domain modules import nothing from Next, the database, auth or the data layer', async () => {
    for (const source of ['next/headers', '@/db/schema', '@/lib/data/site/site', '@/lib/auth/viewer', 'drizzle-orm']) {
      const messages = await restrictedImports('lib/workflow/new-rule.ts', `import * as m from '${source}';\nexport const x = m;\n`);
      expect(messages, source).toEqual([expect.stringMatching(/Pure domain modules/)]);
    }
    expect(await restrictedImports('lib/workflow/new-rule.ts', "import { slugify } from '@/lib/slug/slugify';\nexport const x = slugify;\n")).toEqual([]);
  }, 60_000);

  it('components and pages take domain types from lib/content, not the database schema', async () => {
    const code = "import type { Meeting } from '@/db/schema';\nexport type M = Meeting;\n";
    for (const file of ['components/editor/meeting-panel-extra.tsx', 'components/article/meeting-extra.tsx', 'app/(newsroom)/toa-soan/x/page.tsx', 'lib/seo/extra.ts']) {
      expect(await restrictedImports(file, code), file).toEqual([expect.stringMatching(/schema stays in lib\/data/)]);
    }
    expect(await restrictedImports('components/editor/x.tsx', "import type { Meeting } from '@/lib/content/meeting';\nexport type M = Meeting;\n")).toEqual([]);
    expect(await restrictedImports('lib/data/articles/x.ts', code)).toEqual([]);
  }, 60_000);

  it('lib/data never imports the doors (lib/auth, lib/api)', async () => {
    for (const source of ['@/lib/auth/viewer', '@/lib/api/schemas', '../../auth/action']) {
      const messages = await restrictedImports('lib/data/users/extra.ts', `import * as m from '${source}';\nexport const x = m;\n`);
      expect(messages, source).toEqual([expect.stringMatching(/lib\/data never imports lib\/auth/)]);
    }
    expect(await restrictedImports('lib/data/extra.ts', "import { hashPassword } from '@/lib/credentials/password';\nexport const x = hashPassword;\n")).toEqual([]);
  }, 60_000);

  it('primitives import neither lib/data nor lib/auth', async () => {
    for (const file of ['lib/credentials/extra.ts', 'lib/mail/extra.ts', 'lib/media/extra.ts', 'lib/cache/extra.ts', 'lib/cache/extra.mjs']) {
      for (const source of ['@/lib/data/users/users', '@/lib/auth/viewer', '../data/errors']) {
        const messages = await restrictedImports(file, `import * as m from '${source}';\nexport const x = m;\n`);
        expect(messages, `${file} <- ${source}`).toEqual([expect.stringMatching(/Primitives .* import nothing from lib\/data/)]);
      }
    }
    expect(await restrictedImports('lib/mail/extra.ts', "import { requestLogger } from '@/lib/log/logger';\nexport const x = requestLogger;\n")).toEqual([]);
  }, 60_000);

  it('reader pages never import editor or newsroom code', async () => {
    for (const file of ['app/[locale]/bai-viet/[slug]/extra.tsx', 'app/(public)/bai-viet/[slug]/luu/extra.ts', 'components/article/extra.tsx']) {
      const messages = await restrictedImports(file, "import { ArticleEditor } from '@/components/editor/article-editor';\nexport const x = ArticleEditor;\n");
      expect(messages, file).toEqual([expect.stringMatching(/Reader pages never import editor/)]);
    }
  }, 60_000);
});
