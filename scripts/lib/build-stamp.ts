// Decides whether the production build is older than the sources, so `npm start` builds only when needed.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'db', 'public', 'i18n', 'messages', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function buildIsCurrent(root: string): boolean {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= built);
}

/**
 * The build fixes the port of the /collab rewrite (next.config.ts). The test build uses its own port
 * (scripts/test.ts), so each build records its port and `npm start` rebuilds when it wants another.
 * A build without the record (`npm run build`) used the default.
 */
const collabStamp = (root: string) => path.join(root, process.env.NEXT_DIST_DIR || '.next', 'collab-port');

export function builtCollabPort(root: string, fallback: number): number {
  try {
    return Number(readFileSync(collabStamp(root), 'utf8').trim()) || fallback;
  } catch {
    return fallback;
  }
}

export function recordCollabPort(root: string, port: number | string): void {
  writeFileSync(collabStamp(root), `${port}\n`);
}
