// The knobs of the reading counts, read from the environment on each use (tests change them).

function setting(name: string, fallback: number, min: number, max: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export const viewBufferLimits = () => ({
  flushMs: setting('VIEW_FLUSH_MS', 5000, 50, 60_000),
  flushAt: setting('VIEW_FLUSH_AT', 500, 1, 10_000),
  maxPending: setting('VIEW_BUFFER_MAX', 5000, 1, 100_000),
  /** Waiting reads one address may hold in the buffer, so that one client cannot fill it and crowd out everyone else's. */
  bufferPerAddress: setting('VIEW_BUFFER_PER_ADDRESS', 100, 1, 100_000),
  /**
   * Readers one address (an IPv6 /64) may add to one story's count a day. Above 1 because many
   * readers share an address (an office, a mobile carrier's NAT); bounded because a single client
   * can send a new browser string with every beacon, and each is a new reader key.
   */
  perAddress: setting('VIEW_PER_ADDRESS_MAX', 20, 1, 10_000),
});
