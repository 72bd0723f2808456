// npm run test:faults: the portal as several instances, and what happens when things break.
//   - builds once into .next-faults (skipped when current), as operators build for several instances:
//     one deployment id, one server-action key, the Redis cache handler, a 5 s micro-cache;
//   - a fresh database on DATABASE_URL's server (or an embedded one under .data/faults-main-postgres),
//     two portal server instances (scripts/serve.mjs) A and B on free ports, Redis at REDIS_URL or 127.0.0.1:6379;
//   - scenarios, each with its own time limit and bounded loops, all on 127.0.0.1: the shared cache,
//     the scheduler in two instances, publish-on-A-visible-on-B within 2 s, stale tabs, concurrent
//     approvals, kill -9 mid-publish, a PostgreSQL crash under a stream of saves (on its own embedded
//     server under .data/faults-postgres: the machine's server is never restarted) with nginx
//     (deploy/nginx.conf) in front, two co-editing servers sharing Redis (kill -9 of one mid-edit),
//     and backup / wipe / restore.
//   npm run test:faults -- --only=kill,postgres    a subset (names below); --keep keeps databases and logs
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withDatabase } from '../db/database-url';
import { startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded';
import { checkConnection, dropDatabase, ensureDatabase, runMigrations } from '../db/setup';
import { buildIsCurrent } from './lib/build-stamp';
import { parseArgs, runCli, UsageError } from './lib/cli';
import { instanceEnv, type FaultContext } from './faults/context';
import { freePort, runScenario, startInstance, stopInstance, type ScenarioResult } from './faults/harness';
import { nginxBinary } from './faults/nginx';
import { backupWipeRestore } from './faults/scenario-backup';
import { twoCollabServers } from './faults/scenario-collab';
import { structuredLogs } from './faults/scenario-logs';
import { concurrentApprovals, staleTabs } from './faults/scenario-concurrency';
import { killDuringPublish } from './faults/scenario-kill';
import { postgresRestartUnderSaves } from './faults/scenario-postgres';
import { redisReachable, removeKeys, sharedCache } from './faults/scenario-shared-cache';
import { scheduledExactlyOnce, visibleOnOtherInstance } from './faults/scenario-two-instances';
import { seedWorld } from './faults/world';

const root = process.cwd();
const DIST_DIR = '.next-faults';
const DEPLOYMENT_ID = 'faults';

const SCENARIOS: Array<{ key: string; name: string; limitMs: number; run: (ctx: FaultContext, note: (l: string) => void) => Promise<void> }> = [
  { key: 'cache', name: 'Shared Next.js cache in Redis reaches every process', limitMs: 60_000, run: sharedCache },
  { key: 'scheduler', name: 'Two instances with the scheduler: each due story published exactly once', limitMs: 120_000, run: scheduledExactlyOnce },
  { key: 'visible', name: 'Published on A, readable through B within 2 seconds', limitMs: 60_000, run: visibleOnOtherInstance },
  { key: 'stale', name: 'A stale tab cannot overwrite a newer revision', limitMs: 90_000, run: staleTabs },
  { key: 'approvals', name: 'Concurrent approvals resolve to one', limitMs: 90_000, run: concurrentApprovals },
  { key: 'kill', name: 'kill -9 an instance in the middle of publishing', limitMs: 240_000, run: killDuringPublish },
  { key: 'postgres', name: 'PostgreSQL crash and restart under a stream of saves; the database-down behaviour', limitMs: 180_000, run: postgresRestartUnderSaves },
  { key: 'logs', name: 'Every request logged as one JSON line with its request id, no secrets', limitMs: 60_000, run: structuredLogs },
  { key: 'collab', name: 'Two co-editing servers sharing Redis: typing on both converges, an API save merges once, kill -9 loses nothing', limitMs: 180_000, run: twoCollabServers },
  { key: 'backup', name: 'Backup, wipe, restore: everything identical (also on PostgreSQL 18 without pg_dump 18)', limitMs: 300_000, run: backupWipeRestore },
];

function build(env: NodeJS.ProcessEnv): void {
  const stampFile = path.join(root, DIST_DIR, 'faults-build.json');
  const wanted = { redis: Boolean(env.REDIS_URL), deploymentId: DEPLOYMENT_ID, sMaxAge: env.PUBLIC_S_MAXAGE };
  process.env.NEXT_DIST_DIR = DIST_DIR; // buildIsCurrent reads it
  const stampOk = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === JSON.stringify(wanted);
  if (stampOk && buildIsCurrent(root)) {
    console.log(`Build in ${DIST_DIR} is current.`);
    return;
  }
  console.log(`\n\x1b[1m▶ Production build into ${DIST_DIR} (as for several instances)\x1b[0m`);
  // `next build` rewrites tsconfig.json for a custom dist dir; put it back as it was.
  const tsconfig = readFileSync(path.join(root, 'tsconfig.json'));
  try {
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { stdio: 'inherit', env, timeout: 15 * 60_000 });
    if (result.status !== 0) throw new UsageError('The production build failed; see above.');
  } finally {
    writeFileSync(path.join(root, 'tsconfig.json'), tsconfig);
  }
  writeFileSync(stampFile, JSON.stringify(wanted));
}

