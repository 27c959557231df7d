import { odata, RestError, type TableClient, type TableEntityResult } from '@azure/data-tables';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import {
  AlreadyExistsError,
  NotFoundError,
  StaleVersionError,
  type Membership,
  type PrivateRecord,
  type PromptHistoryEntry,
  type RelationshipStore,
  type StoredAgendaItem,
  type StoredCommitment,
  type StoredMeeting,
  type Versioned,
} from '../ports/relationship-store';
import { keyPart } from '../relationships/relationship-ids';
import type { Tables } from '../storage/tables';

/** Each row keeps its value as one JSON property: rows are always read whole, never filtered by field. */
interface JsonRow {
  partitionKey: string;
  rowKey: string;
  json: string;
}

const sharedPartition = (tenantId: string, relationshipId: string) => `${tenantId}~${relationshipId}`;
const userPartition = (tenantId: string, userId: string) => `${tenantId}~${keyPart(userId)}`;
const privateRowKey = (r: Pick<PrivateRecord, 'relationshipId' | 'kind' | 'key'>) =>
  `${r.relationshipId}~${r.kind}~${r.key}`;

export function createTableRelationshipStore(tables: Tables): RelationshipStore {
  const shared = () => tables.client('Relationships');
  const memberships = () => tables.client('Memberships');
  const privates = () => tables.client('PrivateNotes');

  const rowsOf = <T>(client: TableClient, partitionKey: string, prefix?: string) =>
    queryRows<T>(client, partitionKey, prefix);

  return {
    getRelationship: (tenantId, id) => getRow<Relationship>(shared(), sharedPartition(tenantId, id), 'meta'),
    createRelationship: (tenantId, relationship) =>
      createRow(shared(), sharedPartition(tenantId, relationship.id), 'meta', relationship),
    replaceRelationship: (tenantId, relationship, etag) =>
      replaceRow(shared(), sharedPartition(tenantId, relationship.id), 'meta', relationship, etag),

    listMemberships: async (tenantId, userId) =>
      (await rowsOf<Membership>(memberships(), userPartition(tenantId, userId))).map((row) => row.value),
    getMembership: async (tenantId, userId, relationshipId) =>
      (await getRow<Membership>(memberships(), userPartition(tenantId, userId), relationshipId))?.value ?? null,
    putMembership: async (tenantId, userId, membership) => {
      await memberships().upsertEntity<JsonRow>(
        {
          partitionKey: userPartition(tenantId, userId),
          rowKey: membership.relationshipId,
          json: JSON.stringify(membership),
        },
        'Replace',
      );
    },
    deleteMembership: (tenantId, userId, relationshipId) =>
      deleteRow(memberships(), userPartition(tenantId, userId), relationshipId, '*'),

    getWithRows: async (tenantId, id, kind) => {
      const partitionKey = sharedPartition(tenantId, id);
      const prefix = `${kind}~`;
      const filter = odata`PartitionKey eq ${partitionKey} and (RowKey eq 'meta' or (RowKey ge ${prefix} and RowKey lt ${`${prefix}\uffff`}))`;
      let relationship: Versioned<Relationship> | null = null;
      const rows: Array<Versioned<never>> = [];
      for await (const entity of shared().listEntities<JsonRow>({ queryOptions: { filter } })) {
        const row = { value: JSON.parse(entity.json) as never, etag: entity.etag };
        if (entity.rowKey === 'meta') relationship = row as Versioned<Relationship>;
        else rows.push(row);
      }
      return { relationship, rows };
    },
    listAgenda: (tenantId, id) => rowsOf<StoredAgendaItem>(shared(), sharedPartition(tenantId, id), 'agenda~'),
    getAgendaItem: (tenantId, id, itemId) => getRow(shared(), sharedPartition(tenantId, id), `agenda~${itemId}`),
    createAgendaItem: (tenantId, id, item) =>
      createRow(shared(), sharedPartition(tenantId, id), `agenda~${item.id}`, item),
    replaceAgendaItem: (tenantId, id, item, etag) =>
      replaceRow(shared(), sharedPartition(tenantId, id), `agenda~${item.id}`, item, etag),
    deleteAgendaItem: (tenantId, id, itemId, etag) =>
      deleteRow(shared(), sharedPartition(tenantId, id), `agenda~${itemId}`, etag),

    listCommitments: (tenantId, id) => rowsOf<StoredCommitment>(shared(), sharedPartition(tenantId, id), 'commitment~'),
    getCommitment: (tenantId, id, itemId) => getRow(shared(), sharedPartition(tenantId, id), `commitment~${itemId}`),
    createCommitment: (tenantId, id, item) =>
      createRow(shared(), sharedPartition(tenantId, id), `commitment~${item.id}`, item),
    replaceCommitment: (tenantId, id, item, etag) =>
      replaceRow(shared(), sharedPartition(tenantId, id), `commitment~${item.id}`, item, etag),

    listMeetings: (tenantId, id) => rowsOf<StoredMeeting>(shared(), sharedPartition(tenantId, id), 'meeting~'),
    getMeeting: (tenantId, id, itemId) => getRow(shared(), sharedPartition(tenantId, id), `meeting~${itemId}`),
    createMeeting: (tenantId, id, meeting) =>
      createRow(shared(), sharedPartition(tenantId, id), `meeting~${meeting.id}`, meeting),
    replaceMeeting: (tenantId, id, meeting, etag) =>
      replaceRow(shared(), sharedPartition(tenantId, id), `meeting~${meeting.id}`, meeting, etag),

    getPromptHistory: (tenantId, id) =>
      getRow<PromptHistoryEntry[]>(shared(), sharedPartition(tenantId, id), 'prompts'),
    putPromptHistory: async (tenantId, id, entries, etag) => {
      if (etag === null) await createRow(shared(), sharedPartition(tenantId, id), 'prompts', entries);
      else await replaceRow(shared(), sharedPartition(tenantId, id), 'prompts', entries, etag);
    },

    listPrivate: (tenantId, userId, relationshipId) =>
      rowsOf<PrivateRecord>(
        privates(),
        userPartition(tenantId, userId),
        relationshipId ? `${relationshipId}~` : undefined,
      ),
    getPrivate: (tenantId, userId, relationshipId, kind, key) =>
      getRow<PrivateRecord>(privates(), userPartition(tenantId, userId), privateRowKey({ relationshipId, kind, key })),
    putPrivate: (tenantId, userId, record, etag) =>
      etag === null
        ? createRow(privates(), userPartition(tenantId, userId), privateRowKey(record), record)
        : replaceRow(privates(), userPartition(tenantId, userId), privateRowKey(record), record, etag),
    deletePrivate: (tenantId, userId, record) =>
      deleteRow(privates(), userPartition(tenantId, userId), privateRowKey(record), '*'),
  };
}

