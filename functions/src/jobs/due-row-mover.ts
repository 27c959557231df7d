import type { DueMove, ReminderDueIndex } from '../ports/reminder-due-index';

/**
 * Moves a pass's due rows as their relationships settle, in the background: whatever is asked for
 * while a batch is being written goes in the next one, so the moves coalesce into few
 * transactions while the pacer spaces the Graph calls.
 */
export function createRowMover(
  dueIndex: ReminderDueIndex,
  tenantId: string,
  moveOf: (relationshipId: string) => DueMove,
) {
  let queued: string[] = [];
  let running: Promise<void> | null = null;
  let failure: unknown = null;
  let leftToWriters = 0;
  const drain = async () => {
    while (queued.length > 0 && failure === null) {
      const ids = queued;
      queued = [];
      try {
        leftToWriters += await dueIndex.rescheduleAll(tenantId, ids.map(moveOf));
      } catch (error) {
        // The rows stay where they are, to be read again by the next pass; the pass reports it.
        failure = error;
      }
    }
    running = null;
  };
  return {
    move(ids: readonly string[]) {
      if (ids.length === 0) return;
      queued.push(...ids);
      running ??= drain();
    },
    async finished() {
      while (running !== null) await running;
      if (failure !== null) throw failure;
    },
    get leftToWriters() {
      return leftToWriters;
    },
  };
}
