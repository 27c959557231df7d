import type { RelationshipSnapshot } from '../ports/reminder-source';

/**
 * Table Storage caps a string property at 64 KiB (32K UTF-16 characters); a projection longer than
 * this is not stored and the pass reads that relationship's partition instead.
 */
export const MAX_PROJECTION_CHARS = 30_000;

/**
 * What the reminder rules read from a relationship, trimmed to what they look at (open commitments,
 * agenda items not yet discussed), for the due-index row. The indexer writes it on every change to
 * the relationship, its meetings, agenda or commitments, so a pass needs no per-relationship query.
 * Null when it would not fit on the row.
 */
export function projectionOf(snapshot: RelationshipSnapshot): RelationshipSnapshot | null {
  const projection: RelationshipSnapshot = {
    relationship: snapshot.relationship,
    agenda: snapshot.agenda.filter((a) => !a.discussed),
    commitments: snapshot.commitments.filter((c) => c.status === 'open'),
    meetings: snapshot.meetings,
    prompts: snapshot.prompts,
  };
  return JSON.stringify(projection).length > MAX_PROJECTION_CHARS ? null : projection;
}
