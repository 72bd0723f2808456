// The results: one row per load target, publish-to-visible, search latency, Lighthouse, and the
// targets of the issue checked against them. Printed as a table and written as JSON and Markdown
// under bench/results/ (ignored by git).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CollabResult } from './collab';
import type { LighthouseScores } from './lighthouse';
import type { LoadResult } from './load';
import type { PublishResult } from './publish';
import type { SearchLatency } from './search-db';
import type { SoakResult } from './soak';

export interface RowResult {
  id: string;
  label: string;
  group: 'baseline' | 'app' | 'nginx';
  url: string;
  /** How many different URLs the load rotated through. */
  urls: number;
  load?: LoadResult;
  cpuMsPerRequest?: number | null;
  /** CPU of the database server per request (embedded PostgreSQL only). */
  dbCpuMsPerRequest?: number | null;
  peakRssMb?: number | null;
  /** req/s divided by the bare node:http server's req/s in this run. */
  ratio?: number | null;
  note?: string;
  error?: string;
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  ok: boolean | null;
  note?: string;
}

export interface BenchReport {
  startedAt: string;
  seconds: number;
  machine: { cpus: number; model: string; node: string; loadBefore: number[]; loadAfter: number[] };
  options: { articles: number; duration: number; warmup: number; connections: number; driver: string };
  database: { where: string; reused: boolean; generateSeconds: number | null; publicStories: number };
  build: { built: boolean; seconds: number };
  rows: RowResult[];
  publish?: PublishResult | { error: string };
  search?: SearchLatency | { error: string };
  lighthouse?: { chromium: string | null; pages: LighthouseScores[]; note?: string } | { error: string };
  /** The app server's resident memory after the measured rows, and the soak when asked for. */
  memory?: { afterLoadMb: number | null; soak?: SoakResult | { error: string } };
  /** Co-editing (scripts/bench/collab.ts): a lone editor's messages and the server's memory per open story. */
  collab?: CollabResult | { error: string };
  targets: TargetCheck[];
  notes: string[];
}

const n = (value: number | null | undefined, digits = 1) => (value == null || Number.isNaN(value) ? '—' : value.toFixed(digits));

export function rowsTable(rows: RowResult[]): string {
  const head = '| Target | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | DB CPU ms/req | Server RSS MB | × baseline |';
  const line = '|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows.map((r) => {
    if (r.error || !r.load) return `| ${r.label} | error: ${(r.error ?? 'no result').replace(/\|/g, '/').slice(0, 120)} ||||||||`;
    const l = r.load;
    const flags = [l.errors ? `${l.errors} errors` : '', l.badStatus ? `${l.badStatus} ≥400` : ''].filter(Boolean).join(', ');
    return `| ${r.label}${flags ? ` (${flags})` : ''} | ${n(l.rps, 0)} | ${n(l.p50)} | ${n(l.p95)} | ${n(l.p99)} | ${n(r.cpuMsPerRequest, 2)} | ${n(r.dbCpuMsPerRequest, 2)} | ${n(r.peakRssMb, 0)} | ${n(r.ratio, 3)} |`;
  });
  return [head, line, ...body].join('\n');
}

function publishLines(p: BenchReport['publish']): string[] {
  if (!p) return ['Skipped.'];
  if ('error' in p) return [`Error: ${p.error}`];
  const ms = (v: number | null) => (v == null ? `not visible within ${p.timeoutSeconds} s` : `${n(v, 0)} ms`);
  return [
    `Through: ${p.via === 'nginx' ? 'nginx (reverse-proxy cache)' : 'the app directly (no cache in front)'}.`,
    `- New story: publish API ${n(p.newStory.apiMs, 0)} ms; visible on its page after ${ms(p.newStory.articleVisibleMs)}, on the home page after ${ms(p.newStory.homeVisibleMs)}.`,
    `- New version of a cached story (cache said ${p.update.cacheBefore ?? 'nothing'} before): publish API ${n(p.update.apiMs, 0)} ms; visible after ${ms(p.update.visibleMs)}.`,
    `- Purge requests the app sent to PUBLIC_PURGE_URL: ${p.purgeRequests}` +
      (p.via === 'nginx' ? ` (the benchmark's receiver removed ${p.purgedCopies} cached copies from nginx for them: open-source nginx cannot purge by itself).` : '.'),
  ];
}

function searchLines(s: BenchReport['search']): string[] {
  if (!s) return ['Skipped.'];
  if ('error' in s) return [`Error: ${s.error}`];
  return [
    `| Measure | samples | p50 ms | p95 ms | p99 ms | max ms |`,
    `|---|---:|---:|---:|---:|---:|`,
    `| SQL of the reader search, replayed with pg | ${s.sql.samples} | ${n(s.sql.p50)} | ${n(s.sql.p95)} | ${n(s.sql.p99)} | ${n(s.sql.max)} |`,
    `| searchPublicArticles() (SQL + snippets) | ${s.dataLayer.samples} | ${n(s.dataLayer.p50)} | ${n(s.dataLayer.p95)} | ${n(s.dataLayer.p99)} | ${n(s.dataLayer.max)} |`,
    '',
    `| Query | hits | statements | p50 ms | p95 ms |`,
    `|---|---:|---:|---:|---:|`,
    ...s.perQuery.map((q) => `| ${q.query} | ${q.hits} | ${q.statements} | ${n(q.p50)} | ${n(q.p95)} |`),
  ];
}

