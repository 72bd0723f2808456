// Lighthouse (npm `lighthouse`, mobile, simulated throttling) on the home and an article page, driving
// the machine's Chromium headless. Runs as a child process with a time limit; skipped with a note
// when no Chromium is found (/usr/bin/chromium, or CHROMIUM_PATH like the e2e tests).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopTree } from './server';

export interface LighthouseScores {
  page: string;
  url: string;
  scores: Record<string, number | null> | null;
  /** A few metrics (ms, CLS unitless) to say why a performance score is what it is. */
  metrics?: Record<string, number | null>;
  /** Audits that cost points outside performance (accessibility, best practices, SEO). */
  failing?: string[];
  /** Where the main-thread time goes (top scripts by CPU, task categories, long tasks), to say why TBT is what it is. */
  diagnostics?: string[];
  /** Performance score of every run of this page, in order; the row shows the median run. */
  runs?: number[];
  error?: string;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
].join(' ');

export function findChromium(): string | null {
  for (const candidate of ['/usr/bin/chromium', process.env.CHROMIUM_PATH]) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

async function runOne(chromium: string, page: string, url: string): Promise<LighthouseScores> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-lh-'));
  const output = path.join(dir, 'report.json');
  const cli = path.join(process.cwd(), 'node_modules', 'lighthouse', 'cli', 'index.js');
  const child = spawn(
    process.execPath,
    [cli, url, '--output=json', `--output-path=${output}`, '--quiet', `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(',')}`, '--max-wait-for-load=30000'],
    { env: { ...process.env, CHROME_PATH: chromium }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
  child.stderr.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
  const timer = setTimeout(() => void stopTree(child, 2000), 150_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  clearTimeout(timer);
  try {
    if (code !== 0 || !existsSync(output)) return { page, url, scores: null, error: `lighthouse exited ${code}: ${log.trim().split('\n').slice(-3).join(' ')}` };
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      categories: Record<string, { score: number | null; auditRefs?: Array<{ id: string; weight: number }> }>;
      audits: Record<string, { numericValue?: number; score: number | null; title: string; details?: { items?: Array<Record<string, unknown>> } }>;
      runtimeError?: { message: string };
    };
    if (report.runtimeError) return { page, url, scores: null, error: report.runtimeError.message };
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, report.categories[c]?.score == null ? null : Math.round(report.categories[c]!.score! * 100)]));
    const metric = (id: string) => report.audits[id]?.numericValue ?? null;
    const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
      (report.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score != null && report.audits[ref.id]!.score! < 1)
        .map((ref) => {
          const audit = report.audits[ref.id]!;
          // The first offending item says more than the title ("which console error?").
          const item = audit.details?.items?.[0];
          const detail = item ? [item.description ?? item.source, item.url ?? (item.sourceLocation as { url?: string } | undefined)?.url].filter(Boolean).join(' ').replace(/\s+/g, ' ').slice(0, 200) : '';
          return `${c}: ${ref.id} (${audit.title})${detail ? `: ${detail}` : ''}`;
        }),
    );
    const diagnostics = diagnose(report);
    return {
      page,
      url,
      scores,
      metrics: { fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'), bytes: metric('total-byte-weight') },
      failing,
      diagnostics,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Report = {
  audits: Record<string, { numericValue?: number; displayValue?: string; details?: { items?: Array<Record<string, unknown>> } }>;
  environment?: { benchmarkIndex?: number };
};

/** A few lines on main-thread work: the machine's speed, the costliest scripts, task categories and long tasks. */
function diagnose(report: Report): string[] {
  const items = (id: string) => report.audits[id]?.details?.items ?? [];
  const ms = (v: unknown) => (typeof v === 'number' ? Math.round(v) : 0);
  const short = (u: unknown) => String(u ?? '').replace(/^https?:\/\/[^/]+/, '').slice(0, 80);
  const top = <T,>(list: T[], n: number) => list.slice(0, n);
  const lines: string[] = [];
  lines.push(`benchmarkIndex ${report.environment?.benchmarkIndex ?? '?'}; main thread ${report.audits['mainthread-work-breakdown']?.displayValue ?? '?'}; JS execution ${report.audits['bootup-time']?.displayValue ?? '?'}`);
  const bootup = top(items('bootup-time'), 5).map((i) => `${short(i.url)} ${ms(i.total)} ms (script ${ms(i.scripting)}, parse ${ms(i.scriptParseCompile)})`);
  if (bootup.length) lines.push(`bootup: ${bootup.join('; ')}`);
  const work = top(items('mainthread-work-breakdown'), 6).map((i) => `${String(i.groupLabel ?? i.group)} ${ms(i.duration)}`);
  if (work.length) lines.push(`work: ${work.join('; ')}`);
  const long = top(items('long-tasks'), 6).map((i) => `${short(i.url)} @${ms(i.startTime)} ${ms(i.duration)} ms`);
  if (long.length) lines.push(`long tasks: ${long.join('; ')}`);
  const size = report.audits['total-byte-weight']?.numericValue;
  // Lighthouse 13 reports the element count as an insight ('dom-size' before).
  const dom = (report.audits['dom-size-insight'] ?? report.audits['dom-size'])?.numericValue;
  lines.push(`bytes ${size == null ? '?' : Math.round(size / 1024) + ' KiB'}; DOM ${dom ?? '?'} elements`);
  return lines;
}

/**
 * The median of `runs` runs by performance score, as Lighthouse's documentation advises on a machine
 * whose load varies (one run of the same build scored 87 and 98 here). Every score is kept in `runs`.
 */
export function medianRun(results: LighthouseScores[]): LighthouseScores | null {
  const scored = results.filter((r) => r.scores?.performance != null);
  if (scored.length === 0) return null;
  const sorted = [...scored].sort((a, b) => a.scores!.performance! - b.scores!.performance!);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, runs: scored.map((r) => r.scores!.performance!) };
}

export async function runLighthouse(origin: string, articleSlug: string, runs = 3): Promise<{ chromium: string | null; pages: LighthouseScores[]; note?: string }> {
  const chromium = findChromium();
  if (!chromium) return { chromium: null, pages: [], note: 'Skipped: no Chromium (install Debian package chromium, or set CHROMIUM_PATH).' };
  const pages: LighthouseScores[] = [];
  for (const [page, url] of [['home', `${origin}/`], ['article', `${origin}/bai-viet/${articleSlug}`]] as const) {
    const results: LighthouseScores[] = [];
    // Lighthouse itself sometimes fails to record a trace (NO_NAVSTART, "run Lighthouse again"): such
    // a run is repeated, at most `runs` extra times in all.
    for (let attempt = 0; results.filter((r) => r.scores).length < runs && attempt < runs * 2; attempt++) results.push(await runOne(chromium, page, url));
    pages.push(medianRun(results) ?? results.at(-1)!);
  }
  return { chromium, pages };
}
