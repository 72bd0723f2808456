// A counting semaphore: at most `size` image pipelines run at once in this process, so twenty
// photos dropped at once (or several editors uploading together) queue instead of decoding in
// parallel. Memory is then bounded by slots x one decode, not by the number of requests.

export class Slots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }

  /** For tests and diagnostics. */
  get busy(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }
}

/** MEDIA_PROCESSING_SLOTS (default 2) image pipelines per server process. */
export const imageSlots = new Slots(Math.max(1, Number(process.env.MEDIA_PROCESSING_SLOTS) || 2));
