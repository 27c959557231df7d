/**
 * Work handed in while a batch is being written goes in the next batch, one batch at a time: the
 * pass's background writes (settles, due-row moves) then coalesce into few transactions and never
 * pile up on storage while the pacer spaces the Graph calls. After a failure nothing more is
 * written; `finished` rethrows it.
 */
export function createCoalescingQueue<T>(flush: (items: T[]) => Promise<void>) {
  let queued: T[] = [];
  let running: Promise<void> | null = null;
  let failure: { error: unknown } | null = null;
  const drain = async () => {
    while (queued.length > 0 && failure === null) {
      const items = queued;
      queued = [];
      try {
        await flush(items);
      } catch (error) {
        failure = { error };
      }
    }
    running = null;
  };
  return {
    add(items: readonly T[]) {
      if (items.length === 0) return;
      queued.push(...items);
      running ??= drain();
    },
    async finished() {
      while (running !== null) await running;
      if (failure !== null) throw failure.error;
    },
  };
}
