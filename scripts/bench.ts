// npm run bench: the reader and newsroom paths measured against the floor of this machine, in one run.
// Generates N Vietnamese stories into a bench_* database (never the demo one), builds and starts the
// production server against it, loads each target with autocannon (or wrk), and in the same run a bare
// node:http server with the same bytes and, when installed, nginx in front; then publish-to-visible,
// search latency in the database and Lighthouse. Prints a table and writes bench/results/. Cleans up
// everything it started. See bench/README.md.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeDatabaseUrl } from '../db/database-url';
import { checkTargets } from './bench/checks';
import { measureCoediting } from './bench/collab';
import { openBenchDatabase } from './bench/database';
import { generateSite } from './bench/generate';
import { photoPool } from './bench/images';
import { runLighthouse } from './bench/lighthouse';
import { chooseDriver } from './bench/load';
import { findNginx, startNginx, type RunningNginx } from './bench/nginx';
import { parseBenchOptions } from './bench/options';
import { measurePublishToVisible } from './bench/publish';
import { startPurgeReceiver } from './bench/purge';
import { markdown, rowsTable, writeReport, type BenchReport, type RowResult } from './bench/report';
import { measureSearch } from './bench/search-db';
import { runSoak } from './bench/soak';
import { buildServer, freePort, spawnServer, startApp, type RunningServer } from './bench/server';
import { appRows, discoverSite, measureRow, soakTarget, staticAsset, type RowDef } from './bench/targets';
import { usage } from './bench/proc';
import { runCli } from './lib/cli';

const root = process.cwd();
const MEDIA_DIR = path.join(root, '.data', 'bench-media');

