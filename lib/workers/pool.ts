// Bounded CPU work off the request thread (ARCHITECTURE principle 10). Revision diffs and document
// conversions run in worker threads of one piscina pool per process; each task has a time budget,
// and a task over it is aborted, which terminates its worker (piscina starts a fresh one). Callers
// get a value, never a hang: `{ ok: false, reason }` tells them what to say to the person.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { TaskInput, TaskName, TaskOutput } from './tasks';

export type TaskRefusal = 'timeout' | 'busy' | 'memory' | 'failed';
export type TaskOutcome<T> = { ok: true; value: T } | { ok: false; reason: TaskRefusal; error?: unknown };

// Resolved from the project root, like db/migrations: `next start`, `npm start`, the job worker and
// the tests all run there, and the file is not part of any bundle.
const ENTRY = path.join(process.cwd(), 'lib', 'workers', 'entry.mjs');

/** Threads for CPU work: leave one core to the request thread (CPU_WORKERS overrides). */
function threads(): number {
  const configured = Number(process.env.CPU_WORKERS);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

const holder = globalThis as { __portalCpuPool?: Piscina };

function pool(): Piscina {
  holder.__portalCpuPool ??= new Piscina({
    filename: pathToFileURL(ENTRY).href,
    minThreads: 0,
    maxThreads: threads(),
    idleTimeout: 60_000,
    // More waiting work than this is refused at once instead of piling up behind a busy pool.
    maxQueue: 32,
    // A conversion that balloons is stopped by V8 in its own thread, not by the OS in ours.
    resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64 },
  });
  return holder.__portalCpuPool;
}

/** Runs a named task in the pool within `timeoutMs` (queueing included). */
export async function runTask<N extends TaskName>(name: N, input: TaskInput<N>, options: { timeoutMs: number }): Promise<TaskOutcome<TaskOutput<N>>> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    return { ok: true, value: (await pool().run({ name, input }, { signal })) as TaskOutput<N> };
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: 'timeout' };
    const message = error instanceof Error ? error.message : '';
    if (message === 'Task queue is at limit') return { ok: false, reason: 'busy' };
    if ((error as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, reason: 'memory', error };
    return { ok: false, reason: 'failed', error };
  }
}

/** Stops the pool's threads (tests and scripts that must exit). */
export async function closeTaskPool(): Promise<void> {
  const current = holder.__portalCpuPool;
  holder.__portalCpuPool = undefined;
  await current?.destroy();
}
