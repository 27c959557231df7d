import { RestError, type TableClient, type TableTransactionResponse, type TransactionAction } from '@azure/data-tables';

/** Table Storage (and Cosmos DB for Table) take at most 100 operations per transaction. */
export const MAX_TRANSACTION_OPERATIONS = 100;

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
      let batch = batches[next++]!;
      while (batch.length > 0) {
        let response: TableTransactionResponse;
        try {
          response = await client.submitTransaction(batch.flatMap((item) => item.actions));
        } catch (error) {
          if (!(error instanceof RestError)) throw error;
          // The service names the operation that failed ("3:The specified entity already exists."):
          // that item alone goes one by one, and the rest go again as a transaction.
          const failed = failedItem(batch, error.message);
          await done(failed === null ? batch : [failed], null);
          batch = failed === null ? [] : batch.filter((item) => item !== failed);
          continue;
        }
        await done(batch, response);
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, batches.length) }, worker));
}

/** The item whose operation a failed transaction's message names, if it names one. */
function failedItem<T extends BatchItem>(batch: readonly T[], message: string): T | null {
  const match = /^(\d+):/.exec(message);
  if (match === null) return null;
  let operation = Number(match[1]);
  for (const item of batch) {
    if (operation < item.actions.length) return item;
    operation -= item.actions.length;
  }
  return null;
}

/**
 * Each item's etags, in the order of its actions, from a batch's answer. The answer lists the
 * operations in the order sent; it names a row only for inserts, so order is what ties the two.
 */
export function etagsOf(
  batch: readonly BatchItem[],
  response: TableTransactionResponse,
): Array<Array<string | undefined>> {
  let at = 0;
  return batch.map((item) =>
    item.actions.map(() => {
      const answer = response.subResponses[at++];
      return answer?.etag;
    }),
  );
}
