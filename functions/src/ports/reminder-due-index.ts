import type { RelationshipSnapshot } from './reminder-source';

/**
 * Reminders a pass held for later, by `heldKey`: the ledger row's etag (so the next pass takes it
 * over without reading it) and when it is released (so a write meanwhile never moves the row
 * past it).
 */
export type HeldReminders = Record<string, { etag: string; until: number }>;

/** A relationship waiting in the due index, and where it was found. */
export interface DueEntry {
  relationshipId: string;
  dueAt: number;
  /** Where the row lives, so a pass can move it without reading the pointer. */
  bucket: string;
  shard: number;
  /** The row as read: a pass moves it only if nobody has written it since. */
  etag: string;
  /** The rules' view of the relationship as the indexer last wrote it; absent: read the partition. */
  snapshot?: RelationshipSnapshot;
  held?: HeldReminders;
}

/** Where a relationship goes next (null: nowhere, no rule will fire), and what its row carries. */
export interface DuePlacement {
  dueAt: number | null;
  snapshot?: RelationshipSnapshot | null;
}

export interface DueMove {
  entry: DueEntry;
  dueAt: number | null;
  /** The holds this pass made for the relationship (they replace the row's). */
  held?: HeldReminders;
}

/**
 * Relationships by the hour at which a reminder rule may next fire, so an hourly pass reads only
 * those (never the Relationships table). Every write is one transaction guarded by an etag, so a
 * relationship write and a pass never undo each other's move.
 */
export interface ReminderDueIndex {
  /**
   * After a relationship write: reads where its row is, then `place` (which reads the relationship)
   * says where it goes; the row moves only if nobody moved it meanwhile, else it reads and places
   * again. The row keeps its holds and is never placed after the earliest of them.
   */
  reindex(tenantId: string, relationshipId: string, place: () => Promise<DuePlacement>): Promise<void>;
  /** Everything due in hour buckets from `from` to `to` inclusive. */
  listDue(tenantId: string, from: number, to: number): Promise<DueEntry[]>;
  /**
   * A pass's moves of rows it read, in batch transactions. A row written since it was read is
   * left as its writer put it (the write is newer than what the pass read). Returns how many were.
   */
  rescheduleAll(tenantId: string, moves: readonly DueMove[]): Promise<number>;
  /** Bulk load for seeding and back-fills: rows grouped into 100-row transactions per partition. */
  seed(
    tenantId: string,
    rows: Array<{ relationshipId: string; dueAt: number; snapshot?: RelationshipSnapshot | null }>,
  ): Promise<void>;
}

/** The key of a hold in `HeldReminders`: the relationship is the row's. */
export const heldKey = (k: { recipient: string; kind: string; occurrence: string }) =>
  `${k.recipient}~${k.kind}~${k.occurrence}`;