function lighthouseLines(l: BenchReport['lighthouse']): string[] {
  if (!l) return ['Skipped.'];
  if ('error' in l) return [`Error: ${l.error}`];
  if (l.note) return [l.note];
  return [
    '| Page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...l.pages.map((p) =>
      p.scores
        ? `| ${p.page} | ${p.scores.performance ?? '—'} | ${p.scores.accessibility ?? '—'} | ${p.scores['best-practices'] ?? '—'} | ${p.scores.seo ?? '—'} | ${n(p.metrics?.fcp, 0)} | ${n(p.metrics?.lcp, 0)} | ${n(p.metrics?.tbt, 0)} | ${n(p.metrics?.cls, 3)} |`
        : `| ${p.page} | error: ${p.error ?? 'unknown'} ||||||||`,
    ),
    '',
    ...l.pages.flatMap((p) => (p.runs && p.runs.length > 1 ? [`- ${p.page}: median of ${p.runs.length} runs, performance ${p.runs.join(', ')}`] : [])),
    ...l.pages.flatMap((p) => (p.failing ?? []).map((f) => `- ${p.page}, points lost to ${f}`)),
    '',
    ...l.pages.flatMap((p) => (p.diagnostics ?? []).map((d) => `- ${p.page}: ${d}`)),
  ];
}

function memoryLines(m: BenchReport['memory']): string[] {
  if (!m) return ['Not measured.'];
  const lines = [`Server RSS after the measured rows: ${m.afterLoadMb == null ? '—' : `${m.afterLoadMb.toFixed(0)} MB`}.`];
  if (!m.soak) return [...lines, '', 'No soak (run with `--soak 10`).'];
  if ('error' in m.soak) return [...lines, '', `Soak failed: ${m.soak.error}`];
  const k = m.soak;
  return [
    ...lines,
    '',
    `Soak: ${k.minutes} min of mixed reader load, ${k.rps.toFixed(0)} req/s, ${k.errors} errors, ${k.badStatus} responses ≥ 400. ` +
      `RSS ${k.startMb.toFixed(0)} → ${k.endMb.toFixed(0)} MB (peak ${k.peakMb.toFixed(0)}), second half ${k.lateSlopeMbPerMin.toFixed(2)} MB/min: ${k.flat ? 'flat' : 'GROWING'}.`,
    '',
    `RSS every ${k.sampleSeconds} s (MB): ${k.samples.map((p) => p.rssMb.toFixed(0)).join(' ')}`,
  ];
}

function collabLines(collab: BenchReport['collab']): string[] {
  if (!collab) return ['Not measured (--skip collab).'];
  if ('error' in collab) return [`Error: ${collab.error}`];
  const { lone, memory } = collab;
  return [
    `- A lone editor, idle for ${lone.minutes} min with a story open: ${lone.toServer} messages to the server and ${lone.fromServer} back (${lone.perHourToServer.toFixed(0)} and ${(lone.perHourBoth - lone.perHourToServer).toFixed(0)} an hour), ${lone.tickets} ticket requests; the first 35 s after connecting took ${lone.connectMessages} messages.`,
    `- Memory: the server's resident memory ${memory.beforeMb.toFixed(0)} MB with no story open, ${memory.afterMb.toFixed(0)} MB with ${memory.stories} open: ${memory.perStoryKb.toFixed(0)} KB per open story (their Yjs states average ${memory.averageStateKb.toFixed(0)} KB).`,
  ];
}

export function markdown(report: BenchReport): string {
  const o = report.options;
  return [
    `# Benchmark ${report.startedAt}`,
    '',
    `${report.database.publicStories.toLocaleString('en')} public stories (${o.articles.toLocaleString('en')} generated) on ${report.database.where}; ` +
      `${report.machine.cpus} CPUs (${report.machine.model}), Node ${report.machine.node}; load average before ${report.machine.loadBefore.map((v) => v.toFixed(2)).join(' ')}, after ${report.machine.loadAfter.map((v) => v.toFixed(2)).join(' ')}. ` +
      `${o.driver}, ${o.connections} connections, ${o.duration} s per target after ${o.warmup} s warm-up. Whole run: ${Math.round(report.seconds)} s` +
      (report.build.built ? ` (build ${Math.round(report.build.seconds)} s).` : ' (build reused).'),
    '',
    '## Load',
    '',
    rowsTable(report.rows),
    '',
    ...report.rows.filter((r) => r.note).map((r) => `- ${r.label}: ${r.note}`),
    '',
    '## Publish to visible',
    '',
    ...publishLines(report.publish),
    '',
    '## Search latency in the database',
    '',
    ...searchLines(report.search),
    '',
    '## Memory',
    '',
    ...memoryLines(report.memory),
    '',
    '## Co-editing',
    '',
    ...collabLines(report.collab),
    '',
    '## Lighthouse (mobile)',
    '',
    ...lighthouseLines(report.lighthouse),
    '',
    '## Targets',
    '',
    '| Target | wanted | measured | |',
    '|---|---|---|---|',
    ...report.targets.map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${t.ok == null ? 'n/a' : t.ok ? 'met' : 'MISSED'}${t.note ? ` (${t.note})` : ''} |`),
    '',
    ...(report.notes.length ? ['## Notes', '', ...report.notes.map((x) => `- ${x}`), ''] : []),
  ].join('\n');
}

export function writeReport(report: BenchReport): { json: string; md: string } {
  const dir = path.join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stem = `${report.startedAt.replace(/[:.]/g, '-')}-${report.options.articles}`;
  const json = path.join(dir, `${stem}.json`);
  const md = path.join(dir, `${stem}.md`);
  writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(md, markdown(report));
  writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(path.join(dir, 'latest.md'), markdown(report));
  return { json, md };
}
