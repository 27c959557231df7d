import { odata, RestError, type TableClient } from '@azure/data-tables';
import { hourBucket, shardOf } from '../../../shared/reminders/shard';
import type { DueEntry, ReminderDueIndex } from '../ports/reminder-due-index';
import type { RelationshipSnapshot } from '../ports/reminder-source';
import type { Tables } from '../storage/tables';
import { PartitionBatches } from './table-partition-batches';

/**
 * ReminderDue table. Bucket rows: PartitionKey `tenant~bSS~YYYYMMDDHH` (shard SS of 16, UTC hour),
 * RowKey relationship id. Pointer rows: PartitionKey `tenant~pSS`, RowKey relationship id, saying
 * which bucket holds it, so a relationship write can move its row. A pass reads each shard's
 * window with one partition-range query (16 queries per tenant, however long the window).
 * A bucket row carries the relationship's snapshot (`json`) when the indexer gave one, so the pass
 * reads due rows page by page and no relationship partition.
 */
export const DUE_SHARDS = 16;

type BucketRow = {
  partitionKey: string;
  rowKey: string;
  dueAt: number;
  json?: string;
};
interface PointerRow {
  partitionKey: string;
  rowKey: string;
  bucket: string;
}

const pad = (shard: number) => String(shard).padStart(2, '0');
const bucketPartition = (tenantId: string, shard: number, bucket: string) => `${tenantId}~b${pad(shard)}~${bucket}`;
const pointerPartition = (tenantId: string, shard: number) => `${tenantId}~p${pad(shard)}`;
const shardFor = (relationshipId: string) => shardOf(relationshipId, DUE_SHARDS);
const bucketRow = (
  partitionKey: string,
  rowKey: string,
  dueAt: number,
  snapshot: RelationshipSnapshot | null | undefined,
): BucketRow =>
  snapshot === null || snapshot === undefined
    ? { partitionKey, rowKey, dueAt }
    : { partitionKey, rowKey, dueAt, json: JSON.stringify(snapshot) };

async function ignore404(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof RestError && error.statusCode === 404)) throw error;
  }
}

export function createTableReminderDueIndex(tables: Tables): ReminderDueIndex {
  const client = (): TableClient => tables.client('ReminderDue');

  const place = async (
    tenantId: string,
    relationshipId: string,
    shard: number,
    from: string | null,
    dueAt: number | null,
    snapshot: RelationshipSnapshot | null | undefined,
  ) => {
    const to = dueAt === null ? null : hourBucket(dueAt);
    if (from !== null && from !== to)
      await ignore404(client().deleteEntity(bucketPartition(tenantId, shard, from), relationshipId));
    if (to === null || dueAt === null) {
      await ignore404(client().deleteEntity(pointerPartition(tenantId, shard), relationshipId));
      return;
    }
    await client().upsertEntity<BucketRow>(
      bucketRow(bucketPartition(tenantId, shard, to), relationshipId, dueAt, snapshot),
      'Replace',
    );
    if (from !== to) {
      await client().upsertEntity<PointerRow>(
        { partitionKey: pointerPartition(tenantId, shard), rowKey: relationshipId, bucket: to },
        'Replace',
      );
    }
  };

  return {
    async schedule(tenantId, relationshipId, dueAt, snapshot) {
      const shard = shardFor(relationshipId);
      let from: string | null = null;
      try {
        from = (await client().getEntity<PointerRow>(pointerPartition(tenantId, shard), relationshipId)).bucket;
      } catch (error) {
        if (!(error instanceof RestError && error.statusCode === 404)) throw error;
      }
      await place(tenantId, relationshipId, shard, from, dueAt, snapshot);
    },

    async listDue(tenantId, from, to) {
      const first = hourBucket(from);
      const last = hourBucket(to);
      const perShard = await Promise.all(
        Array.from({ length: DUE_SHARDS }, async (_, shard) => {
          const low = bucketPartition(tenantId, shard, first);
          // `~` sorts after every digit, so this bound includes the whole last bucket.
          const high = `${bucketPartition(tenantId, shard, last)}~`;
          const filter = odata`PartitionKey ge ${low} and PartitionKey lt ${high}`;
          const rows: DueEntry[] = [];
          for await (const row of client().listEntities<BucketRow>({ queryOptions: { filter } })) {
            const bucket = row.partitionKey!.slice(row.partitionKey!.lastIndexOf('~') + 1);
            const entry: DueEntry = { relationshipId: row.rowKey!, dueAt: row.dueAt, bucket, shard };
            if (typeof row.json === 'string') entry.snapshot = JSON.parse(row.json) as RelationshipSnapshot;
            rows.push(entry);
          }
          return rows;
        }),
      );
      return perShard.flat().sort((a, b) => a.dueAt - b.dueAt);
    },

    async rescheduleAll(tenantId, moves) {
      const writes = new PartitionBatches();
      const deletes = new PartitionBatches();
      for (const { entry, dueAt } of moves) {
        const { relationshipId: rowKey, shard, bucket: from } = entry;
        const to = dueAt === null ? null : hourBucket(dueAt);
        const pointerKey = pointerPartition(tenantId, shard);
        if (to !== null && dueAt !== null) {
          const bucketKey = bucketPartition(tenantId, shard, to);
          writes.add(bucketKey, ['upsert', bucketRow(bucketKey, rowKey, dueAt, entry.snapshot), 'Replace']);
          if (to !== from)
            writes.add(pointerKey, ['upsert', { partitionKey: pointerKey, rowKey, bucket: to }, 'Replace']);
        } else deletes.add(pointerKey, ['delete', { partitionKey: pointerKey, rowKey }]);
        if (to !== from) {
          const oldKey = bucketPartition(tenantId, shard, from);
          deletes.add(oldKey, ['delete', { partitionKey: oldKey, rowKey }]);
        }
      }
      // A pass moves rows while its sends and ledger settles run: four in flight leaves them room.
      await writes.submit(client(), 4);
      await deletes.submit(client(), 4);
    },

    async seed(tenantId, rows) {
      const batches = new PartitionBatches();
      for (const { relationshipId, dueAt, snapshot } of rows) {
        const shard = shardFor(relationshipId);
        const bucket = hourBucket(dueAt);
        const bucketKey = bucketPartition(tenantId, shard, bucket);
        const pointerKey = pointerPartition(tenantId, shard);
        batches.add(bucketKey, ['upsert', bucketRow(bucketKey, relationshipId, dueAt, snapshot), 'Replace']);
        batches.add(pointerKey, ['upsert', { partitionKey: pointerKey, rowKey: relationshipId, bucket }, 'Replace']);
      }
      await batches.submit(client());
    },
  };
}
