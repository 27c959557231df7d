/**
 * Virtual time for the live benchmark: the polling signal's timers run on this clock, so a
 * 30-minute session takes seconds, while every request it makes still goes to the real stack.
 */
export interface VirtualClock {
  now(): number;
  setTimer(run: () => void, ms: number): () => void;
  /** Runs timers in time order until `until`; each timer's work (its requests) finishes first. */
  runUntil(until: number): Promise<void>;
  /** Awaits work started by a timer; `track` it from the code the timers run. */
  track<T>(work: Promise<T>): Promise<T>;
}

export function createVirtualClock(start = 0): VirtualClock {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const inFlight = new Set<Promise<unknown>>();

  const settle = async () => {
    // Work may start more work (a poll's second list, a re-read after a change): wait until quiet.
    for (;;) {
      await new Promise((done) => setImmediate(done));
      if (inFlight.size === 0) return;
      await Promise.allSettled([...inFlight]);
    }
  };

  return {
    now: () => now,
    setTimer(run, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return () => timers.delete(id);
    },
    track(work) {
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work)).catch(() => undefined);
      return work;
    },
    async runUntil(until) {
      for (;;) {
        await settle();
        const due = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!due || due[1].at > until) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = until;
    },
  };
}
