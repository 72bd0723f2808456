// Soak: mixed reader load for --soak minutes after the measured rows, with the server's resident
// memory sampled all along, to show whether memory settles or keeps growing (a cache without a
// bound, a leak per request). The mix rotates through every app row's URLs (the newsroom API's
// token rows excepted), so cached pages, uncached renders, search and feeds all run.
import { runLoad, type LoadTarget } from './load';
import { usage } from './proc';

export interface SoakResult {
  minutes: number;
  requests: number;
  rps: number;
  errors: number;
  badStatus: number;
  /** Resident memory of the server's tree, MB, every `sampleSeconds`. */
  samples: Array<{ atSeconds: number; rssMb: number }>;
  sampleSeconds: number;
  startMb: number;
  endMb: number;
  peakMb: number;
  /** Least-squares slope over the second half of the soak, MB per minute. */
  lateSlopeMbPerMin: number;
  /** Memory counted as flat: the second half grows less than FLAT_SLOPE MB a minute. */
  flat: boolean;
}

/** Below this slope (MB/min) the second half counts as flat: 10 minutes at 1 MB/min is noise-level growth. */
export const FLAT_SLOPE = 1;
const CHUNK_SECONDS = 30;

export function slope(points: Array<{ atSeconds: number; rssMb: number }>): number {
  if (points.length < 2) return 0;
  const xs = points.map((p) => p.atSeconds / 60);
  const ys = points.map((p) => p.rssMb);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const den = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

export async function runSoak(opts: {
  driver: 'autocannon' | 'wrk';
  target: LoadTarget;
  pid: number;
  minutes: number;
  connections: number;
  log: (line: string) => void;
}): Promise<SoakResult> {
  const rss = () => (usage(opts.pid)?.rssBytes ?? 0) / 1_048_576;
  const started = Date.now();
  const samples = [{ atSeconds: 0, rssMb: rss() }];
  let requests = 0;
  let errors = 0;
  let badStatus = 0;
  const chunks = Math.max(1, Math.round((opts.minutes * 60) / CHUNK_SECONDS));
  for (let i = 0; i < chunks; i++) {
    const load = await runLoad(opts.driver, opts.target, CHUNK_SECONDS, opts.connections);
    requests += load.requests;
    errors += load.errors;
    badStatus += load.badStatus;
    const sample = { atSeconds: (Date.now() - started) / 1000, rssMb: rss() };
    samples.push(sample);
    if ((i + 1) % 2 === 0) opts.log(`  soak ${Math.round(sample.atSeconds / 60)} min: RSS ${sample.rssMb.toFixed(0)} MB, ${(load.rps).toFixed(0)} req/s`);
  }
  const seconds = (Date.now() - started) / 1000;
  const late = samples.slice(Math.floor(samples.length / 2));
  const lateSlopeMbPerMin = slope(late);
  return {
    minutes: opts.minutes,
    requests,
    rps: requests / seconds,
    errors,
    badStatus,
    samples,
    sampleSeconds: CHUNK_SECONDS,
    startMb: samples[0]!.rssMb,
    endMb: samples.at(-1)!.rssMb,
    peakMb: Math.max(...samples.map((s) => s.rssMb)),
    lateSlopeMbPerMin,
    flat: lateSlopeMbPerMin < FLAT_SLOPE,
  };
}
