import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzuriteTables, type AzuriteTables } from '../../../dev/azurite';
import { freePort } from '../../../dev/free-port';
import { createTableStore, type Store } from '../../../functions/src/adapters/table-store';
import type { PrivateRecord } from '../../../functions/src/ports/private-records';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import { newItemId, relationshipIdFor } from '../../../functions/src/relationships/relationship-ids';
import { azuriteConnectionString, createTables, TABLE_NAMES, type Tables } from '../../../functions/src/storage/tables';

/** Cosmos DB for Table: a RowKey (and the id built from it) is at most 255 bytes; so is what we keep in PartitionKey. */
const COSMOS_KEY_LIMIT_BYTES = 255;

// Entra ids are GUIDs (tid, oid); every id of our own comes from the builders under test.
const TENANT = 'f3b0c9d2-7a41-4e5b-9c8d-1a2b3c4d5e6f';
const USER_A = '9e8d7c6b-5a49-4382-b1a0-fedcba987654';
const USER_B = '0a1b2c3d-4e5f-4607-8899-aabbccddeeff';
const NOW = Date.UTC(2099, 11, 31, 23, 59, 59); // item ids grow with time: use a late clock

let azurite: AzuriteTables;
let dataDir: string;
let tables: Tables;
let store: Store;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'peer1on1s-keys-'));
  azurite = await startAzuriteTables({ port: await freePort(), location: dataDir });
  tables = createTables(azuriteConnectionString(azurite.port), 'Keys');
  await tables.ready();
  store = createTableStore(tables);
});

afterAll(async () => {
  await azurite.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('table keys fit Cosmos DB for Table', () => {
  it('keeps every PartitionKey and RowKey the store writes within 255 bytes', async () => {
    const id = relationshipIdFor(TENANT, USER_A, USER_B);
    const itemId = newItemId(NOW);
    // The store serialises whatever it is given; only the key fields matter here.
    const value = <T>(fields: object) => fields as T;
    const relationship: Relationship = {
      id,
      members: [USER_A, USER_B],
      initiatedBy: USER_A,
      status: 'active',
      goal: 'rapport',
      cadenceWeeks: 4,
      format: 'video',
      createdAt: new Date(NOW).toISOString(),
      version: 1,
    };
    const peer = (userId: string) => ({
      id: userId,
      displayName: 'Someone with a rather long display name',
      mail: null,
      department: null,
      jobTitle: null,
    });
    // Creating the relationship also writes both members' index rows and markers.
    await store.relationships.create(TENANT, relationship, { [USER_A]: peer(USER_A), [USER_B]: peer(USER_B) });
    await store.sharedItems.create(TENANT, id, 'agenda', value({ id: itemId }));
    await store.sharedItems.create(TENANT, id, 'commitment', value({ id: itemId }));
    await store.sharedItems.create(TENANT, id, 'meeting', value({ id: itemId }));
    await store.promptHistory.put(TENANT, id, [], null);
    // `member` markers were written by the create above.
    for (const kind of ['note', 'rating', 'decline'] as const)
      for (const key of [itemId, 'relationship']) {
        const record: PrivateRecord = { relationshipId: id, kind, key, updatedAt: new Date(NOW).toISOString() };
        await store.privateData.put(TENANT, USER_A, record, null);
      }

    const keys: Array<{ table: string; partitionKey: string; rowKey: string }> = [];
    for (const name of TABLE_NAMES)
      for await (const entity of tables.client(name).listEntities())
        keys.push({ table: name, partitionKey: entity.partitionKey!, rowKey: entity.rowKey! });

    // Every write path above left a row, in each table it writes to.
    expect(new Set(keys.map((k) => k.table))).toEqual(new Set(['Relationships', 'Memberships', 'PrivateNotes']));
    expect(keys.length).toBeGreaterThanOrEqual(1 + 1 + 3 + 1 + 8);
    const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
    const longestRow = Math.max(...keys.map((k) => bytes(k.rowKey)));
    const longestPartition = Math.max(...keys.map((k) => bytes(k.partitionKey)));
    expect(longestRow).toBeLessThanOrEqual(COSMOS_KEY_LIMIT_BYTES);
    expect(longestPartition).toBeLessThanOrEqual(COSMOS_KEY_LIMIT_BYTES);
    // Today's builders leave wide headroom (relationship id 22 + kind + item id 16).
    expect(longestRow).toBeLessThanOrEqual(64);
    expect(longestPartition).toBeLessThanOrEqual(80);
  });

  it('builds ids of fixed length, whatever the inputs', () => {
    const long = 'x'.repeat(10_000);
    expect(relationshipIdFor(long, long, long)).toHaveLength(22);
    expect(newItemId(NOW)).toHaveLength(16);
    expect(newItemId(0)).toHaveLength(16);
  });
});
