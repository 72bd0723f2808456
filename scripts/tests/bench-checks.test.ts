import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets } from '../bench/checks';
import { adaptDeployProfile } from '../bench/nginx';
import { parseBenchOptions } from '../bench/options';
import type { BenchReport, RowResult } from '../bench/report';
import { FLAT_SLOPE, slope } from '../bench/soak';

const load = (rps: number) => ({ driver: 'wrk' as const, requests: rps * 10, seconds: 10, rps, p50: 1, p95: 2, p99: 3, errors: 0, badStatus: 0, bytesPerResponse: 1000 });
const row = (id: string, rps: number, extra: Partial<RowResult> = {}): RowResult => ({ id, label: id, group: 'app', url: '/', urls: 1, load: load(rps), ...extra });

function report(rows: RowResult[], memory?: BenchReport['memory']): Omit<BenchReport, 'targets'> {
  return {
    startedAt: '',
    seconds: 1,
    machine: { cpus: 2, model: '', node: '', loadBefore: [], loadAfter: [] },
    options: { articles: 100_000, duration: 10, warmup: 2, connections: 10, driver: 'wrk' },
    database: { where: '', reused: false, generateSeconds: null, publicStories: 97_000 },
    build: { built: true, seconds: 1 },
    rows,
    memory,
    notes: [],
  };
}

describe('soak slope', () => {
  it('is the least-squares growth in MB per minute', () => {
    expect(slope([{ atSeconds: 0, rssMb: 300 }, { atSeconds: 60, rssMb: 302 }, { atSeconds: 120, rssMb: 304 }])).toBeCloseTo(2);
    expect(slope([{ atSeconds: 0, rssMb: 300 }, { atSeconds: 60, rssMb: 300 }])).toBe(0);
    expect(slope([{ atSeconds: 0, rssMb: 300 }])).toBe(0);
    expect(FLAT_SLOPE).toBeGreaterThan(0);
  });
});

describe('bench targets', () => {
  it('holds cached pages to 0.9 × the static rate and uncached renders to 3 ms + 1 ms', () => {
    const checks = checkTargets(
      report([row('static', 2000), row('article-hot', 1900), row('home', 1700), row('article-cold', 200, { cpuMsPerRequest: 2.5, dbCpuMsPerRequest: 1.2 })]),
    );
    const by = (name: string) => checks.find((c) => c.name.startsWith(name))!;
    expect(by('Cached article').ok).toBe(true);
    expect(by('Cached home').ok).toBe(false);
    expect(by('Uncached article').ok).toBe(false);
  });

  it('holds each page through nginx to a bare server sending that same page', () => {
    const checks = checkTargets(report([row('baseline', 20_000), row('baseline-home', 10_000), row('nginx-article', 18_500), row('nginx-home', 9_500)]));
    const by = (name: string) => checks.find((c) => c.name === name)!;
    expect(by('nginx profile, article').ok).toBe(true);
    expect(by('nginx profile, home').ok).toBe(true);
    expect(by('nginx profile, home').measured).toMatch(/9500 req\/s vs 10000 req\/s \(95 %\)/);
    expect(checkTargets(report([row('baseline', 20_000), row('nginx-home', 9_500)])).find((c) => c.name === 'nginx profile, home')!.ok).toBeNull();
  });

  it('needs a flat soak under 400 MB for the memory target', () => {
    const soak = { minutes: 10, requests: 1, rps: 1, errors: 0, badStatus: 0, samples: [], sampleSeconds: 30, startMb: 350, endMb: 360, peakMb: 380, lateSlopeMbPerMin: 0.2, flat: true };
    const memory = (m: BenchReport['memory']) => checkTargets(report([], m)).find((c) => c.name === 'Server memory')!.ok;
    expect(memory({ afterLoadMb: 350, soak })).toBe(true);
    expect(memory({ afterLoadMb: 350 })).toBe(false);
    expect(memory({ afterLoadMb: 420, soak })).toBe(false);
    expect(memory({ afterLoadMb: 350, soak: { ...soak, flat: false, lateSlopeMbPerMin: 5 } })).toBe(false);
    // A flat soak that ends under 400 MB but went over on the way (seen: 364 → 388 MB, peak 402).
    const overOnTheWay = checkTargets(report([], { afterLoadMb: 364, soak: { ...soak, startMb: 364, endMb: 388, peakMb: 402 } })).find((c) => c.name === 'Server memory')!;
    expect(overOnTheWay.ok).toBe(false);
    expect(overOnTheWay.measured).toContain('364 → 388 MB, peak 402 MB');
  });

  it('takes --soak minutes', () => {
    expect(parseBenchOptions(['--soak', '10']).soak).toBe(10);
    expect(parseBenchOptions([]).soak).toBe(0);
    expect(() => parseBenchOptions(['--soak', '-1'])).toThrow(/--soak/);
  });
});

describe('nginx profile of the benchmark', () => {
  it('aims deploy/nginx.conf, with its app and co-editing upstreams, at the run (it fell back to the built-in profile once the second upstream came)', () => {
    const text = readFileSync(path.join(process.cwd(), 'deploy', 'nginx.conf'), 'utf8');
    const adapted = adaptDeployProfile(text, { prefix: '/tmp/bench-nginx', listen: 40001, upstream: 40002 });
    expect(adapted).not.toBeNull();
    expect(adapted!.match(/^\s*upstream\s/gm)).toHaveLength(2);
    expect(adapted!.match(/server 127\.0\.0\.1:(\d+)/g)).toEqual(['server 127.0.0.1:40002', 'server 127.0.0.1:40002']);
    expect(adapted).toContain('listen 127.0.0.1:40001;');
    expect(adapted).toMatch(/proxy_cache_path \/tmp\/bench-nginx\/cache /);
    expect(adapted).toContain('keepalive 32;');
    expect(adaptDeployProfile('server { listen 80; }', { prefix: '/tmp/x', listen: 1, upstream: 2 })).toBeNull();
  });
});
