import { odata, RestError, type TableClient } from '@azure/data-tables';
import type { RelationshipSnapshot } from '../ports/reminder-source';
import { DUE_SHARDS, partitionFor, pointerKey } from './table-reminder-due-rows';

type LegacyBucketRow = { partitionKey: string; rowKey: string; dueAt: number; json?: string };

const pad = (shard: number) => String(shard).padStart(2, '0');

/**
 * Due rows of the earlier layout (buckets in partitions `tenant~bSS~YYYYMMDDHH`, pointers in
 * `tenant~pSS`), which a store written before the move to one partition per shard still holds:
 * each pass adopts any it finds into today's layout, so no relationship loses its reminders, and
 * deletes them. Once a store holds none, each pass pays one empty query per shard.
 */
export async function adoptLegacyDueRows(
  client: TableClient,
  tenantId: string,
  seed: (rows: Array<{ relationshipId: string; dueAt: number; snapshot?: RelationshipSnapshot }>) => Promise<void>,
): Promise<void> {
  await Promise.all(
    Array.from({ length: DUE_SHARDS }, async (_, shard) => {
      const low = `${tenantId}~b${pad(shard)}~`;
      const filter = odata`PartitionKey gt ${low} and PartitionKey lt ${`${low}~`}`;
      const legacy: LegacyBucketRow[] = [];
      for await (const row of client.listEntities<LegacyBucketRow>({ queryOptions: { filter } }))
        legacy.push(row as LegacyBucketRow);
      if (legacy.length === 0) return;
      // A relationship written since the upgrade is already placed anew; its old row is stale.
      const fresh: typeof legacy = [];
      for (const row of legacy) {
        if ((await exists(client, partitionFor(tenantId, shard), pointerKey(row.rowKey))) === false) fresh.push(row);
      }
      await seed(
        fresh.map((row) => ({
          relationshipId: row.rowKey,
          dueAt: row.dueAt,
          ...(typeof row.json === 'string' ? { snapshot: JSON.parse(row.json) as RelationshipSnapshot } : {}),
        })),
      );
      for (const row of legacy) {
        await deleteIfThere(client, row.partitionKey, row.rowKey);
        await deleteIfThere(client, `${tenantId}~p${pad(shard)}`, row.rowKey);
      }
    }),
  );
}

async function exists(client: TableClient, partitionKey: string, rowKey: string): Promise<boolean> {
  try {
    await client.getEntity(partitionKey, rowKey, { queryOptions: { select: ['RowKey'] } });
    return true;
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 404) return false;
    throw error;
  }
}

async function deleteIfThere(client: TableClient, partitionKey: string, rowKey: string): Promise<void> {
  try {
    await client.deleteEntity(partitionKey, rowKey);
  } catch (error) {
    if (!(error instanceof RestError && error.statusCode === 404)) throw error;
  }
}
