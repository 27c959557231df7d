import type { RelationshipSnapshot } from './reminder-source';

/** A relationship waiting in the due index, and the bucket it was found in. */
export interface DueEntry {
  relationshipId: string;
  dueAt: number;
  /** Where the row lives, so a pass can move it without reading the pointer. */
  bucket: string;
  shard: number;
  /** The rules' view of the relationship as the indexer last wrote it; absent: read the partition. */
  snapshot?: RelationshipSnapshot;
}

/**
 * Relationships by the hour at which a reminder rule may next fire, so an hourly pass reads only
 * those (never the Relationships table). Rows are partitioned by tenant, shard and hour bucket.
 */
export interface ReminderDueIndex {
  /** Places a relationship at `dueAt` (null: removes it). Relationship writes call this. */
  schedule(
    tenantId: string,
    relationshipId: string,
    dueAt: number | null,
    snapshot?: RelationshipSnapshot | null,
  ): Promise<void>;
  /** Everything due in hour buckets from `from` to `to` inclusive. */
  listDue(tenantId: string, from: number, to: number): Promise<DueEntry[]>;
  /**
   * After a pass: moves each found row (with its snapshot) to its next time (null: removes it), in batch transactions
   * grouped by partition. New rows are written before old ones go, so a pass that dies half-way
   * leaves a relationship in two buckets (read twice, sent once thanks to the ledger), never in none.
   */
  rescheduleAll(tenantId: string, moves: ReadonlyArray<{ entry: DueEntry; dueAt: number | null }>): Promise<void>;
  /** Bulk load for seeding and back-fills: rows grouped into 100-row transactions per partition. */
  seed(
    tenantId: string,
    rows: Array<{ relationshipId: string; dueAt: number; snapshot?: RelationshipSnapshot | null }>,
  ): Promise<void>;
}
