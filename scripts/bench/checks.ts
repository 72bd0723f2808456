// The issue's targets, checked against this run's measurements. Reported, never a test failure.
import type { BenchReport, TargetCheck } from './report';

export function checkTargets(report: Omit<BenchReport, 'targets'>): TargetCheck[] {
  const row = (id: string) => report.rows.find((r) => r.id === id && r.load);
  const checks: TargetCheck[] = [];
  const rps = (v: number) => `${v.toFixed(0)} req/s`;

  const hot = row('article-hot');
  const statik = row('static');
  checks.push({
    name: 'Cached article through the framework',
    target: "≥ the framework's own static rate (/_next/static file, same run)",
    measured: hot && statik ? `${rps(hot.load!.rps)} vs ${rps(statik.load!.rps)} (×${(hot.load!.rps / statik.load!.rps).toFixed(3)})` : 'not measured',
    ok: hot && statik ? hot.load!.rps >= statik.load!.rps : null,
  });
  const viaNginx = row('nginx-article');
  if (viaNginx && statik) {
    checks.push({
      name: 'Cached article through nginx',
      target: "≥ the framework's own static rate",
      measured: `${rps(viaNginx.load!.rps)} vs ${rps(statik.load!.rps)}`,
      ok: viaNginx.load!.rps >= statik.load!.rps,
    });
  }

  const cold = row('article-cold');
  checks.push({
    name: 'Uncached article render',
    target: '< 3 ms CPU per request (app process)',
    measured: cold?.cpuMsPerRequest != null ? `${cold.cpuMsPerRequest.toFixed(2)} ms${cold.dbCpuMsPerRequest != null ? ` (+ ${cold.dbCpuMsPerRequest.toFixed(2)} ms in PostgreSQL)` : ''}` : 'not measured',
    ok: cold?.cpuMsPerRequest != null ? cold.cpuMsPerRequest < 3 : null,
  });

  const search = report.search && !('error' in report.search) ? report.search : null;
  const generated = report.options.articles;
  checks.push({
    name: 'Search p95 in the database',
    target: '< 50 ms at 100,000 stories',
    measured: search
      ? `${search.sql.p95.toFixed(1)} ms at ${generated.toLocaleString('en')} stories (${report.database.publicStories.toLocaleString('en')} public)`
      : 'not measured',
    ok: search ? search.sql.p95 < 50 : null,
    note: search && generated < 100_000 ? 'measured below the target size: run with --articles 100000' : undefined,
  });

  const publish = report.publish && !('error' in report.publish) ? report.publish : null;
  if (publish) {
    const times = [publish.newStory.articleVisibleMs, publish.newStory.homeVisibleMs, publish.update.visibleMs];
    const worst = times.some((t) => t == null) ? null : Math.max(...(times as number[]));
    checks.push({
      name: 'Publish to visible',
      target: '< 2 s (slowest of: new story page, home page, new version of a cached story)',
      measured: worst == null ? `not visible within ${publish.timeoutSeconds} s on at least one surface` : `${worst.toFixed(0)} ms via ${publish.via}`,
      ok: worst == null ? false : worst < 2000,
    });
  } else {
    checks.push({ name: 'Publish to visible', target: '< 2 s', measured: 'not measured', ok: null });
  }

  const lighthouse = report.lighthouse && !('error' in report.lighthouse) && !report.lighthouse.note ? report.lighthouse : null;
  for (const page of lighthouse?.pages ?? []) {
    const s = page.scores;
    checks.push({
      name: `Lighthouse mobile, ${page.page}`,
      target: 'performance ≥ 95; accessibility, best practices, SEO = 100',
      measured: s ? `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}` : `error: ${page.error}`,
      ok: s ? (s.performance ?? 0) >= 95 && s.accessibility === 100 && s['best-practices'] === 100 && s.seo === 100 : null,
    });
  }
  return checks;
}
