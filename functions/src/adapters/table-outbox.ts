import { odata, RestError, type TableClient, type TableEntityResult } from '@azure/data-tables';
import type { LifecycleOutbox } from '../lifecycle/lifecycle-outbox';
import type { OutboxEntry } from '../lifecycle/outbox-entry';
import { StaleVersionError } from '../ports/store-errors';
import type { Versioned } from '../ports/versioned';
import { sharedPartition, type RowWrite } from './table-rows';

/**
 * Outbox rows sit in their relationship's partition (key `outbox~<id>`), so they are written in
 * the same transaction as the relationship. A plain `state` property lets the retry job find the
 * pending ones across partitions without reading every row's JSON.
 */
export const outboxRowKey = (entryId: string) => `outbox~${entryId}`;

export const outboxWrites = (entries: readonly OutboxEntry[]): RowWrite[] =>
  entries.map((entry) => ({
    op: 'create',
    rowKey: outboxRowKey(entry.id),
    value: entry,
    extra: { state: entry.state },
  }));

interface OutboxRow {
  json: string;
  state: string;
}

export function createTableOutbox(client: () => TableClient): LifecycleOutbox {
  const read = async (filter: string, limit: number) => {
    const out: Array<Versioned<OutboxEntry>> = [];
    for await (const entity of client().listEntities<OutboxRow>({ queryOptions: { filter } })) {
      const row = entity as TableEntityResult<OutboxRow>;
      out.push({ value: JSON.parse(row.json) as OutboxEntry, etag: row.etag });
      if (out.length >= limit) break;
    }
    return out.sort(
      (a, b) => a.value.createdAt.localeCompare(b.value.createdAt) || a.value.id.localeCompare(b.value.id),
    );
  };
  return {
    pending: (tenantId, relationshipId) =>
      read(
        odata`PartitionKey eq ${sharedPartition(tenantId, relationshipId)} and RowKey ge 'outbox~' and RowKey lt 'outbox~\uffff' and state eq 'pending'`,
        1000,
      ),
    allPending: (limit) => read(odata`RowKey ge 'outbox~' and RowKey lt 'outbox~\uffff' and state eq 'pending'`, limit),
    async update(entry, etag) {
      const partition = sharedPartition(entry.tenantId, entry.relationshipId);
      return replaceRowWithState(client(), partition, entry, etag);
    },
  };
}

async function replaceRowWithState(client: TableClient, partition: string, entry: OutboxEntry, etag: string) {
  try {
    const entity = {
      partitionKey: partition,
      rowKey: outboxRowKey(entry.id),
      json: JSON.stringify(entry),
      state: entry.state,
    };
    return (await client.updateEntity(entity, 'Replace', { etag })).etag ?? '';
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 412) throw new StaleVersionError();
    throw error;
  }
}
