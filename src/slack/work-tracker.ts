/**
 * Counts work in flight, so that a shutdown can wait for it. Bolt answers Slack at `ack()` and the listener runs on
 * (an import, a move, a request posted): the HTTP server closes long before that work is done, and closing the
 * database under it would leave it half-applied.
 */
export interface WorkTracker {
  /** Runs `work`, counted until it settles; its result or error passes through. */
  track<T>(work: () => Promise<T>): Promise<T>;
  /** How many are running now. */
  readonly running: number;
  /** Resolves once nothing is running or `timeoutMs` has passed: to how many were still running then. */
  drain(timeoutMs: number): Promise<number>;
}

export function createWorkTracker(): WorkTracker {
  let running = 0;
  const idle = new Set<() => void>();
  const settled = () => {
    running -= 1;
    if (running === 0) for (const wake of [...idle]) wake();
  };
  return {
    get running() {
      return running;
    },
    async track(work) {
      running += 1;
      try {
        return await work();
      } finally {
        settled();
      }
    },
    drain(timeoutMs) {
      if (running === 0) return Promise.resolve(0);
      return new Promise<number>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          idle.delete(done);
          resolve(running);
        };
        const timer = setTimeout(done, Math.max(0, timeoutMs));
        idle.add(done);
      });
    },
  };
}
