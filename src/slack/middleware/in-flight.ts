/** Counts work in progress so shutdown (and tests) can wait for it to finish. */
export function createInFlightTracker() {
  const running = new Set<Promise<unknown>>();
  return {
    track<T>(work: Promise<T>): Promise<T> {
      running.add(work);
      const forget = () => running.delete(work);
      work.then(forget, forget);
      return work;
    },
    get size(): number {
      return running.size;
    },
    /** Resolves when nothing is running (including work started while waiting), or when the deadline passes. */
    async idle(timeoutMs = 10_000): Promise<boolean> {
      const deadline = Date.now() + timeoutMs;
      while (running.size > 0) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) return false;
        await Promise.race([
          Promise.allSettled([...running]),
          new Promise((resolve) => setTimeout(resolve, remaining)),
        ]);
      }
      return true;
    },
  };
}

export type InFlightTracker = ReturnType<typeof createInFlightTracker>;
