import { hourBucket, shardOf } from '../../../shared/reminders/shard';
import type { DueEntry, HeldReminders } from '../ports/reminder-due-index';
import type { RelationshipSnapshot } from '../ports/reminder-source';

/**
 * The ReminderDue table's layout. One partition per tenant and shard (`tenant~dSS`, 16 shards by
 * relationship, so no big tenant makes a hot partition) holds both kinds of row:
 * - bucket rows `b~YYYYMMDDHH~<relationship>` (UTC hour), read by a pass with one RowKey-range
 *   query per shard, carrying the snapshot the rules read and the pass's holds;
 * - pointer rows `p~<relationship>`, saying which bucket holds it (and the holds, for writes).
 * A relationship's two rows share a partition, so every move is one transaction, guarded by an
 * etag: the pass's by the bucket row it read, a write's by the pointer it read. A transaction can
 * only guard updates, so a row a move leaves is first marked `gone` (a tombstone, or a pointer to
 * nowhere) in that transaction, then deleted on its own with the etag the mark got: a row written
 * again since is never deleted.
 */
export const DUE_SHARDS = 16;

// Types, not interfaces, so they are TableEntities for transactions.
export type BucketRow = {
  partitionKey: string;
  rowKey: string;
  dueAt: number;
  json?: string;
  held?: string;
  gone?: boolean;
};
/** `bucket` is empty when the relationship is in none (about to be deleted). */
export type PointerRow = {
  partitionKey: string;
  rowKey: string;
  bucket: string;
  held?: string;
};

export const shardFor = (relationshipId: string) => shardOf(relationshipId, DUE_SHARDS);
export const partitionFor = (tenantId: string, shard: number) => `${tenantId}~d${String(shard).padStart(2, '0')}`;
export const bucketKey = (bucket: string, relationshipId: string) => `b~${bucket}~${relationshipId}`;
export const pointerKey = (relationshipId: string) => `p~${relationshipId}`;

/** The RowKey range of the buckets from `from`'s hour to `to`'s, inclusive. */
export function bucketRange(from: number, to: number): { low: string; high: string } {
  return { low: `b~${hourBucket(from)}~`, high: `b~${hourBucket(to)}~\uffff` };
}

const heldJson = (held: HeldReminders | undefined) =>
  held === undefined || Object.keys(held).length === 0 ? undefined : JSON.stringify(held);

export function bucketRow(
  partitionKey: string,
  relationshipId: string,
  dueAt: number,
  snapshot: RelationshipSnapshot | null | undefined,
  held: HeldReminders | undefined,
): BucketRow {
  const row: BucketRow = { partitionKey, rowKey: bucketKey(hourBucket(dueAt), relationshipId), dueAt };
  if (snapshot !== null && snapshot !== undefined) row.json = JSON.stringify(snapshot);
  const holds = heldJson(held);
  if (holds !== undefined) row.held = holds;
  return row;
}

export function pointerRow(
  partitionKey: string,
  relationshipId: string,
  dueAt: number | null,
  held: HeldReminders | undefined,
): PointerRow {
  const bucket = dueAt === null ? '' : hourBucket(dueAt);
  const row: PointerRow = { partitionKey, rowKey: pointerKey(relationshipId), bucket };
  const holds = dueAt === null ? undefined : heldJson(held);
  if (holds !== undefined) row.held = holds;
  return row;
}

/** The mark a move leaves on a bucket row before deleting it (a Merge: only `gone` changes). */
export const tombstone = (partitionKey: string, rowKey: string) => ({ partitionKey, rowKey, gone: true });

export const parseHeld = (json: unknown): HeldReminders | undefined =>
  typeof json === 'string' ? (JSON.parse(json) as HeldReminders) : undefined;

/** A bucket row as a pass sees it. */
export function entryOf(row: BucketRow & { etag?: string }, shard: number): DueEntry {
  const [, bucket = '', ...rest] = row.rowKey.split('~');
  const entry: DueEntry = { relationshipId: rest.join('~'), dueAt: row.dueAt, bucket, shard, etag: row.etag ?? '' };
  if (typeof row.json === 'string') entry.snapshot = JSON.parse(row.json) as RelationshipSnapshot;
  const held = parseHeld(row.held);
  if (held !== undefined) entry.held = held;
  return entry;
}
