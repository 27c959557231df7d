import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import type { MembershipIndex } from '../ports/membership-index';
import type { PrivateRecord, PrivateRecords } from '../ports/private-records';
import type { PromptHistory, PromptHistoryEntry } from '../ports/prompt-history';
import type { RelationshipRecords } from '../ports/relationship-records';
import type { LifecycleOutbox } from '../lifecycle/lifecycle-outbox';
import type { OutboxEntry } from '../lifecycle/outbox-entry';
import type { SharedItemRecords, SharedRow, SlotClaim, StoredCommitment } from '../ports/shared-item-records';
import { relationshipIdOfScope, sharedScope } from '../relationships/shared-scope';
import type { Versioned } from '../ports/versioned';
import type { Tables } from '../storage/tables';
import { createIndexKeeper } from './table-membership-index';
import {
  createRow,
  deleteRow,
  getRow,
  queryMetaAndRows,
  queryRows,
  replaceRow,
  sharedPartition,
  transact,
  userPartition,
  type RowWrite,
} from './table-rows';
import { createTableOutbox, outboxWrites } from './table-outbox';

/** The store's ports, each small and by use; one Table Storage account behind all of them. */
export interface Store {
  relationships: RelationshipRecords;
  sharedItems: SharedItemRecords;
  privateData: PrivateRecords;
  memberships: MembershipIndex;
  promptHistory: PromptHistory;
  outbox: LifecycleOutbox;
}

const privateRowKey = (r: Pick<PrivateRecord, 'relationshipId' | 'kind' | 'key'>) =>
  `${r.relationshipId}~${r.kind}~${r.key}`;
const itemKey = (kind: string, id: string) => `${kind}~${id}`;
const slotPrefix = (kind: string) => `slot~${kind}~`;
const slotKey = (kind: string, slot: number) => `${slotPrefix(kind)}${String(slot).padStart(4, '0')}`;

/**
 * Table Storage for relationships. Every key starts with the tenant; one relationship's shared data
 * is one partition, each user's index and private data another.
 */
export function createTableStore(tables: Tables): Store {
  const shared = () => tables.client('Relationships');
  const privates = () => tables.client('PrivateNotes');
  const index = createIndexKeeper(tables);

  /** The record alone, or with its transition's outbox rows in one transaction. */
  const writeMeta = async (
    tenantId: string,
    relationship: Relationship,
    etag: string | null,
    effects: readonly OutboxEntry[],
  ) => {
    const partition = sharedPartition(tenantId, relationship.id);
    if (effects.length === 0) {
      return etag === null
        ? createRow(shared(), partition, 'meta', relationship)
        : replaceRow(shared(), partition, 'meta', relationship, etag);
    }
    const meta: RowWrite =
      etag === null
        ? { op: 'create', rowKey: 'meta', value: relationship }
        : { op: 'replace', rowKey: 'meta', value: relationship, etag };
    const etags = await transact(shared(), partition, [meta, ...outboxWrites(effects)]);
    return etags.get('meta') ?? (await getRow<Relationship>(shared(), partition, 'meta'))?.etag ?? '';
  };

  const relationships: RelationshipRecords = {
    get: (tenantId, id) => getRow<Relationship>(shared(), sharedPartition(tenantId, id), 'meta'),
    async create(tenantId, relationship, profiles, effects = []) {
      const etag = await writeMeta(tenantId, relationship, null, effects);
      await Promise.all([
        index.reindex(tenantId, relationship, { commitments: [], profiles }),
        index.markMembers(tenantId, relationship),
      ]);
      return etag;
    },
    async replace(tenantId, relationship, etag, profiles, effects = []) {
      const next = await writeMeta(tenantId, relationship, etag, effects);
      await Promise.all([
        index.reindex(tenantId, relationship, profiles ? { profiles } : {}),
        profiles ? index.markMembers(tenantId, relationship) : undefined,
      ]);
      return next;
    },
  };

  /** After a commitment write, both members' open counts change: re-derive them from the partition. */
  const reindexCommitments = async (tenantId: string, scope: string) => {
    const meta = await getRow<Relationship>(shared(), sharedPartition(tenantId, relationshipIdOfScope(scope)), 'meta');
    if (!meta) return;
    const rows = await queryRows<StoredCommitment>(shared(), sharedPartition(tenantId, scope), 'commitment~');
    await index.reindex(tenantId, meta.value, { commitments: rows.map((r) => r.value) });
  };
  const afterWrite = async (tenantId: string, relationshipId: string, kind: keyof SharedRow) => {
    if (kind === 'commitment') await reindexCommitments(tenantId, relationshipId);
  };

  const sharedItems: SharedItemRecords = {
    async withRelationship(tenantId, id, kind) {
      const rows = await queryMetaAndRows<never>(shared(), sharedPartition(tenantId, id), `${kind}~`);
      let relationship: Versioned<Relationship> | null = null;
      let items: Array<Versioned<never>> = [];
      for (const { rowKey, ...row } of rows) {
        if (rowKey === 'meta') relationship = row as Versioned<Relationship>;
        else items.push(row);
      }
      // A later generation keeps its rows in its own scope: read those instead of generation 1's.
      const scope = relationship ? sharedScope(relationship.value) : id;
      if (scope !== id) {
        items = (await queryRows<never>(shared(), sharedPartition(tenantId, scope), `${kind}~`)).map(
          ({ value, etag }) => ({ value, etag }),
        );
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
    async openSlots(tenantId, id, kind) {
      const rows = await queryRows<SlotClaim>(shared(), sharedPartition(tenantId, id), `${slotPrefix(kind)}`);
      return rows.map((r) => r.value);
    },
    async writeWithSlot(tenantId, id, kind, write, slot) {
      const itemId = write.op === 'remove' ? write.id : write.row.id;
      const slotWrite: RowWrite =
        'claim' in slot
          ? { op: 'create', rowKey: slotKey(kind, slot.claim), value: { slot: slot.claim, itemId } }
          : { op: 'delete', rowKey: slotKey(kind, slot.release) };
      const itemWrite: RowWrite =
        write.op === 'create'
          ? { op: 'create', rowKey: itemKey(kind, write.row.id), value: write.row }
          : write.op === 'replace'
            ? { op: 'replace', rowKey: itemKey(kind, write.row.id), value: write.row, etag: write.etag }
            : { op: 'delete', rowKey: itemKey(kind, write.id) };
      const partition = sharedPartition(tenantId, id);
      const etags = await transact(shared(), partition, [itemWrite, slotWrite]);
      await afterWrite(tenantId, id, kind);
      if (write.op === 'remove') return '';
      const key = itemKey(kind, write.row.id);
      return etags.get(key) ?? (await getRow(shared(), partition, key))?.etag ?? '';
    },
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

  return {
    relationships,
    sharedItems,
    privateData,
    memberships: index.port,
    promptHistory,
    outbox: createTableOutbox(shared),
  };
}
