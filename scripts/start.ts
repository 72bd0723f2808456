// npm start: the whole portal from a fresh clone. Builds when the sources changed, starts the embedded
// PostgreSQL when DATABASE_URL is unset (and seeds demo content there once), applies migrations,
// then runs Next.js and the co-editing server (its own process, restarted if it crashes). Ctrl+C stops
// Next.js, the co-editing server and the embedded database cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { connect } from '../db/connect';
import { DEFAULT_DEMO_PASSWORD, seedDemoContent } from '../db/seed/demo';
import { ffmpegStatusLine } from '../lib/media/video/ffmpeg';
import { buildIsCurrent, builtCollabPort, recordCollabPort } from './lib/build-stamp';
import { fail, runCli, UsageError } from './lib/cli';
import { prepareDatabase } from './lib/database';
import { parsePort, portIsFree } from './lib/ports';
import { collabPort, DEFAULT_COLLAB_PORT } from '../lib/collab/port';
import { superviseCollabServer } from './lib/collab-supervisor';
import { serverEnv } from './lib/server-env';

const root = process.cwd();
const dev = process.argv.includes('--dev');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
// Production: Next.js's handler behind the front cache (scripts/serve.mjs); development: `next dev`.
const serveScript = path.join(root, 'scripts', 'serve.mjs');

/** A stable secret for this checkout when none is configured, so sessions survive restarts. */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, '.data', 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

runCli(async () => {
  let port: number;
  try {
    port = parsePort(process.env.PORT, 3000);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!(await portIsFree(port))) {
    fail(`Port ${port} is already in use. Stop the program using it, or choose another port: PORT=${port + 1} npm start`);
  }
  let coPort: number;
  try {
    coPort = collabPort();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!(await portIsFree(coPort))) {
    fail(`Port ${coPort} (co-editing server) is already in use. Stop the program using it, or choose another: COLLAB_PORT=${coPort + 1} npm start (the portal is built again for that port).`);
  }

  if (!dev && (!buildIsCurrent(root) || builtCollabPort(root, DEFAULT_COLLAB_PORT) !== coPort)) {
    console.log('Building the portal (first start or changed sources; this takes a minute or two)...');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...process.env, COLLAB_PORT: String(coPort), NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) fail('The build failed; see the messages above.');
    recordCollabPort(root, coPort);
  }

  // Video uploads need ffmpeg; the rest of the portal does not, so a missing one is a clear warning.
  const ffmpeg = ffmpegStatusLine();
  (ffmpeg.ok ? console.log : console.warn)(ffmpeg.line);

  const database = await prepareDatabase((line) => console.log(line));
  if (database.embedded) {
    const { db, pool } = connect(database.url, { max: 2 });
    try {
      const seeded = await seedDemoContent(db, { password: process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD, log: (l) => console.log(l) });
      if (seeded) console.log('Demo content and accounts created.');
    } finally {
      await pool.end();
    }
  }

  // Idle keep-alive connections are held longer than nginx's upstream keepalive_timeout (60 s by
  // default, deploy/nginx.conf): with Node's 5 s default a proxy (or a test client) could send a
  // request on a socket the server was closing at that moment and get a reset instead of an answer.
  const keepAlive = dev ? [] : ['--keepAliveTimeout', '65000'];
  const env = serverEnv({
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
    COLLAB_PORT: String(coPort),
    NEXT_TELEMETRY_DISABLED: '1',
  });
  let stopping = false;
  const command = dev ? [nextBin, 'dev', '--port', String(port)] : [serveScript, '--port', String(port), ...keepAlive];
  const child = spawn(process.execPath, command, { stdio: 'inherit', env });
  const collab = superviseCollabServer(env, () => stopping);
  console.log(`\nCổng thông tin: http://localhost:${port}  (Ctrl+C to stop)\n`);

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
    collab.stop(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const code = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 0 : 1))));
  // Next.js ended by itself (crash or exit): take the co-editing server down with it.
  const nextDiedAlone = !stopping;
  stopping = true;
  collab.stop('SIGTERM');
  await collab.exited();
  await database.release();
  if (code !== 0 && nextDiedAlone) fail(`Next.js stopped with exit code ${code}.`);
});
