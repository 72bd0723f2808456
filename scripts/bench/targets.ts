// What the benchmark loads and how one row is measured: warm-up, then a timed run while the CPU
// time (/proc utime+stime) and memory of the server's process tree are read before, during and after.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { newSecretToken } from '@/lib/credentials/secret-token';
import { runLoad, type LoadTarget } from './load';
import type { BenchOptions } from './options';
import { usage, withPeakMemory } from './proc';
import type { RowResult } from './report';
import { searchMix } from './search-db';
import { BENCH_DIST_DIR } from './server';

export interface Site {
  publicStories: number;
  /** The newest featured story: what most readers read. */
  hot: { id: string; slug: string };
  /** A published story the publish test revises. */
  update: { id: string; slug: string };
  /** Stories never requested before, for the uncached render; warm-up uses others. */
  coldSlugs: string[];
  warmSlugs: string[];
  sectionSlug: string;
  sectionId: string;
  photoId: string;
  staff: { reporter: string; editor: string; leader: string };
  /** A fresh API token of the editor, for the newsroom API row and the publish call. */
  token: string;
}

/** Stories rendered by the uncached row's warm-up, never measured (see appRows). */
const WARM_STORIES = 1000;

export async function discoverSite(url: string, coldCount: number): Promise<Site> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows;
    const isPublic = `a.live_revision_id is not null and a.published_at is not null and a.status not in ('unpublished', 'archived')`;
    const [{ count }] = (await one<{ count: string }>(`select count(*) from articles a where ${isPublic}`)) as [{ count: string }];
    const newest = await one<{ id: string; slug: string }>(`select id, slug from articles a where ${isPublic} order by featured desc, published_at desc limit 2`);
    const sample = await one<{ slug: string }>(`select slug from articles a where ${isPublic} and a.id <> all($1::uuid[]) order by random() limit $2`, [newest.map((r) => r.id), coldCount + WARM_STORIES]);
    const [section] = await one<{ id: string; slug: string }>(`select id, slug from sections order by sort_order limit 1 offset 1`);
    const [photo] = await one<{ id: string }>(`select id from media order by created_at limit 1`);
    const staff = await one<{ id: string; email: string }>(`select id, email from users where email like 'bench-%@bench.local' order by email`);
    const byEmail = (prefix: string) => staff.find((s) => s.email.startsWith(prefix))?.id;
    const editor = byEmail('bench-bientap');
    const { token, hash, display } = newSecretToken('ktw');
    await client.query(`insert into api_tokens (user_id, name, token_hash, prefix, expires_at) values ($1, 'npm run bench', $2, $3, now() + interval '1 day')`, [editor, hash, display]);
    if (!newest[1] || !section || !photo || !editor) throw new Error('the benchmark database is missing generated content');
    // WARM_STORIES for the warm-up (a quarter of a small site), the rest never requested before.
    const warm = Math.min(WARM_STORIES, Math.floor(sample.length / 4));
    return {
      publicStories: Number(count),
      hot: newest[0]!,
      update: newest[1],
      coldSlugs: sample.slice(warm).map((r) => r.slug),
      warmSlugs: sample.slice(0, Math.max(1, warm)).map((r) => r.slug),
      sectionSlug: section.slug,
      sectionId: section.id,
      photoId: photo.id,
      staff: { reporter: byEmail('bench-phongvien')!, editor, leader: byEmail('bench-lanhdao')! },
      token,
    };
  } finally {
    await client.end();
  }
}

/** A build file of about the article page's size: what Next.js serves without rendering. */
export function staticAsset(nearBytes: number): { path: string; bytes: number } | null {
  const root = path.join(process.cwd(), BENCH_DIST_DIR, 'static');
  const files: Array<{ path: string; bytes: number }> = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < 4) walk(full, depth + 1);
      else if (/\.(js|css)$/.test(entry.name)) files.push({ path: `/_next/static/${path.relative(root, full).split(path.sep).join('/')}`, bytes: statSync(full).size });
    }
  };
  try {
    walk(root, 0);
  } catch {
    return null;
  }
  files.sort((a, b) => Math.abs(a.bytes - nearBytes) - Math.abs(b.bytes - nearBytes));
  return files[0] ?? null;
}

export interface RowDef {
  id: string;
  label: string;
  group: RowResult['group'];
  target: LoadTarget;
  /** Warm-up on other URLs (the uncached render must not warm its own). */
  warm?: LoadTarget;
  /** Least seconds of warm-up for this row, when --warmup is not 0. */
  minWarmupSeconds?: number;
  /** Process trees whose CPU and memory count for this row. */
  pids: () => Array<number | null | undefined>;
  note?: string;
}

