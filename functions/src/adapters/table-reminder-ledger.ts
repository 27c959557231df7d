import { odata, RestError, type TableClient } from '@azure/data-tables';
import {
  MAX_ATTEMPTS,
  STALE_CLAIM_MS,
  type LedgerEntry,
  type LedgerKey,
  type ReminderLedger,
} from '../ports/reminder-ledger';
import { keyPart } from '../relationships/relationship-ids';
import type { Tables } from '../storage/tables';

/**
 * The Reminders ledger. One partition per recipient (`tenant~recipient`), one row per reminder
 * (`kind~relationship~occurrence`) plus one `day~date~relationship` row per recipient, relationship
 * and local day, which enforces "at most one a day" across instances. Claims are `createEntity`
 * (only one writer can create a row) or an etag-guarded take-over, so concurrent passes never both
 * send.
 */
interface LedgerRow {
  partitionKey: string;
  rowKey: string;
  state: string;
  json: string;
  updatedAt: number;
}

const partitionOf = (tenantId: string, recipient: string) => `${tenantId}~${keyPart(recipient)}`;
const rowOf = (k: LedgerKey) => `${k.kind}~${k.relationshipId}~${keyPart(k.occurrence)}`;
const dayRowOf = (k: LedgerKey, day: string) => `day~${day}~${k.relationshipId}`;

const isStatus = (error: unknown, status: number) => error instanceof RestError && error.statusCode === status;

export function createTableReminderLedger(tables: Tables): ReminderLedger {
  const client = (): TableClient => tables.client('Reminders');

  const read = async (tenantId: string, key: LedgerKey) => {
    try {
      const row = await client().getEntity<LedgerRow>(partitionOf(tenantId, key.recipient), rowOf(key));
      return { entry: JSON.parse(row.json) as LedgerEntry, etag: row.etag };
    } catch (error) {
      if (isStatus(error, 404)) return null;
      throw error;
    }
  };

  const write = async (tenantId: string, entry: LedgerEntry, etag: string | null): Promise<string | null> => {
    const row: LedgerRow = {
      partitionKey: partitionOf(tenantId, entry.recipient),
      rowKey: rowOf(entry),
      state: entry.state,
      json: JSON.stringify(entry),
      updatedAt: entry.updatedAt,
    };
    try {
      const result =
        etag === null ? await client().createEntity(row) : await client().updateEntity(row, 'Replace', { etag });
      return result.etag ?? '';
    } catch (error) {
      if (isStatus(error, 409) || isStatus(error, 412)) return null; // someone else wrote first
      throw error;
    }
  };

  const createWithDay = async (tenantId: string, entry: LedgerEntry, day: string): Promise<string | null> => {
    const partitionKey = partitionOf(tenantId, entry.recipient);
    const claimRow = rowOf(entry);
    try {
      const result = await client().submitTransaction([
        [
          'create',
          {
            partitionKey,
            rowKey: claimRow,
            state: entry.state,
            json: JSON.stringify(entry),
            updatedAt: entry.updatedAt,
          },
        ],
        ['create', { partitionKey, rowKey: dayRowOf(entry, day), owner: claimRow }],
      ]);
      const etag = result.getResponseForEntity(claimRow)?.etag;
      if (etag !== undefined) return etag;
    } catch (error) {
      if (isStatus(error, 409)) return null;
      throw error;
    }
    // Created, but the batch answer carried no etag: the row's own read has it.
    return (await client().getEntity(partitionKey, claimRow)).etag;
  };

  return {
    async claim(tenantId, entry, now) {
      const fresh: LedgerEntry = { ...entry, state: 'claimed', claimedAt: now, attempts: 1, updatedAt: now };
      // The usual case, a reminder nobody has touched: its row and the day slot in one transaction
      // (same partition, all or nothing). Any conflict falls back to the steps below.
      if (entry.day !== undefined) {
        const etag = await createWithDay(tenantId, fresh, entry.day);
        if (etag !== null) return { entry: fresh, etag, dayClaimed: true };
      }
      const created = await write(tenantId, fresh, null);
      if (created !== null) return { entry: fresh, etag: created };
      const current = await read(tenantId, entry);
      if (current === null) return null;
      const { entry: existing, etag } = current;
      const reclaimable =
        existing.state === 'held' ||
        (existing.state === 'failed' && existing.attempts < MAX_ATTEMPTS) ||
        (existing.state === 'claimed' && now - (existing.claimedAt ?? 0) >= STALE_CLAIM_MS);
      if (!reclaimable) return null;
      const attempts = existing.state === 'held' ? existing.attempts : existing.attempts + 1;
      const claimed = { ...fresh, attempts };
      const taken = await write(tenantId, claimed, etag);
      return taken === null ? null : { entry: claimed, etag: taken };
    },

    async claimDay(tenantId, key, day) {
      const partitionKey = partitionOf(tenantId, key.recipient);
      const rowKey = dayRowOf(key, day);
      try {
        await client().createEntity({ partitionKey, rowKey, owner: rowOf(key) });
        return true;
      } catch (error) {
        if (!isStatus(error, 409)) throw error;
        // A recovered claim finds its own slot.
        const row = await client().getEntity<{ owner: string }>(partitionKey, rowKey);
        return row.owner === rowOf(key);
      }
    },

    async releaseDay(tenantId, key, day) {
      try {
        await client().deleteEntity(partitionOf(tenantId, key.recipient), dayRowOf(key, day));
      } catch (error) {
        if (!isStatus(error, 404)) throw error;
      }
    },

    async hold(tenantId, entry, until, now) {
      const held: LedgerEntry = { ...entry, state: 'held', holdUntil: until, attempts: 0, updatedAt: now };
      if ((await write(tenantId, held, null)) !== null) return;
      const current = await read(tenantId, entry);
      if (current === null || current.entry.state !== 'held' || current.entry.holdUntil === until) return;
      await write(tenantId, { ...current.entry, holdUntil: until, updatedAt: now }, current.etag);
    },

    async settle(tenantId, claim, outcome) {
      // Guarded by the claim's etag: a row recovered by another instance since is theirs to settle.
      const next: LedgerEntry = {
        ...claim.entry,
        state: outcome.state,
        updatedAt: outcome.now,
        ...(outcome.state === 'sent' ? { sentAt: outcome.now } : {}),
        ...(outcome.holdUntil !== undefined ? { holdUntil: outcome.holdUntil } : {}),
      };
      await write(tenantId, next, claim.etag);
    },

    get: async (tenantId, key) => (await read(tenantId, key))?.entry ?? null,

    async listRecent(tenantId, recipient, since, limit) {
      const filter = odata`PartitionKey eq ${partitionOf(tenantId, recipient)} and updatedAt ge ${since}`;
      const out: LedgerEntry[] = [];
      for await (const row of client().listEntities<LedgerRow>({ queryOptions: { filter } })) {
        if (typeof row.json === 'string') out.push(JSON.parse(row.json) as LedgerEntry);
      }
      return out.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, limit);
    },

    async deleteRecipient(tenantId, recipient) {
      const partitionKey = partitionOf(tenantId, recipient);
      let removed = 0;
      for await (const row of client().listEntities({
        queryOptions: { filter: odata`PartitionKey eq ${partitionKey}`, select: ['RowKey'] },
      })) {
        await client().deleteEntity(partitionKey, row.rowKey!);
        removed += 1;
      }
      return removed;
    },
  };
}
