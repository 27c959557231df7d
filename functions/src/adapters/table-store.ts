import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import type { MembershipIndex } from '../ports/membership-index';
import type { PrivateRecord, PrivateRecords } from '../ports/private-records';
import type { PromptHistory, PromptHistoryEntry } from '../ports/prompt-history';
import type { RelationshipRecords } from '../ports/relationship-records';
import type { SharedItemRecords, SharedRow, StoredCommitment } from '../ports/shared-item-records';
import type { Versioned } from '../ports/versioned';
import type { Tables } from '../storage/tables';
import { createIndexKeeper } from './table-membership-index';
import { keepWithinCap } from './table-open-caps';
import {
  createRow,
  deleteRow,
  getRow,
  queryMetaAndRows,
  queryRows,
  replaceRow,
  sharedPartition,
  userPartition,
} from './table-rows';

/** The store's ports, each small and by use; one Table Storage account behind all of them. */
export interface Store {
  relationships: RelationshipRecords;
  sharedItems: SharedItemRecords;
  privateData: PrivateRecords;
  memberships: MembershipIndex;
  promptHistory: PromptHistory;
}

const privateRowKey = (r: Pick<PrivateRecord, 'relationshipId' | 'kind' | 'key'>) =>
  `${r.relationshipId}~${r.kind}~${r.key}`;
const itemKey = (kind: string, id: string) => `${kind}~${id}`;

/**
 * Table Storage for relationships. Every key starts with the tenant; one relationship's shared data
 * is one partition, each user's index and private data another.
 */
export function createTableStore(tables: Tables): Store {
  const shared = () => tables.client('Relationships');
  const privates = () => tables.client('PrivateNotes');
  const index = createIndexKeeper(tables);

  const relationships: RelationshipRecords = {
    get: (tenantId, id) => getRow<Relationship>(shared(), sharedPartition(tenantId, id), 'meta'),
    async create(tenantId, relationship, profiles) {
      const etag = await createRow(shared(), sharedPartition(tenantId, relationship.id), 'meta', relationship);
      await Promise.all([
        index.reindex(tenantId, relationship, { commitments: [], profiles }),
        index.markMembers(tenantId, relationship),
      ]);
      return etag;
    },
    async replace(tenantId, relationship, etag, profiles) {
      const next = await replaceRow(shared(), sharedPartition(tenantId, relationship.id), 'meta', relationship, etag);
      await Promise.all([
        index.reindex(tenantId, relationship, profiles ? { profiles } : {}),
        profiles ? index.markMembers(tenantId, relationship) : undefined,
      ]);
      return next;
    },
  };

  /** After a commitment write, both members' open counts change: re-derive them from the partition. */
  const reindexCommitments = async (tenantId: string, relationshipId: string) => {
    const rows = await queryMetaAndRows<unknown>(shared(), sharedPartition(tenantId, relationshipId), 'commitment~');
    const meta = rows.find((r) => r.rowKey === 'meta');
    if (!meta) return;
    const commitments = rows.filter((r) => r.rowKey !== 'meta').map((r) => r.value as StoredCommitment);
    await index.reindex(tenantId, meta.value as Relationship, { commitments });
  };
  const afterWrite = async (tenantId: string, relationshipId: string, kind: keyof SharedRow) => {
    if (kind === 'commitment') await reindexCommitments(tenantId, relationshipId);
  };

  const sharedItems: SharedItemRecords = {
    async withRelationship(tenantId, id, kind) {
      const rows = await queryMetaAndRows<never>(shared(), sharedPartition(tenantId, id), `${kind}~`);
      let relationship: Versioned<Relationship> | null = null;
      const items: Array<Versioned<never>> = [];
      for (const { rowKey, ...row } of rows) {
        if (rowKey === 'meta') relationship = row as Versioned<Relationship>;
        else items.push(row);
      }
      return { relationship, rows: items };
    },
    list: async (tenantId, id, kind) =>
      (await queryRows<never>(shared(), sharedPartition(tenantId, id), `${kind}~`)).map(({ value, etag }) => ({
        value,
        etag,
      })),
    get: (tenantId, id, kind, itemId) => getRow(shared(), sharedPartition(tenantId, id), itemKey(kind, itemId)),
    async create(tenantId, id, kind, row) {
      const partition = sharedPartition(tenantId, id);
      const etag = await createRow(shared(), partition, itemKey(kind, row.id), row);
      await keepWithinCap(shared(), partition, kind, itemKey(kind, row.id), etag);
      await afterWrite(tenantId, id, kind);
      return etag;
    },
    async replace(tenantId, id, kind, row, etag) {
      const next = await replaceRow(shared(), sharedPartition(tenantId, id), itemKey(kind, row.id), row, etag);
      await afterWrite(tenantId, id, kind);
      return next;
    },
    remove: (tenantId, id, kind, itemId, etag) =>
      deleteRow(shared(), sharedPartition(tenantId, id), itemKey(kind, itemId), etag),
  };

  const privateData: PrivateRecords = {
    list: async (tenantId, userId, relationshipId) =>
      (
        await queryRows<PrivateRecord>(
          privates(),
          userPartition(tenantId, userId),
          relationshipId ? `${relationshipId}~` : undefined,
        )
      ).map(({ value, etag }) => ({ value, etag })),
    get: (tenantId, userId, relationshipId, kind, key) =>
      getRow<PrivateRecord>(privates(), userPartition(tenantId, userId), privateRowKey({ relationshipId, kind, key })),
    put: (tenantId, userId, record, etag) =>
      etag === null
        ? createRow(privates(), userPartition(tenantId, userId), privateRowKey(record), record)
        : replaceRow(privates(), userPartition(tenantId, userId), privateRowKey(record), record, etag),
    async eraseUser(tenantId, userId) {
      const partition = userPartition(tenantId, userId);
      await Promise.all(
        [privates(), tables.client('Memberships')].map(async (client) => {
          const rows = await queryRows<unknown>(client, partition);
          await Promise.all(rows.map((row) => deleteRow(client, partition, row.rowKey, '*')));
        }),
      );
    },
  };

  const promptHistory: PromptHistory = {
    get: (tenantId, id) => getRow<PromptHistoryEntry[]>(shared(), sharedPartition(tenantId, id), 'prompts'),
    async put(tenantId, id, entries, etag) {
      if (etag === null) await createRow(shared(), sharedPartition(tenantId, id), 'prompts', entries);
      else await replaceRow(shared(), sharedPartition(tenantId, id), 'prompts', entries, etag);
    },
  };

  return { relationships, sharedItems, privateData, memberships: index.port, promptHistory };
}
