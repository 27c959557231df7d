import { RestError, type TableClient, type TableTransactionResponse, type TransactionAction } from '@azure/data-tables';

/** Table Storage (and Cosmos DB for Table) take at most 100 operations per transaction. */
export const MAX_TRANSACTION_OPERATIONS = 100;

/**
 * Collects writes by partition and submits them as transactions of up to 100, a few partitions in
 * flight at once. A transaction that fails as a whole (a row deleted by someone else meanwhile, a
 * row twice in one batch) is replayed one operation at a time, where a row already deleted is no
 * error, so one stale row never holds back the other 99.
 */
export class PartitionBatches {
  private readonly items: BatchItem[] = [];

  add(partitionKey: string, action: TransactionAction): void {
    this.items.push({ partitionKey, actions: [action] });
  }

  async submit(client: TableClient, inFlight = 8): Promise<void> {
    const items = this.items.splice(0);
    await submitGrouped(
      client,
      items,
      async (batch, response) => {
        if (response === null) for (const { actions } of batch) await replay(client, actions[0]!);
      },
      inFlight,
    );
  }
}

async function replay(client: TableClient, action: TransactionAction): Promise<void> {
  const [kind, entity] = action;
  try {
    if (kind === 'delete') await client.deleteEntity(entity.partitionKey, entity.rowKey);
    else if (kind === 'create') await client.createEntity(entity);
    else if (kind === 'upsert') await client.upsertEntity(entity, action[2] ?? 'Merge');
    else await client.updateEntity(entity, action[2] ?? 'Merge', action[3]);
  } catch (error) {
    // Already gone: the state the batch wanted.
    if (kind === 'delete' && error instanceof RestError && error.statusCode === 404) return;
    throw error;
  }
}

/** One item's share of a transaction: its partition, its operations, and the row keys they touch. */
export interface BatchItem {
  partitionKey: string;
  actions: TransactionAction[];
}

/**
 * Submits items as transactions grouped by partition (at most 100 operations each, never the same
 * row twice in one), a few in flight, and hands each batch's items to `done` with the answer, or
 * with null when the transaction failed as a whole (the caller then takes the items one by one).
 */
export async function submitGrouped<T extends BatchItem>(
  client: TableClient,
  items: readonly T[],
  done: (batch: T[], response: TableTransactionResponse | null) => Promise<void>,
  inFlight = 8,
): Promise<void> {
  const open = new Map<string, { items: T[]; operations: number; rows: Set<string> }>();
  const batches: T[][] = [];
  for (const item of items) {
    const rows = item.actions.map(([, entity]) => entity.rowKey);
    let batch = open.get(item.partitionKey);
    const fits =
      batch !== undefined &&
      batch.operations + item.actions.length <= MAX_TRANSACTION_OPERATIONS &&
      rows.every((row) => !batch!.rows.has(row));
    if (!fits) {
      batch = { items: [], operations: 0, rows: new Set() };
      batches.push(batch.items);
      open.set(item.partitionKey, batch);
    }
    batch!.items.push(item);
    batch!.operations += item.actions.length;
    for (const row of rows) batch!.rows.add(row);
  }
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      let response: TableTransactionResponse | null;
      try {
        response = await client.submitTransaction(batch.flatMap((item) => item.actions));
      } catch (error) {
        if (!(error instanceof RestError)) throw error;
        response = null;
      }
      await done(batch, response);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, batches.length) }, worker));
}
