// What exists, read from the filesystem: newsroom pages, route handlers and server actions. The
// access matrix compares this with its rows, so a new endpoint without a row fails the test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();

function walk(dir: string, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

/** app/(newsroom)/toa-soan/nguoi-dung/[id]/page.tsx -> /toa-soan/nguoi-dung/[id] */
export function routeOf(file: string): string {
  const parts = rel(file).replace(/^app\//, '').split('/').slice(0, -1);
  return '/' + parts.filter((p) => !(p.startsWith('(') && p.endsWith(')'))).join('/');
}

export function newsroomPages(): string[] {
  return walk(path.join(root, 'app', '(newsroom)'))
    .filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f))
    .map(routeOf)
    .sort();
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s+([A-Z]+)\s*=/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const\s*)?\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(',')) found.add(part.trim().split(/\s+as\s+/).pop()!.trim());
  }
  return [...found].filter((name) => METHODS.includes(name));
}

/** "METHOD /route" for every route handler of the API and of the newsroom. */
export function apiEndpoints(): string[] {
  const files = [...walk(path.join(root, 'app', 'api')), ...walk(path.join(root, 'app', '(newsroom)'))].filter((f) => /\/route\.(ts|js)$/.test(f));
  return files.flatMap((f) => exportedMethods(readFileSync(f, 'utf8')).map((m) => `${m} ${routeOf(f)}`)).sort();
}

/** "ACTION file#name" for every export of every 'use server' file in app/, lib/ and components/. */
export function sourceServerActions(): string[] {
  const files = ['app', 'lib', 'components'].flatMap((d) => walk(path.join(root, d))).filter((f) => /\.(ts|tsx|js|jsx)$/.test(f));
  const result: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const withoutComments = source.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*/, '');
    if (!/^\s*['"]use server['"]/.test(withoutComments)) continue;
    for (const m of source.matchAll(/export\s+(?:async\s+function\s+|const\s+)(\w+)/g)) result.push(`ACTION ${rel(file)}#${m[1]}`);
  }
  return result.sort();
}
