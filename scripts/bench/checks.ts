// The issue's targets, checked against this run's measurements. Reported, never a test failure.
import type { BenchReport, TargetCheck } from './report';

export function checkTargets(report: Omit<BenchReport, 'targets'>): TargetCheck[] {
  const row = (id: string) => report.rows.find((r) => r.id === id && r.load);
  const checks: TargetCheck[] = [];
  const rps = (v: number) => `${v.toFixed(0)} req/s`;

  const statik = row('static');
  for (const [id, label] of [['article-hot', 'Cached article'], ['home', 'Cached home page']] as const) {
    const r = row(id);
    checks.push({
      name: `${label} through Next alone`,
      target: "≥ 0.9 × the framework's own static-file rate (/_next/static, same run)",
      measured: r && statik ? `${rps(r.load!.rps)} vs ${rps(statik.load!.rps)} (×${(r.load!.rps / statik.load!.rps).toFixed(2)})` : 'not measured',
      ok: r && statik ? r.load!.rps >= 0.9 * statik.load!.rps : null,
    });
  }
  // Every story page read sends one beacon: counting must keep up with the pages it counts.
  const beacon = row('beacon');
  const hot = row('article-hot');
  if (beacon) {
    checks.push({
      name: 'Most-read beacon',
      target: "≥ 0.9 × the cached article's rate (one beacon per page read), ≤ 0.05 ms PostgreSQL CPU per beacon (batched writes)",
      measured: `${rps(beacon.load!.rps)}${hot ? ` vs ${rps(hot.load!.rps)} (×${(beacon.load!.rps / hot.load!.rps).toFixed(2)})` : ''}${beacon.dbCpuMsPerRequest != null ? `, ${beacon.dbCpuMsPerRequest.toFixed(3)} ms in PostgreSQL` : ''}, ${beacon.load!.badStatus} refused`,
      ok: hot ? beacon.load!.rps >= 0.9 * hot.load!.rps && beacon.load!.badStatus === 0 && (beacon.dbCpuMsPerRequest == null || beacon.dbCpuMsPerRequest <= 0.05) : null,
    });
  }
  // Each page through nginx against a bare server sending that same page's bytes.
  for (const [id, label, bareId] of [['nginx-article', 'article', 'baseline'], ['nginx-home', 'home', 'baseline-home']] as const) {
    const r = row(id);
    const bare = row(bareId);
    if (!r) continue;
    checks.push({
      name: `nginx profile, ${label}`,
      target: '≥ 90 % of the bare node:http server sending the same page',
      measured: bare ? `${rps(r.load!.rps)} vs ${rps(bare.load!.rps)} (${((100 * r.load!.rps) / bare.load!.rps).toFixed(0)} %)` : 'no baseline',
      ok: bare ? r.load!.rps >= 0.9 * bare.load!.rps : null,
    });
  }

  const cold = row('article-cold');
  checks.push({
    name: 'Uncached article render',
    target: '≤ 3 ms app CPU and ≤ 1 ms PostgreSQL CPU per request, at 100,000 stories',
    measured: cold?.cpuMsPerRequest != null ? `${cold.cpuMsPerRequest.toFixed(2)} ms${cold.dbCpuMsPerRequest != null ? ` + ${cold.dbCpuMsPerRequest.toFixed(2)} ms in PostgreSQL` : ''} at ${report.options.articles.toLocaleString('en')} stories` : 'not measured',
    ok: cold?.cpuMsPerRequest != null ? cold.cpuMsPerRequest <= 3 && (cold.dbCpuMsPerRequest == null || cold.dbCpuMsPerRequest <= 1) : null,
    note: cold && report.options.articles < 100_000 ? 'measured below the target size: run with --articles 100000' : undefined,
  });

  const memory = report.memory;
  const soak = memory?.soak && !('error' in memory.soak) ? memory.soak : null;
  checks.push({
    name: 'Server memory',
    target: 'RSS ≤ 400 MB after the full load, and flat over a 10-minute soak',
    measured: `${memory?.afterLoadMb != null ? `${memory.afterLoadMb.toFixed(0)} MB after load` : 'not measured'}${soak ? `; soak ${soak.minutes} min: ${soak.startMb.toFixed(0)} → ${soak.endMb.toFixed(0)} MB, peak ${soak.peakMb.toFixed(0)} MB, ${soak.lateSlopeMbPerMin.toFixed(2)} MB/min late` : '; no soak'}`,
    ok: memory?.afterLoadMb != null ? memory.afterLoadMb <= 400 && (soak ? soak.flat && soak.peakMb <= 400 : false) : null,
    note: soak ? undefined : 'run with --soak 10',
  });

  const search = report.search && !('error' in report.search) ? report.search : null;
  const generated = report.options.articles;
  checks.push({
    name: 'Search p95 in the database',
    target: '< 50 ms at 1,000,000 stories',
    measured: search
      ? `${search.sql.p95.toFixed(1)} ms at ${generated.toLocaleString('en')} stories (${report.database.publicStories.toLocaleString('en')} public)`
      : 'not measured',
    ok: search ? search.sql.p95 < 50 : null,
    note: search && generated < 1_000_000 ? 'measured below the target size: run with --articles 1000000' : undefined,
  });

  const publish = report.publish && !('error' in report.publish) ? report.publish : null;
  if (publish) {
    const times = [publish.newStory.articleVisibleMs, publish.newStory.homeVisibleMs, publish.update.visibleMs];
    const worst = times.some((t) => t == null) ? null : Math.max(...(times as number[]));
    checks.push({
      name: 'Publish to visible',
      target: '< 2 s without nginx (slowest of: new story page, home page, new version of a cached story)',
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
      target: 'performance ≥ 95; accessibility, best practices, SEO = 100; LCP ≤ 1.5 s; ≤ 150 KB transferred',
      measured: s
        ? `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}; LCP ${page.metrics?.lcp == null ? '?' : `${(page.metrics.lcp / 1000).toFixed(2)} s`}; ${page.metrics?.bytes == null ? '?' : `${Math.round(page.metrics.bytes / 1024)} KB`}`
        : `error: ${page.error}`,
      ok: s
        ? (s.performance ?? 0) >= 95 &&
          s.accessibility === 100 &&
          s['best-practices'] === 100 &&
          s.seo === 100 &&
          (page.metrics?.lcp ?? Infinity) <= 1500 &&
          (page.metrics?.bytes ?? Infinity) <= 150 * 1024
        : null,
    });
  }
  const collab = report.collab;
  if (collab && !('error' in collab)) {
    checks.push({
      name: 'Co-editing: a lone editor with the page open',
      target: '≤ 60 messages an hour to the server, no polling requests',
      measured: `${collab.lone.perHourToServer.toFixed(0)} messages an hour to the server (${collab.lone.perHourBoth.toFixed(0)} both ways), ${collab.lone.tickets} ticket requests in ${collab.lone.minutes} min`,
      ok: collab.lone.perHourToServer <= 60 && collab.lone.tickets === 0,
      note: `measured over ${collab.lone.minutes} min and scaled to an hour`,
    });
  }
  return checks;
}