runCli(async () => {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const only = typeof args.only === 'string' ? args.only.split(',') : SCENARIOS.map((s) => s.key);
  for (const key of only) if (!SCENARIOS.some((s) => s.key === key)) throw new UsageError(`Unknown scenario "${key}". Scenarios: ${SCENARIOS.map((s) => s.key).join(', ')}.`);
  const keep = args.keep === true;

  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const runDir = path.join(root, '.data', 'faults', runId);
  const logDir = path.join(runDir, 'logs');
  const mediaDir = path.join(runDir, 'media');
  mkdirSync(logDir, { recursive: true });

  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const redis = (await redisReachable(redisUrl)) ? { url: redisUrl, prefix: `portal-faults-${runId}:` } : null;
  console.log(redis ? `Redis at ${redisUrl.replace(/\/\/[^@]*@/, '//')}: instances share the Next.js cache.` : `Redis is not reachable at ${redisUrl}: instances run without the shared cache, and the shared-cache scenario will fail.`);
  const nginx = nginxBinary();
  console.log(nginx ? `nginx: ${nginx}` : 'nginx is not installed (apt-get install -y nginx): the reader-cache checks of the PostgreSQL scenario will fail.');

  const buildEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DEPLOYMENT_ID: DEPLOYMENT_ID,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    PUBLIC_S_MAXAGE: '5',
    PUBLIC_STALE_WHILE_REVALIDATE: '300',
    ...(redis ? { REDIS_URL: redis.url } : {}),
  };
  if (!redis) delete buildEnv.REDIS_URL;
  build(buildEnv);

  let embedded: EmbeddedServer | undefined;
  let admin = process.env.DATABASE_URL;
  if (admin) await checkConnection(admin);
  else {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(root, '.data', 'faults-main-postgres'), log: (l) => console.log(l) });
    admin = embedded.adminUrl;
  }
  const dbName = `portal_test_faults_${runId}`;
  const databaseUrl = withDatabase(admin, dbName);
  const results: ScenarioResult[] = [];
  let ctx: FaultContext | undefined;
  try {
    await ensureDatabase(admin, dbName);
    await runMigrations(databaseUrl);
    const world = await seedWorld(databaseUrl);
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DEPLOYMENT_ID: DEPLOYMENT_ID,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      MEDIA_STORAGE: 'local',
      MEDIA_DIR: mediaDir,
      LOG_LEVEL: 'info',
      ...(redis ? { REDIS_URL: redis.url, REDIS_KEY_PREFIX: redis.prefix } : {}),
    };
    for (const name of ['PUBLIC_PURGE_URL', 'PUBLIC_PURGE_TOKEN', 'DATABASE_READ_URL', 'PORTAL_JOBS', 'SMTP_URL', ...(redis ? [] : ['REDIS_URL'])]) delete baseEnv[name];
    const [portA, portB] = [await freePort(), await freePort()];
    const partial = { world, distDir: path.join(root, DIST_DIR), runDir, logDir, mediaDir, baseEnv, redis, nginx };
    const [a, b] = await Promise.all([
      startInstance({ name: 'A', port: portA, env: instanceEnv(partial, databaseUrl), logDir }),
      startInstance({ name: 'B', port: portB, env: instanceEnv(partial, databaseUrl), logDir }),
    ]);
    ctx = { ...partial, instances: { a, b } };
    console.log(`Instances A (${a.url}) and B (${b.url}) on database ${dbName}; logs in ${path.relative(root, logDir)}`);

    for (const scenario of SCENARIOS) {
      if (!only.includes(scenario.key)) continue;
      results.push(await runScenario(scenario.name, scenario.limitMs, (note) => scenario.run(ctx!, note)));
    }
  } finally {
    if (ctx) await Promise.all([stopInstance(ctx.instances.a), stopInstance(ctx.instances.b)]);
    if (!keep) await dropDatabase(admin, dbName).catch(() => {});
    await embedded?.stop();
    if (redis && !keep) await removeKeys(redis.url, redis.prefix).catch(() => 0);
  }

  const failed = results.filter((r) => !r.ok);
  const seconds = (Date.now() - started) / 1000;
  console.log('\n\x1b[1mFault tests\x1b[0m');
  for (const r of results) console.log(`  ${r.ok ? '\x1b[32m✓\x1b[0m' : '\x1b[31m✗\x1b[0m'} ${r.name} (${r.seconds.toFixed(1)} s)${r.ok ? '' : `\n      ${r.error}`}`);
  console.log(`\n${results.length - failed.length} of ${results.length} passed in ${seconds.toFixed(0)} s.`);
  if (failed.length > 0 || keep) {
    console.log(`Instance logs: ${path.relative(root, logDir)}`);
  } else {
    rmSync(runDir, { recursive: true, force: true });
  }
  if (failed.length > 0) process.exit(1);
});
