// Command-line options of `npm run bench`.
import { parseArgs, UsageError } from '../lib/cli';

export type Driver = 'auto' | 'autocannon' | 'wrk';

export interface BenchOptions {
  articles: number;
  /** Seconds of measured load per target. */
  duration: number;
  /** Seconds of unmeasured load before each measured run. */
  warmup: number;
  connections: number;
  /** Print the results as JSON on stdout (progress goes to stderr). */
  json: boolean;
  driver: Driver;
  /** Parts to leave out: nginx, lighthouse, publish, search, load. */
  skip: Set<string>;
  /** Keep the benchmark database afterwards and reuse a kept one of the same size. */
  keep: boolean;
  /** Longest wait for a published story to show through the cache, seconds. */
  visibleTimeout: number;
  /** Lighthouse runs per page; the median run is reported (Lighthouse's own advice for noisy machines). */
  lighthouseRuns: number;
  /** Minutes of mixed load after the measured rows, with memory sampled (0: no soak). */
  soak: number;
  /** Minutes a lone editor stays idle on the co-editing server while its messages are counted. */
  collabMinutes: number;
  /** Stories opened at once for the co-editing server's memory per story. */
  collabStories: number;
}

export const USAGE = `Usage: npm run bench -- [--articles N] [--duration S] [--warmup S] [--connections C] [--json]
                        [--driver auto|autocannon|wrk] [--skip nginx,lighthouse,publish,search,load,collab]
                        [--keep] [--visible-timeout S] [--lighthouse-runs N] [--soak MINUTES]
                        [--collab-minutes M] [--collab-stories N]   (--skip collab leaves co-editing out)`;

const PARTS = ['nginx', 'lighthouse', 'publish', 'search', 'load', 'collab'];

function whole(value: string | true | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value === true || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} takes a number from ${min} to ${max}.\n${USAGE}`);
  return n;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  const args = parseArgs(argv);
  const known = new Set(['articles', 'duration', 'warmup', 'connections', 'json', 'driver', 'skip', 'keep', 'visible-timeout', 'lighthouse-runs', 'soak', 'collab-minutes', 'collab-stories', 'help']);
  for (const key of Object.keys(args)) if (!known.has(key)) throw new UsageError(`Unknown option --${key}.\n${USAGE}`);
  if (args.help) throw new UsageError(USAGE);
  const driver = args.driver ?? 'auto';
  if (driver !== 'auto' && driver !== 'autocannon' && driver !== 'wrk') throw new UsageError(`--driver is auto, autocannon or wrk.\n${USAGE}`);
  const skip = new Set(typeof args.skip === 'string' ? args.skip.split(',').map((s) => s.trim()).filter(Boolean) : []);
  for (const part of skip) if (!PARTS.includes(part)) throw new UsageError(`--skip takes ${PARTS.join(', ')}.`);
  return {
    articles: Math.round(whole(args.articles, 'articles', 10_000, 20, 1_000_000)),
    duration: whole(args.duration, 'duration', 10, 1, 600),
    warmup: whole(args.warmup, 'warmup', 2, 0, 60),
    connections: Math.round(whole(args.connections, 'connections', 10, 1, 1000)),
    json: args.json === true,
    driver,
    skip,
    keep: args.keep === true,
    visibleTimeout: whole(args['visible-timeout'], 'visible-timeout', 75, 1, 600),
    lighthouseRuns: Math.round(whole(args['lighthouse-runs'], 'lighthouse-runs', 3, 1, 15)),
    soak: whole(args.soak, 'soak', 0, 0, 120),
    // Three of the editor's 2-minute heartbeats by default.
    collabMinutes: whole(args['collab-minutes'], 'collab-minutes', 6, 1, 120),
    collabStories: Math.round(whole(args['collab-stories'], 'collab-stories', 50, 1, 500)),
  };
}
