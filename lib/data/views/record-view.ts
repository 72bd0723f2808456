import 'server-only';
import { requestLogger } from '@/lib/log/logger';
import { vietnamDay } from '@/lib/time/format';
import { readerHash, sourceHash } from '@/lib/views/reader-hash';
import { dailySalt } from './daily-salt';
import { flushViews, purgePastViewReaders, type PendingView } from './flush-views';
import { viewBufferLimits } from './limits';

// Reads arrive as beacons, one per opened story; writing each at once would put a database round
// trip on every page view. They are kept in this process's memory instead (already reduced to
// day + one-way reader and source keys + story) and written in one statement every VIEW_FLUSH_MS,
// or at once when VIEW_FLUSH_AT are waiting. The buffer is bounded: past VIEW_BUFFER_MAX distinct reads waiting, or
// past VIEW_BUFFER_PER_ADDRESS from one address, more are dropped (counted in `dropped`), so a flood of
// beacons costs memory of a fixed size and one client cannot crowd out the rest. At most one batch
// waits behind the one being written (a slow database does not pile up a flush per beacon). No timer
// runs until the first read arrives, and none keeps the process alive. A process that stops loses at
// most the last few seconds of reads.

interface Buffer {
  pending: Map<string, PendingView>;
  /** Waiting reads per day and address (a one-way key, like the rest). */
  perAddress: Map<string, number>;
  timer: ReturnType<typeof setTimeout> | null;
  /** The flush under way (flushes run one after another). */
  chain: Promise<unknown>;
  dropped: number;
  purgedBefore: string;
  /** Flushes waiting or under way. */
  flushes: number;
  /** A timer-started flush is waiting and has not taken its batch yet: it will take what arrives meanwhile. */
  queued: boolean;
}

const state = globalThis as unknown as { portalViewBuffer?: Buffer };
const buffer = (state.portalViewBuffer ??= {
  pending: new Map(),
  perAddress: new Map(),
  timer: null,
  chain: Promise.resolve(),
  dropped: 0,
  purgedBefore: '',
  flushes: 0,
  queued: false,
});

export interface ReaderRead {
  articleId: string;
  ip: string;
  userAgent: string;
}

/** Queues one read of a story (already filtered for bots and staff at the door). */
export async function recordView(read: ReaderRead, now = new Date()): Promise<'queued' | 'dropped'> {
  const day = vietnamDay(now);
  const salt = await dailySalt(day);
  const reader = readerHash(salt, read.ip, read.userAgent, read.articleId);
  const key = `${day}|${reader}`;
  const limits = viewBufferLimits();
  if (!buffer.pending.has(key)) {
    if (buffer.pending.size >= limits.maxPending) {
      buffer.dropped += 1;
      schedule(0);
      return 'dropped';
    }
    // The story is left out of this key: it counts the address's reads of any story.
    const address = `${day}|${sourceHash(salt, read.ip, '')}`;
    const fromAddress = buffer.perAddress.get(address) ?? 0;
    if (fromAddress >= limits.bufferPerAddress) {
      buffer.dropped += 1;
      return 'dropped';
    }
    buffer.perAddress.set(address, fromAddress + 1);
    buffer.pending.set(key, { day, reader, source: sourceHash(salt, read.ip, read.articleId), articleId: read.articleId });
  }
  schedule(buffer.pending.size >= limits.flushAt ? 0 : limits.flushMs);
  return 'queued';
}

function schedule(ms: number) {
  if (buffer.timer && ms > 0) return;
  if (buffer.timer) clearTimeout(buffer.timer);
  buffer.timer = setTimeout(() => {
    buffer.timer = null;
    // One waiting flush is enough: it takes every read that is waiting when its turn comes.
    if (buffer.queued) return;
    buffer.queued = true;
    void flushPendingViews();
  }, ms);
  buffer.timer.unref?.();
}

/** Writes what is waiting now. Never throws: a failed batch is logged and dropped (it is only counts). */
export function flushPendingViews(): Promise<number> {
  buffer.flushes += 1;
  const run = buffer.chain.then(async () => {
    buffer.queued = false;
    try {
      return await writeBatch();
    } finally {
      buffer.flushes -= 1;
    }
  });
  buffer.chain = run;
  return run;
}

async function writeBatch(): Promise<number> {
  if (buffer.pending.size === 0) return 0;
  const batch = [...buffer.pending.values()];
  buffer.pending = new Map();
  buffer.perAddress = new Map();
  try {
    const newest = batch.reduce((max, v) => (v.day > max ? v.day : max), '');
    // The first flush of a new day forgets the days before (the minute sweep does it too).
    if (newest > buffer.purgedBefore) {
      await purgePastViewReaders(newest);
      buffer.purgedBefore = newest;
    }
    return await flushViews(batch);
  } catch (error) {
    (await requestLogger({ area: 'views' })).warn({ err: error, reads: batch.length }, 'reading counts could not be written; this batch is lost');
    return 0;
  }
}

/** For tests and health output: how many reads wait, how many were dropped as over a bound, how many flushes wait or run. */
export function viewBufferStats(): { pending: number; dropped: number; flushes: number } {
  return { pending: buffer.pending.size, dropped: buffer.dropped, flushes: buffer.flushes };
}