export function appRows(site: Site, origin: string, pid: () => number | null): RowDef[] {
  const row = (id: string, label: string, paths: string[], extra: Partial<RowDef> = {}): RowDef => ({ id, label, group: 'app', target: { origin, paths }, pids: () => [pid()], ...extra });
  const search = searchMix().map((params) => `/tim-kiem?${new URLSearchParams(params).toString()}`);
  return [
    row('article-hot', 'Article, the same story every time', [`/bai-viet/${site.hot.slug}`], {
      note: 'Served from the Next.js cache after its first request (ISR; in memory, or Redis with REDIS_URL).',
    }),
    row('article-cold', 'Article, a story not requested before (uncached render)', site.coldSlugs.map((s) => `/bai-viet/${s}`), {
      warm: { origin, paths: site.warmSlugs.map((s) => `/bai-viet/${s}`) },
      // A running portal has rendered thousands of pages: its JIT compilers are warm. Two seconds after
      // a start is about 60 renders (by hand, wrk 10-s runs on the 10k database: 26-29 ms a render in
      // the first run after a start, 13-24 ms in the runs after it).
      minWarmupSeconds: 20,
      note: 'Measured after 20 s of first renders of other stories (a warmed-up server).',
    }),
    row('home', 'Home page', ['/']),
    row('section', `Section page /chuyen-muc/${site.sectionSlug}`, [`/chuyen-muc/${site.sectionSlug}`]),
    row('search', `Search, ${search.length} queries with and without diacritics`, search),
    row('rss', 'RSS feed /rss.xml', ['/rss.xml']),
    row('api-public', 'API list /api/v1/public/articles', ['/api/v1/public/articles']),
    row('api-newsroom', 'Newsroom API list /api/v1/articles (token)', ['/api/v1/articles?pageSize=20'], {
      target: { origin, paths: ['/api/v1/articles?pageSize=20'], headers: { Authorization: `Bearer ${site.token}` } },
    }),
    // What each story page sends once it is open (components/article/view-beacon.tsx), as a browser
    // sends it: same-origin, JSON, a browser's user agent. Two stories in turn.
    row('beacon', 'Reading beacon POST /api/v1/public/views ("Đọc nhiều nhất")', ['/api/v1/public/views'], {
      target: {
        origin,
        paths: ['/api/v1/public/views'],
        headers: { Origin: origin, 'Content-Type': 'application/json', 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36' },
        bodies: [site.hot.id, site.update.id].map((articleId) => JSON.stringify({ articleId })),
      },
      note: 'Buffered in memory and written in batches (lib/data/views/record-view.ts): no database work per beacon.',
    }),
  ];
}

/** Every reader URL of the app rows, for the soak's mixed load (the token rows left out). */
export function soakTarget(site: Site, origin: string): LoadTarget {
  const paths = appRows(site, origin, () => null)
    .filter((r) => !r.target.headers)
    .flatMap((r) => (r.id === 'article-cold' ? [...site.coldSlugs, ...site.warmSlugs].map((s) => `/bai-viet/${s}`) : r.target.paths));
  return { origin, paths };
}

export async function measureRow(def: RowDef, options: BenchOptions, driver: 'autocannon' | 'wrk', dbPid: number | null): Promise<RowResult> {
  const base: RowResult = { id: def.id, label: def.label, group: def.group, url: def.target.origin + def.target.paths[0], urls: def.target.paths.length, note: def.note };
  try {
    if (options.warmup > 0) await runLoad(driver, def.warm ?? def.target, Math.max(options.warmup, def.minWarmupSeconds ?? 0), options.connections);
    const pids = def.pids().filter((p): p is number => Boolean(p));
    const cpu = () => pids.reduce((sum, p) => sum + (usage(p)?.cpuMs ?? 0), 0);
    const before = cpu();
    const dbBefore = usage(dbPid)?.cpuMs;
    const { result: load, peakRss } = await withPeakMemory(pids, () => runLoad(driver, def.target, options.duration, options.connections));
    const after = cpu();
    const dbAfter = usage(dbPid)?.cpuMs;
    const requests = Math.max(1, load.requests);
    const repeated = def.target.paths.length > 1 && load.requests > def.target.paths.length && def.id === 'article-cold';
    return {
      ...base,
      load,
      cpuMsPerRequest: (after - before) / requests,
      dbCpuMsPerRequest: dbBefore !== undefined && dbAfter !== undefined ? (dbAfter - dbBefore) / requests : null,
      peakRssMb: peakRss == null ? null : peakRss / 1_048_576,
      note: [def.note, repeated ? `${load.requests} requests over ${def.target.paths.length} stories: some were requested twice.` : ''].filter(Boolean).join(' ') || undefined,
    };
  } catch (error) {
    return { ...base, error: (error as Error).message.split('\n')[0] };
  }
}
