// Writes SeedArticle / SeedPerson arrays as the demo content files the seeder loads. Every story is
// read back after formatting and must come back identical, so a conversion never loses a word.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isSeq, parseDocument, stringify, type YAMLSeq } from 'yaml';
import { formatArticleFile, parseArticleFile } from '../../db/seed/article-file';
import { peopleFileSchema } from '../../db/seed/article-schema';
import type { SeedArticle, SeedPerson } from '../../db/seed/types';

export class ExportError extends Error {}

export interface ExportResult {
  written: string[];
  unchanged: string[];
}

/** One file per story, <dir>/<slug>.md. An existing different file is an error unless `force`. */
export function exportArticles(articles: SeedArticle[], dir: string, options: { force?: boolean } = {}): ExportResult {
  const result: ExportResult = { written: [], unchanged: [] };
  const slugs = new Set<string>();
  for (const article of articles) {
    if (slugs.has(article.slug)) throw new ExportError(`Two stories share the slug "${article.slug}".`);
    slugs.add(article.slug);
    const text = formatArticleFile(article);
    const back = parseArticleFile(text, `${article.slug}.md`);
    if (!isDeepStrictEqual(back, article)) {
      throw new ExportError(`"${article.slug}" does not survive the round trip through Markdown (check for line breaks inside its text).`);
    }
    const file = path.join(dir, `${article.slug}.md`);
    if (existsSync(file)) {
      const current = readFileSync(file, 'utf8');
      if (current === text) {
        result.unchanged.push(file);
        continue;
      }
      if (!options.force) throw new ExportError(`${file} already exists with different content; pass --force to overwrite it.`);
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text);
    result.written.push(file);
  }
  return result;
}

/**
 * Adds people to the registry file, keeping its comments. A slug already there must describe the
 * same person; a different entry under the same slug is an error, not a silent overwrite.
 */
export function exportPeople(people: SeedPerson[], file: string): ExportResult {
  const result: ExportResult = { written: [], unchanged: [] };
  if (!existsSync(file)) {
    writeFileSync(file, stringify(peopleFileSchema.parse(people), { lineWidth: 0 }));
    return { written: [file], unchanged: [] };
  }
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const existing = peopleFileSchema.parse(doc.toJS());
  const fresh = peopleFileSchema.parse(people);
  let added = 0;
  for (const person of fresh) {
    const same = existing.find((p) => p.slug === person.slug);
    if (same) {
      if (!isDeepStrictEqual(same, person)) throw new ExportError(`${file} already has "${person.slug}" with different details.`);
      continue;
    }
    if (!isSeq(doc.contents)) throw new ExportError(`${file} must be a YAML list of people.`);
    (doc.contents as YAMLSeq<unknown>).items.push(doc.createNode(person));
    existing.push(person);
    added++;
  }
  if (added > 0) {
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
    result.written.push(file);
  } else {
    result.unchanged.push(file);
  }
  return result;
}

const looksLikeArticles = (value: unknown): value is SeedArticle[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && 'slug' in v && 'blocks' in v);
const looksLikePeople = (value: unknown): value is SeedPerson[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && 'slug' in v && 'positions' in v);

/** Every exported array of stories and of people in a module (e.g. db/seed/demo-articles-search.ts). */
export function collectExports(mod: Record<string, unknown>): { articles: SeedArticle[]; people: SeedPerson[] } {
  const values = Object.values(mod);
  return { articles: values.filter(looksLikeArticles).flat(), people: values.filter(looksLikePeople).flat() };
}
