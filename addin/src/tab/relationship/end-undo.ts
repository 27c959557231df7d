import type { RelationshipDetail } from '../../../../shared/relationships/relationship-schemas';
import { createRelationship } from '../../api/relationships-api';

/**
 * Undo for "End": the API has no un-end, so undo restarts the pair with the same goal, cadence and
 * format (a new invitation, and with generations a fresh agenda). Where the API still answers with
 * the ended record, nothing was undone and the toast says so.
 */
export async function restartAfterEnd(ended: RelationshipDetail): Promise<void> {
  const restarted = await createRelationship({
    peer: ended.peer.id,
    goal: ended.goal,
    cadenceWeeks: ended.cadenceWeeks,
    format: ended.format,
    ...(ended.goalNote ? { goalNote: ended.goalNote } : {}),
  });
  if (restarted.status === 'ended') throw new Error('The API kept the relationship ended');
}
