import type { DueMove, ReminderDueIndex } from '../ports/reminder-due-index';
import { createCoalescingQueue } from './coalescing-queue';

/**
 * Moves a pass's due rows as their relationships settle, in the background, coalesced into few
 * transactions. A row never asked for (or whose move failed) stays where it is, to be read again
 * by the next pass.
 */
export function createRowMover(
  dueIndex: ReminderDueIndex,
  tenantId: string,
  moveOf: (relationshipId: string) => DueMove,
) {
  let leftToWriters = 0;
  const queue = createCoalescingQueue<string>(async (ids) => {
    leftToWriters += await dueIndex.rescheduleAll(tenantId, ids.map(moveOf));
  });
  return {
    move: (ids: readonly string[]) => queue.add(ids),
    finished: () => queue.finished(),
    get leftToWriters() {
      return leftToWriters;
    },
  };
}
