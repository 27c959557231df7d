import { odata, RestError, type TableClient, type TransactionAction } from '@azure/data-tables';
import { withDefaults, type Preferences } from '../../../shared/reminders/preferences-schema';
import { shardOf } from '../../../shared/reminders/shard';
import type { WorkingHours } from '../../../shared/scheduling/slot-finder-input';
import type { PreferencesStore, RecipientRecord } from '../ports/preferences-store';
import { AlreadyExistsError, StaleVersionError } from '../ports/store-errors';
import { keyPart } from '../relationships/relationship-ids';
import type { Tables } from '../storage/tables';

/**
 * UserSettings table. PartitionKey `tenant~SS` (16 shards by user), RowKey `user` for the
 * preferences (its etag is the preferences' ETag) and `user~hours` for the working hours the
 * reminders job cached, kept apart so a cache refresh never invalidates a user's If-Match.
 */
const SHARDS = 16;
/** Table Storage allows 15 comparisons per filter; two per user leaves room for the partition. */
const USERS_PER_QUERY = 7;
/**
 * Past this many people in one shard, one query for the whole partition beats many small ones
 * (each of which the service, and Azurite above all, may answer by scanning the partition).
 */
const WHOLE_PARTITION_AT = 64;

const partitionOf = (tenantId: string, userId: string) =>
  `${tenantId}~${String(shardOf(userId, SHARDS)).padStart(2, '0')}`;
const hoursRow = (userId: string) => `${keyPart(userId)}~hours`;

interface PrefsRow {
  partitionKey: string;
  rowKey: string;
  json: string;
}
interface HoursRow {
  partitionKey: string;
  rowKey: string;
  json: string;
  at: number;
}

const isStatus = (error: unknown, status: number) => error instanceof RestError && error.statusCode === status;

export function createTablePreferencesStore(tables: Tables): PreferencesStore {
  const client = (): TableClient => tables.client('UserSettings');

  return {
    async get(tenantId, userId) {
      try {
        const row = await client().getEntity<PrefsRow>(partitionOf(tenantId, userId), keyPart(userId));
        return { preferences: withDefaults(JSON.parse(row.json)), etag: row.etag };
      } catch (error) {
        if (isStatus(error, 404)) return { preferences: withDefaults(undefined), etag: null };
        throw error;
      }
    },

    async put(tenantId, userId, preferences: Preferences, etag) {
      const row: PrefsRow = {
        partitionKey: partitionOf(tenantId, userId),
        rowKey: keyPart(userId),
        json: JSON.stringify(preferences),
      };
      try {
        const result =
          etag === null ? await client().createEntity(row) : await client().updateEntity(row, 'Replace', { etag });
        return result.etag ?? '';
      } catch (error) {
        if (isStatus(error, 409)) throw new AlreadyExistsError();
        if (isStatus(error, 412) || isStatus(error, 404)) throw new StaleVersionError();
        throw error;
      }
    },

    async getMany(tenantId, userIds) {
      const out = new Map<string, RecipientRecord>();
      const byPartition = new Map<string, string[]>();
      for (const id of new Set(userIds)) {
        out.set(id, { preferences: withDefaults(undefined) });
        const key = partitionOf(tenantId, id);
        byPartition.set(key, [...(byPartition.get(key) ?? []), id]);
      }
      const queries: Array<{ partitionKey: string; ids: string[] }> = [];
      for (const [partitionKey, ids] of byPartition) {
        if (ids.length >= WHOLE_PARTITION_AT) queries.push({ partitionKey, ids: [] });
        else
          for (let i = 0; i < ids.length; i += USERS_PER_QUERY)
            queries.push({ partitionKey, ids: ids.slice(i, i + USERS_PER_QUERY) });
      }
      const byKey = new Map([...out.keys()].map((id) => [keyPart(id), id]));
      await Promise.all(
        queries.map(async ({ partitionKey, ids }) => {
          // Key characters are escaped by keyPart, so quoting them here is safe.
          const ranges = ids
            .map((id) => {
              const k = keyPart(id).replace(/'/g, "''");
              return `(RowKey ge '${k}' and RowKey le '${k}~hours')`;
            })
            .join(' or ');
          const whole = odata`PartitionKey eq ${partitionKey}`;
          // No ids: the whole partition; rows of people not asked for are skipped below.
          const filter = ids.length === 0 ? whole : `${whole} and (${ranges})`;
          for await (const row of client().listEntities<PrefsRow & { at?: number }>({ queryOptions: { filter } })) {
            const hours = row.rowKey!.endsWith('~hours');
            const id = byKey.get(hours ? row.rowKey!.slice(0, -'~hours'.length) : row.rowKey!);
            const record = id === undefined ? undefined : out.get(id);
            if (record === undefined) continue;
            if (hours) {
              record.workingHours = JSON.parse(row.json) as WorkingHours | null;
              if (typeof row.at === 'number') record.workingHoursAt = row.at;
            } else record.preferences = withDefaults(JSON.parse(row.json));
          }
        }),
      );
      return out;
    },

    async putWorkingHours(tenantId, userId, hours, at) {
      await client().upsertEntity<HoursRow>(
        { partitionKey: partitionOf(tenantId, userId), rowKey: hoursRow(userId), json: JSON.stringify(hours), at },
        'Replace',
      );
    },

    async delete(tenantId, userId) {
      for (const rowKey of [keyPart(userId), hoursRow(userId)]) {
        try {
          await client().deleteEntity(partitionOf(tenantId, userId), rowKey);
        } catch (error) {
          if (!isStatus(error, 404)) throw error;
        }
      }
    },
  };
}

/** Bulk load of cached working hours (benchmarks, back-fills): 100-row transactions per partition. */
export async function seedWorkingHours(
  tables: Tables,
  tenantId: string,
  rows: Array<{ userId: string; hours: WorkingHours | null }>,
  at: number,
): Promise<void> {
  const groups = new Map<string, HoursRow[]>();
  for (const { userId, hours } of rows) {
    const partitionKey = partitionOf(tenantId, userId);
    const list = groups.get(partitionKey) ?? [];
    list.push({ partitionKey, rowKey: hoursRow(userId), json: JSON.stringify(hours), at });
    groups.set(partitionKey, list);
  }
  const batches: HoursRow[][] = [];
  for (const list of groups.values()) for (let i = 0; i < list.length; i += 100) batches.push(list.slice(i, i + 100));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      await tables
        .client('UserSettings')
        .submitTransaction(batch.map((row): TransactionAction => ['upsert', { ...row }, 'Replace']));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}