async function getRow<T>(client: TableClient, partitionKey: string, rowKey: string): Promise<Versioned<T> | null> {
  try {
    const entity = await client.getEntity<JsonRow>(partitionKey, rowKey);
    return { value: JSON.parse(entity.json) as T, etag: entity.etag };
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 404) return null;
    throw error;
  }
}

async function queryRows<T>(client: TableClient, partitionKey: string, prefix?: string): Promise<Array<Versioned<T>>> {
  const filter = prefix
    ? odata`PartitionKey eq ${partitionKey} and RowKey ge ${prefix} and RowKey lt ${`${prefix}\uffff`}`
    : odata`PartitionKey eq ${partitionKey}`;
  const rows: Array<Versioned<T>> = [];
  for await (const entity of client.listEntities<JsonRow>({ queryOptions: { filter } })) {
    rows.push({ value: JSON.parse((entity as TableEntityResult<JsonRow>).json) as T, etag: entity.etag });
  }
  return rows;
}

async function createRow(client: TableClient, partitionKey: string, rowKey: string, value: unknown): Promise<string> {
  try {
    const result = await client.createEntity<JsonRow>({ partitionKey, rowKey, json: JSON.stringify(value) });
    return result.etag ?? '';
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 409) throw new AlreadyExistsError();
    throw error;
  }
}

async function replaceRow(
  client: TableClient,
  partitionKey: string,
  rowKey: string,
  value: unknown,
  etag: string,
): Promise<string> {
  try {
    const result = await client.updateEntity<JsonRow>(
      { partitionKey, rowKey, json: JSON.stringify(value) },
      'Replace',
      {
        etag,
      },
    );
    return result.etag ?? '';
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 412) throw new StaleVersionError();
    if (error instanceof RestError && error.statusCode === 404) throw new NotFoundError();
    throw error;
  }
}

async function deleteRow(client: TableClient, partitionKey: string, rowKey: string, etag: string): Promise<void> {
  try {
    await client.deleteEntity(partitionKey, rowKey, { etag });
  } catch (error) {
    if (error instanceof RestError && error.statusCode === 412) throw new StaleVersionError();
    if (error instanceof RestError && error.statusCode === 404) return;
    throw error;
  }
}
