// Converts demo stories written as TypeScript (SeedArticle arrays) into the text files the seeder
// loads: one db/seed/content/articles/<slug>.md per story, people appended to content/people.yaml.
//
//   node --import tsx scripts/seed/export-demo-articles.ts db/seed/demo-articles-search.ts [--force]
//     [--out db/seed/content/articles] [--people db/seed/content/people.yaml]
//
// Every exported SeedArticle[] and SeedPerson[] of the module is written. Delete the .ts module once
// the files are committed: the files are the source from then on.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_ARTICLES_DIR, DEMO_PEOPLE_FILE } from '../../db/seed/demo-content';
import { parseArgs, runCli, UsageError } from '../lib/cli';
import { collectExports, ExportError, exportArticles, exportPeople } from './export';

runCli(async () => {
  const [modulePath, ...rest] = process.argv.slice(2);
  if (!modulePath || modulePath.startsWith('--')) throw new UsageError('Usage: export-demo-articles.ts <module.ts> [--force] [--out dir] [--people file]');
  const args = parseArgs(rest);
  const mod = (await import(pathToFileURL(path.resolve(modulePath)).href)) as Record<string, unknown>;
  const { articles, people } = collectExports(mod);
  if (articles.length === 0 && people.length === 0) throw new UsageError(`${modulePath} exports no SeedArticle[] or SeedPerson[] arrays.`);
  try {
    const out = typeof args.out === 'string' ? args.out : DEMO_ARTICLES_DIR;
    const stories = exportArticles(articles, out, { force: args.force === true });
    const registry = people.length ? exportPeople(people, typeof args.people === 'string' ? args.people : DEMO_PEOPLE_FILE) : { written: [], unchanged: [] };
    for (const file of [...stories.written, ...registry.written]) console.log(`wrote ${path.relative(process.cwd(), file)}`);
    console.log(`${articles.length} stories (${stories.written.length} written, ${stories.unchanged.length} unchanged), ${people.length} people.`);
  } catch (error) {
    if (error instanceof ExportError) throw new UsageError(error.message);
    throw error;
  }
});
