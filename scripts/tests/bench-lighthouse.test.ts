import { describe, expect, it } from 'vitest';
import { medianRun, type LighthouseScores } from '../bench/lighthouse';
import { parseBenchOptions } from '../bench/options';

const run = (performance: number | null, tbt = 0): LighthouseScores => ({
  page: 'home',
  url: 'http://127.0.0.1/',
  scores: performance === null ? null : { performance, accessibility: 100 },
  metrics: { tbt },
});

describe('Lighthouse runs of the benchmark', () => {
  it('reports the median run by performance and keeps every score', () => {
    const median = medianRun([run(87, 379), run(98, 60), run(93, 250)]);
    expect(median?.scores?.performance).toBe(93);
    expect(median?.metrics?.tbt).toBe(250);
    expect(median?.runs).toEqual([87, 98, 93]);
  });

  it('leaves failed runs out, takes the lower middle of an even count, and gives null when all failed', () => {
    expect(medianRun([run(90), run(null), run(96)])?.scores?.performance).toBe(90);
    expect(medianRun([run(null)])).toBeNull();
  });

  it('takes --lighthouse-runs from 1 to 15, 3 by default', () => {
    expect(parseBenchOptions([]).lighthouseRuns).toBe(3);
    expect(parseBenchOptions(['--lighthouse-runs', '5']).lighthouseRuns).toBe(5);
    expect(() => parseBenchOptions(['--lighthouse-runs', '0'])).toThrow(/--lighthouse-runs takes a number from 1 to 15/);
  });
});