runCli(async () => {
  const options = parseBenchOptions(process.argv.slice(2));
  const started = Date.now();
  const out = options.json ? process.stderr : process.stdout;
  // With --json, stdout carries the report alone: lib/data's own log lines go to stderr.
  if (options.json) console.log = (...args: unknown[]) => console.error(...args);
  const log = (line: string) => out.write(`${line}\n`);
  const step = (title: string) => log(`\n▶ ${title}  (${Math.round((Date.now() - started) / 1000)} s)`);
  const driver = chooseDriver(options.driver);
  const cleanups: Array<() => Promise<void> | void> = [];
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const undo of cleanups.reverse()) await Promise.resolve(undo()).catch((e: Error) => log(`cleanup: ${e.message}`));
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`\n${signal}: stopping what the benchmark started...`);
      void cleanup().then(() => process.exit(130));
    });
  }

  const notes: string[] = [];
  const loadBefore = os.loadavg();
  try {
    step(`Benchmark database (${options.articles.toLocaleString('en')} stories)`);
    const database = await openBenchDatabase({ articles: options.articles, keep: options.keep, log });
    cleanups.push(() => database.release());
    // From here on this process's lib/data (publish test, search) talks to the benchmark database.
    process.env.DATABASE_URL = database.url;
    process.env.MEDIA_DIR = MEDIA_DIR;
    let generateSeconds: number | null = null;
    // Files under stable names, drawn once: a kept database's figures find them again.
    const photos = await photoPool(MEDIA_DIR, 8, log);
    if (database.reused) {
      log(`Reusing ${database.name} (kept by an earlier --keep run).`);
    } else {
      const t = Date.now();
      log(`Generating ${options.articles.toLocaleString('en')} stories into ${database.name}...`);
      await generateSite(database.url, { articles: options.articles, photos, log });
      generateSeconds = (Date.now() - t) / 1000;
      log(`  done in ${generateSeconds.toFixed(0)} s`);
    }

    step('Production build');
    const build = buildServer(log);
    log(build.built ? `  built in ${build.seconds.toFixed(0)} s` : `  ${'.next-bench'} is newer than the sources: reused`);

    step('Starting the servers');
    const purge = await startPurgeReceiver();
    cleanups.push(() => purge.close());
    const app = await startApp({
      ...process.env,
      DATABASE_URL: database.url,
      MEDIA_DIR,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      PORTAL_JOBS: 'off',
      PUBLIC_PURGE_URL: purge.url,
    });
    cleanups.push(() => app.stop());
    log(`  app: ${app.origin} (pid ${app.pid})`);
    const site = await discoverSite(database.url, 6000);
    const articleResponse = await fetch(`${app.origin}/bai-viet/${site.hot.slug}`);
    const articleBytes = Buffer.from(await articleResponse.arrayBuffer());
    if (!articleResponse.ok) throw new Error(`the app answered ${articleResponse.status} for the hot article`);
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
    cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
    const articleFile = path.join(scratch, 'article.html');
    writeFileSync(articleFile, articleBytes);
    // The home page's own bytes for the bare server's /home: the nginx home row is held to a bare
    // server sending the same page (the article page is a different size).
    const homeResponse = await fetch(`${app.origin}/`);
    const homeBytes = Buffer.from(await homeResponse.arrayBuffer());
    if (!homeResponse.ok) throw new Error(`the app answered ${homeResponse.status} for the home page`);
    const homeFile = path.join(scratch, 'home.html');
    writeFileSync(homeFile, homeBytes);
    let baseline: RunningServer | null = null;
    try {
      const baselinePort = await freePort();
      baseline = await spawnServer('baseline', process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'bench', 'baseline-server.ts'), String(baselinePort), articleFile, `/home=${homeFile}`], {
        env: process.env,
        port: baselinePort,
        readyPath: '/',
        timeoutMs: 20_000,
      });
      const running = baseline;
      cleanups.push(() => running.stop());
      log(`  baseline node:http: ${baseline.origin}, ${(articleBytes.length / 1024).toFixed(0)} KB article page, ${(homeBytes.length / 1024).toFixed(0)} KB home page at /home`);
    } catch (error) {
      notes.push(`The baseline server did not start, so there are no ratios: ${(error as Error).message.split('\n')[0]}`);
    }
    let nginx: RunningNginx | null = null;
    const nginxBinary = options.skip.has('nginx') ? null : findNginx();
    if (nginxBinary) {
      try {
        nginx = await startNginx(nginxBinary, app.port);
        const running = nginx;
        cleanups.push(async () => {
          await running.stop();
          running.cleanup();
        });
        purge.nginx = { cacheDir: nginx.cacheDir };
        log(`  nginx: ${nginx.origin} (profile: ${nginx.profile})`);
        notes.push(`nginx profile: ${nginx.profile}.`);
      } catch (error) {
        notes.push(`nginx did not start: ${(error as Error).message}`);
      }
    } else if (!options.skip.has('nginx')) {
      notes.push('nginx is not installed: the reverse-proxy rows were left out (apt-get install nginx to add them).');
    }

    const rows: RowResult[] = [];
    if (!options.skip.has('load')) {
      step(`Load: ${driver}, ${options.connections} connections, ${options.duration} s per target`);
      const asset = staticAsset(articleBytes.length);
      const defs: RowDef[] = [
        ...(baseline
          ? [
              { id: 'baseline', label: 'Bare node:http, same article bytes', group: 'baseline' as const, target: { origin: baseline.origin, paths: ['/'] }, pids: () => [baseline!.pid] },
              ...(nginx
                ? [{ id: 'baseline-home', label: 'Bare node:http, same home page bytes', group: 'baseline' as const, target: { origin: baseline.origin, paths: ['/home'] }, pids: () => [baseline!.pid] }]
                : []),
            ]
          : []),
        ...(asset
          ? [{ id: 'static', label: `Next.js static file (${(asset.bytes / 1024).toFixed(0)} KB, /_next/static)`, group: 'app' as const, target: { origin: app.origin, paths: [asset.path] }, pids: () => [app.pid] }]
          : []),
        ...appRows(site, app.origin, () => app.pid),
        ...(nginx
          ? [
              { id: 'nginx-article', label: 'Article via nginx cache', group: 'nginx' as const, target: { origin: nginx.origin, paths: [`/bai-viet/${site.hot.slug}`] }, pids: () => [nginx!.pid, app.pid] },
              { id: 'nginx-home', label: 'Home via nginx cache', group: 'nginx' as const, target: { origin: nginx.origin, paths: ['/'] }, pids: () => [nginx!.pid, app.pid] },
            ]
          : []),
      ];
      for (const def of defs) {
        const result = await measureRow(def, options, driver, database.serverPid);
        rows.push(result);
        log(result.error ? `  ${def.label}: error: ${result.error}` : `  ${def.label}: ${result.load!.rps.toFixed(0)} req/s, p95 ${result.load!.p95.toFixed(1)} ms, ${result.cpuMsPerRequest?.toFixed(2)} ms CPU/req`);
      }
      const floor = rows.find((r) => r.id === 'baseline')?.load?.rps;
      for (const r of rows) r.ratio = floor && r.load ? r.load.rps / floor : null;
    }
    let memory: BenchReport['memory'] = { afterLoadMb: app.pid ? (usage(app.pid)?.rssBytes ?? 0) / 1_048_576 || null : null };
    if (options.soak > 0 && app.pid) {
      step(`Soak: ${options.soak} min of mixed reader load, memory sampled`);
      const soak = await runSoak({ driver, target: soakTarget(site, app.origin), pid: app.pid, minutes: options.soak, connections: options.connections, log }).catch(
        (error: Error) => ({ error: error.message }),
      );
      memory = { ...memory, soak };
    }

    let publish: BenchReport['publish'];
    if (!options.skip.has('publish')) {
      step('Publish to visible');
      publish = await measurePublishToVisible({
        appOrigin: app.origin,
        // The target is readers of `npm start` alone: the app's own cache, no nginx in front.
        readerOrigin: app.origin,
        via: 'app',
        token: site.token,
        staff: site.staff,
        sectionId: site.sectionId,
        photoId: site.photoId,
        update: site.update,
        purge,
        timeoutMs: options.visibleTimeout * 1000,
      }).catch((error: Error) => ({ error: error.message }));
    }

    let search: BenchReport['search'];
    if (!options.skip.has('search')) {
      step('Search latency in the database');
      search = await measureSearch(database.url, { rounds: 20, budgetMs: 40_000 }).catch((error: Error) => ({ error: error.message }));
    }

    let collab: BenchReport['collab'];
    if (!options.skip.has('collab')) {
      step(`Co-editing: a lone editor idle ${options.collabMinutes} min, then ${options.collabStories} stories open`);
      collab = await measureCoediting({ databaseUrl: database.url, minutes: options.collabMinutes, stories: options.collabStories, log }).catch((error: Error) => ({ error: error.message }));
      if ('error' in collab) log(`  error: ${collab.error}`);
    }

    let lighthouse: BenchReport['lighthouse'];
    if (!options.skip.has('lighthouse')) {
      step('Lighthouse (mobile)');
      lighthouse = await runLighthouse(app.origin, site.hot.slug, options.lighthouseRuns).catch((error: Error) => ({ error: error.message }));
    }

    const partial: Omit<BenchReport, 'targets'> = {
      startedAt: new Date(started).toISOString(),
      seconds: (Date.now() - started) / 1000,
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadBefore, loadAfter: os.loadavg() },
      options: { articles: options.articles, duration: options.duration, warmup: options.warmup, connections: options.connections, driver },
      database: { where: database.serverPid ? 'embedded PostgreSQL (.data/bench-postgres)' : describeDatabaseUrl(database.url), reused: database.reused, generateSeconds, publicStories: site.publicStories },
      build,
      rows,
      publish,
      search,
      lighthouse,
      memory,
      collab,
      notes,
    };
    const report: BenchReport = { ...partial, targets: checkTargets(partial) };
    const files = writeReport(report);
    if (options.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    else {
      const text = markdown(report);
      log(`\n${rows.length ? rowsTable(rows) : ''}\n\n${text.slice(text.indexOf('## Publish to visible'))}`);
    }
    log(`\nWritten: ${path.relative(root, files.md)} and ${path.relative(root, files.json)} (${Math.round((Date.now() - started) / 1000)} s in all)`);
  } finally {
    await cleanup();
  }
});
