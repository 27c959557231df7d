import { RestError, type TableClient, type TransactionAction } from '@azure/data-tables';

/** Table Storage (and Cosmos DB for Table) take at most 100 operations per transaction. */
export const MAX_TRANSACTION_OPERATIONS = 100;

/**
 * Collects writes by partition and submits them as transactions of up to 100, a few partitions in
 * flight at once. A transaction that fails as a whole (a row deleted by someone else meanwhile, a
 * row twice in one batch) is replayed one operation at a time, where a row already deleted is no
 * error, so one stale row never holds back the other 99.
 */
export class PartitionBatches {
  private readonly groups = new Map<string, TransactionAction[]>();

  add(partitionKey: string, action: TransactionAction): void {
    const list = this.groups.get(partitionKey);
    if (list === undefined) this.groups.set(partitionKey, [action]);
    else list.push(action);
  }

  async submit(client: TableClient, inFlight = 8): Promise<void> {
    const batches: TransactionAction[][] = [];
    for (const actions of this.groups.values()) {
      for (let i = 0; i < actions.length; i += MAX_TRANSACTION_OPERATIONS)
        batches.push(actions.slice(i, i + MAX_TRANSACTION_OPERATIONS));
    }
    this.groups.clear();
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        try {
          await client.submitTransaction(batch);
        } catch (error) {
          if (!(error instanceof RestError)) throw error;
          for (const action of batch) await replay(client, action);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(inFlight, batches.length) }, worker));
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
