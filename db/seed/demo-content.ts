// Loads the demo stories (content/articles/<slug>.md) and the people registry (content/people.yaml).
// Stories come back in publication order (then slug), the order the seeder writes them in.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { parseArticleFile, SeedFileError } from './article-file';
import { issuesText, peopleFileSchema } from './article-schema';
import type { SeedArticle, SeedPerson } from './types';

export const DEMO_CONTENT_DIR = path.join(import.meta.dirname, 'content');
export const DEMO_ARTICLES_DIR = path.join(DEMO_CONTENT_DIR, 'articles');
export const DEMO_PEOPLE_FILE = path.join(DEMO_CONTENT_DIR, 'people.yaml');

const shown = (file: string) => path.relative(process.cwd(), file) || file;

export function byPublication(a: SeedArticle, b: SeedArticle): number {
  return a.publishedAt.localeCompare(b.publishedAt) || a.slug.localeCompare(b.slug);
}

export function loadDemoArticles(dir: string = DEMO_ARTICLES_DIR): SeedArticle[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
  const articles = files.map((name) => {
    const file = path.join(dir, name);
    const article = parseArticleFile(readFileSync(file, 'utf8'), shown(file));
    if (name !== `${article.slug}.md`) throw new SeedFileError(shown(file), `slug: the file must be named after its slug (${article.slug}.md)`);
    return article;
  });
  return articles.sort(byPublication);
}

export function loadDemoPeople(file: string = DEMO_PEOPLE_FILE): SeedPerson[] {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof YAMLParseError) throw new SeedFileError(shown(file), `not valid YAML: ${error.message}`);
    throw error;
  }
  const parsed = peopleFileSchema.safeParse(data);
  if (!parsed.success) throw new SeedFileError(shown(file), issuesText(parsed.error));
  return parsed.data;
}
