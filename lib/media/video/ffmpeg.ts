// Where ffmpeg is and how it runs. The binary is FFMPEG_PATH, else `ffmpeg` on PATH (the
// distribution's package, which the OS keeps patched), else the static build that
// @ffmpeg-installer/ffmpeg carries in its tarball (a 2018 build: it parses uploads, so it is only
// the fallback that makes a fresh machine work with `npm install`). Every run has a time budget and is killed past it, and only the tail
// of its messages is kept, so neither a hostile file nor a huge one can hold a worker or memory.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface FfmpegRun {
  code: number | null;
  timedOut: boolean;
  /** The last 64 KB of ffmpeg's messages (it reports everything on stderr). */
  stderr: string;
}

const STDERR_TAIL = 64 * 1024;

function installedBinary(): string | null {
  try {
    // Resolved at run time (the package is external to the server bundle: next.config.ts).
    const installer = createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path?: string };
    return installer.path ?? null;
  } catch {
    // The package throws when its platform's binary is not installed (another OS, --omit=optional).
    return null;
  }
}

function works(binary: string): boolean {
  const result = spawnSync(binary, ['-hide_banner', '-version'], { timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 && String(result.stdout).startsWith('ffmpeg version');
}

/** The first candidate that really runs as ffmpeg here (a binary for another OS does not). */
export function firstWorkingFfmpeg(candidates: Array<string | null | undefined>): string | null {
  return candidates.filter((c): c is string => !!c).find(works) ?? null;
}

let found: { path: string | null } | undefined;

/** Where to look for ffmpeg, in order of preference. */
export function ffmpegCandidates(env: Record<string, string | undefined> = process.env): Array<string | null | undefined> {
  return [env.FFMPEG_PATH, 'ffmpeg', installedBinary()];
}

/** The ffmpeg binary that runs here, or null: FFMPEG_PATH, PATH, then the npm package's. Looked up once per process. */
export function ffmpegPath(env: Record<string, string | undefined> = process.env): string | null {
  found ??= { path: firstWorkingFfmpeg(ffmpegCandidates(env)) };
  return found.path;
}

/** For the start scripts: one line saying which ffmpeg is used, or what to do when there is none. */
export function ffmpegStatusLine(path: string | null = ffmpegPath()): { ok: boolean; line: string } {
  if (path) return { ok: true, line: `Video processing: ffmpeg at ${path}` };
  return {
    ok: false,
    line:
      'Video processing is OFF: no working ffmpeg was found. Video uploads will be refused until one is available. ' +
      'Install the dependencies (npm ci installs @ffmpeg-installer/ffmpeg), or install the distribution package (apt-get install ffmpeg), or set FFMPEG_PATH.',
  };
}

export class FfmpegMissing extends Error {
  constructor() {
    super('ffmpeg is not available');
    this.name = 'FfmpegMissing';
  }
}

/** Runs ffmpeg with `args`; never throws for a non-zero exit (callers read `code` and `stderr`). */
export function runFfmpeg(args: string[], timeoutMs: number): Promise<FfmpegRun> {
  const binary = ffmpegPath();
  if (!binary) return Promise.reject(new FfmpegMissing());
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['-hide_banner', '-nostdin', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, Math.max(1, timeoutMs));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stderr });
    });
  });
}
