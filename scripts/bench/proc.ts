// CPU time and memory of a process and its descendants, read from /proc (Linux). The server under
// test is measured from outside, so the numbers include everything it does: JavaScript, GC threads,
// libuv's pool, and (for `next start`) any worker process it forks.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

interface Stat {
  pid: number;
  ppid: number;
  /** utime + stime (+ cutime + cstime: children it has already waited for), in ticks. */
  ticks: number;
  rssPages: number;
}

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses; the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17, rss 24.
    const at = (field: number) => Number(fields[field - 3]);
    return { pid, ppid: at(4), ticks: at(14) + at(15) + at(16) + at(17), rssPages: at(24) };
  } catch {
    return null; // gone meanwhile
  }
}

/** The process and all its descendants that are alive now. */
export function processTree(root: number): Stat[] {
  const all: Stat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) all.push(stat);
  }
  const children = new Map<number, Stat[]>();
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const rootStat = all.find((s) => s.pid === root);
  if (!rootStat) return [];
  const out: Stat[] = [];
  const queue = [rootStat];
  while (queue.length > 0 && out.length < 10_000) {
    const next = queue.shift()!;
    out.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return out;
}

export function descendants(root: number): number[] {
  return processTree(root)
    .map((s) => s.pid)
    .filter((pid) => pid !== root);
}

export interface Usage {
  /** CPU milliseconds used so far (user + system) by the tree. */
  cpuMs: number;
  /** Resident memory of the tree now, bytes. */
  rssBytes: number;
}

const PAGE_SIZE = 4096;

export function usage(root: number | null | undefined): Usage | null {
  if (!root) return null;
  const tree = processTree(root);
  if (tree.length === 0) return null;
  const ticks = tree.reduce((sum, s) => sum + s.ticks, 0);
  const pages = tree.reduce((sum, s) => sum + s.rssPages, 0);
  return { cpuMs: (ticks * 1000) / clockTicks(), rssBytes: pages * PAGE_SIZE };
}

/** Samples the trees' memory while `work` runs; returns the peak of their sum (bytes) with the result. */
export async function withPeakMemory<T>(roots: number[], work: () => Promise<T>): Promise<{ result: T; peakRss: number | null }> {
  if (roots.length === 0) return { result: await work(), peakRss: null };
  const total = () => roots.reduce((sum, root) => sum + (usage(root)?.rssBytes ?? 0), 0);
  let peak = total();
  const timer = setInterval(() => {
    peak = Math.max(peak, total());
  }, 500);
  try {
    const result = await work();
    peak = Math.max(peak, total());
    return { result, peakRss: peak || null };
  } finally {
    clearInterval(timer);
  }
}
