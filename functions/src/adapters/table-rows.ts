import { odata, RestError, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import { AlreadyExistsError, NotFoundError, StaleVersionError } from '../ports/store-errors';
import type { Versioned } from '../ports/versioned';
import { keyPart } from '../relationships/relationship-ids';

/** Each row keeps its value as one JSON property: rows are always read whole, never filtered by field. */
interface JsonRow {
  partitionKey: string;
  rowKey: string;
  json: string;
}

export const sharedPartition = (tenantId: string, relationshipId: string) => `${tenantId}~${relationshipId}`;
export const userPartition = (tenantId: string, userId: string) => `${tenantId}~${keyPart(userId)}`;

export async function getRow<T>(
  client: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<Versioned<T> | null> {
  try {
    const entity = await client.getEntity<JsonRow>(partitionKey, rowKey);
    return { value: JSON.parse(entity.json) as T, etag: entity.etag };
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 404) return null;
    throw error;
  }
}

/** Rows of one partition, optionally only those whose key starts with `prefix`. */
export async function queryRows<T>(
  client: TableClient,
  partitionKey: string,
  prefix?: string,
): Promise<Array<Versioned<T> & { rowKey: string }>> {
  const filter = prefix
    ? odata`PartitionKey eq ${partitionKey} and RowKey ge ${prefix} and RowKey lt ${`${prefix}\uffff`}`
    : odata`PartitionKey eq ${partitionKey}`;
  return collect<T>(client, filter);
}

/** The `meta` row and the rows under `prefix`, in one partition query (one round trip). */
export async function queryMetaAndRows<T>(
  client: TableClient,
  partitionKey: string,
  prefix: string,
): Promise<Array<Versioned<T> & { rowKey: string }>> {
  const filter = odata`PartitionKey eq ${partitionKey} and (RowKey eq 'meta' or (RowKey ge ${prefix} and RowKey lt ${`${prefix}\uffff`}))`;
  return collect<T>(client, filter);
}

async function collect<T>(client: TableClient, filter: string) {
  const rows: Array<Versioned<T> & { rowKey: string }> = [];
  for await (const entity of client.listEntities<JsonRow>({ queryOptions: { filter } })) {
    const row = entity as TableEntityResult<JsonRow>;
    rows.push({ value: JSON.parse(row.json) as T, etag: row.etag, rowKey: row.rowKey ?? '' });
  }
  return rows;
}

export async function createRow(client: TableClient, partitionKey: string, rowKey: string, value: unknown) {
  try {
    const result = await client.createEntity<JsonRow>({ partitionKey, rowKey, json: JSON.stringify(value) });
    return result.etag ?? '';
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 409) throw new AlreadyExistsError();
    throw error;
  }
}

const STORAGE_TAG = /^W\/"datetime'[^'"]+'"$/;

/**
 * A tag not of storage's own shape can never be current (and storage answers it with an error, not
 * 412). `*` stays allowed here: the edge refuses it from clients, and erasure uses it on purpose.
 */
function checkTag(etag: string) {
  if (etag !== '*' && !STORAGE_TAG.test(etag)) throw new StaleVersionError();
}

export async function replaceRow(
  client: TableClient,
  partitionKey: string,
  rowKey: string,
  value: unknown,
  etag: string,
): Promise<string> {
  checkTag(etag);
  try {
    const entity = { partitionKey, rowKey, json: JSON.stringify(value) };
    const result = await client.updateEntity<JsonRow>(entity, 'Replace', { etag });
    return result.etag ?? '';
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 412) throw new StaleVersionError();
    if (error instanceof RestError && error.statusCode === 404) throw new NotFoundError();
    throw error;
  }
}

/** Unconditional write (index rows: derived data, last writer wins). */
export async function upsertRow(client: TableClient, partitionKey: string, rowKey: string, value: unknown) {
  await client.upsertEntity<JsonRow>({ partitionKey, rowKey, json: JSON.stringify(value) }, 'Replace');
}

export async function deleteRow(client: TableClient, partitionKey: string, rowKey: string, etag: string) {
  checkTag(etag);
  try {
    await client.deleteEntity(partitionKey, rowKey, { etag });
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 412) throw new StaleVersionError();
    if (error instanceof RestError && error.statusCode === 404) return;
    throw error;
  }
}

/** One row write inside a partition transaction; `extra` adds plain properties a filter can read. */
export type RowWrite =
  | { op: 'create'; rowKey: string; value: unknown; extra?: Record<string, string> }
  | { op: 'replace'; rowKey: string; value: unknown; etag: string; extra?: Record<string, string> }
  /** Unconditional inside a transaction (the SDK sends no If-Match for deletes): guard with another row. */
  | { op: 'delete'; rowKey: string };

/**
 * All of `writes` or none, in one partition (Table Storage entity group transaction). Answers the
 * new ETag per row key; a stale ETag is StaleVersionError, an existing row AlreadyExistsError.
 */
export async function transact(
  client: TableClient,
  partitionKey: string,
  writes: readonly RowWrite[],
): Promise<Map<string, string>> {
  const actions: TransactionAction[] = writes.map((w) => {
    if (w.op === 'delete') return ['delete', { partitionKey, rowKey: w.rowKey }];
    const entity = { partitionKey, rowKey: w.rowKey, json: JSON.stringify(w.value), ...w.extra };
    return w.op === 'create' ? ['create', entity] : ['update', entity, 'Replace', { etag: w.etag }];
  });
  try {
    const result = await client.submitTransaction(actions);
    const etags = new Map<string, string>();
    result.subResponses.forEach((sub, i) => {
      const key = sub.rowKey ?? writes[i]?.rowKey;
      if (key && sub.etag) etags.set(key, sub.etag);
    });
    return etags;
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 412) throw new StaleVersionError();
    if (error instanceof RestError && error.statusCode === 409) throw new AlreadyExistsError();
    if (error instanceof RestError && error.statusCode === 404) throw new NotFoundError();
    throw error;
  }
}
