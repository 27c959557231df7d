import { odata, RestError, type TableClient, type TransactionAction } from '@azure/data-tables';
import {
  MAX_ATTEMPTS,
  STALE_CLAIM_MS,
  type LedgerClaim,
  type LedgerEntry,
  type LedgerKey,
  type ReminderLedger,
  type SettleOutcome,
} from '../ports/reminder-ledger';
import type { Tables } from '../storage/tables';
import { submitGrouped } from './table-partition-batches';
import {
  dayRow,
  dayRowOf,
  ledgerRow,
  partitionOf,
  recipientRows,
  rowOf,
  type LedgerRow,
} from './table-reminder-ledger-rows';

/**
 * The Reminders ledger (layout in table-reminder-ledger-rows.ts): one row per reminder plus one
 * row per recipient, relationship and local day, which enforces "at most one a day" across
 * instances. Claims are creates (only one writer can create a row) or an etag-guarded take-over,
 * so concurrent passes never both send. The batch methods write many reminders per transaction and
 * take a failed transaction's items one by one through the single methods.
 */
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
    const row = ledgerRow(tenantId, entry);
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
    const row = ledgerRow(tenantId, entry);
    try {
      const result = await client().submitTransaction([['create', row], dayRow(tenantId, entry, day)]);
      const etag = result.getResponseForEntity(row.rowKey)?.etag;
      if (etag !== undefined) return etag;
    } catch (error) {
      if (isStatus(error, 409)) return null;
      throw error;
    }
    return etagOf(row);
  };
  // Created in a batch whose answer carried no etag: the row's own read has it.
  const etagOf = async (row: LedgerRow) => (await client().getEntity(row.partitionKey, row.rowKey)).etag;

  // Creates the row, or takes over a held, failed or stale-claimed one with its etag; the day slot
  // is then the caller's to take (claimDay).
  const claimStepwise = async (tenantId: string, fresh: LedgerEntry, now: number): Promise<LedgerClaim | null> => {
    const created = await write(tenantId, fresh, null);
    if (created !== null) return { entry: fresh, etag: created };
    const current = await read(tenantId, fresh);
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
  };

  const ledger: ReminderLedger = {
    async claim(tenantId, entry, now) {
      const fresh: LedgerEntry = { ...entry, state: 'claimed', claimedAt: now, attempts: 1, updatedAt: now };
      // The usual case, a reminder nobody has touched: its row and the day slot in one transaction
      // (same partition, all or nothing). Any conflict falls back to the steps below.
      if (entry.day !== undefined) {
        const etag = await createWithDay(tenantId, fresh, entry.day);
        if (etag !== null) return { entry: fresh, etag, dayClaimed: true };
      }
      return claimStepwise(tenantId, fresh, now);
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
      await write(tenantId, settled(claim, outcome), claim.etag);
    },

    get: async (tenantId, key) => (await read(tenantId, key))?.entry ?? null,

    async listRecent(tenantId, recipient, since, limit) {
      const filter = `${recipientRows(tenantId, recipient)} and ${odata`updatedAt ge ${since}`}`;
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
        queryOptions: { filter: recipientRows(tenantId, recipient), select: ['RowKey'] },
      })) {
        await client().deleteEntity(partitionKey, row.rowKey!);
        removed += 1;
      }
      return removed;
    },

    async claimAll(tenantId, entries, now) {
      const out: Array<LedgerClaim | null> = new Array<LedgerClaim | null>(entries.length).fill(null);
      const items = entries.map((entry, index) => {
        const fresh: LedgerEntry = { ...entry, state: 'claimed', claimedAt: now, attempts: 1, updatedAt: now };
        const row = ledgerRow(tenantId, fresh);
        const actions: TransactionAction[] = [['create', row], dayRow(tenantId, fresh, entry.day)];
        return { index, fresh, row, partitionKey: row.partitionKey, actions };
      });
      await submitGrouped(client(), items, async (batch, response) => {
        for (const item of batch) {
          // The batch met a row that exists already (a held reminder, another pass): one by one,
          // without retrying the transaction that just failed.
          if (response === null) {
            out[item.index] = await claimStepwise(tenantId, item.fresh, now);
            continue;
          }
          const etag = response.getResponseForEntity(item.row.rowKey)?.etag ?? (await etagOf(item.row));
          out[item.index] = { entry: item.fresh, etag, dayClaimed: true };
        }
      });
      return out;
    },

    async holdAll(tenantId, holds, now) {
      const items = holds.map(({ entry, until }) => {
        const held: LedgerEntry = { ...entry, state: 'held', holdUntil: until, attempts: 0, updatedAt: now };
        const row = ledgerRow(tenantId, held);
        const actions: TransactionAction[] = [['create', row]];
        return { entry, until, partitionKey: row.partitionKey, actions };
      });
      await submitGrouped(client(), items, async (batch, response) => {
        if (response === null) for (const { entry, until } of batch) await ledger.hold(tenantId, entry, until, now);
      });
    },

    async settleAll(tenantId, settles) {
      const items = settles.map(({ claim, outcome }) => {
        const row = ledgerRow(tenantId, settled(claim, outcome));
        const actions: TransactionAction[] = [['update', row, 'Replace', { etag: claim.etag }]];
        return { claim, outcome, partitionKey: row.partitionKey, actions };
      });
      await submitGrouped(client(), items, async (batch, response) => {
        if (response === null) for (const { claim, outcome } of batch) await ledger.settle(tenantId, claim, outcome);
      });
    },
  };
  return ledger;
}

function settled(claim: LedgerClaim, outcome: SettleOutcome): LedgerEntry {
  return {
    ...claim.entry,
    state: outcome.state,
    updatedAt: outcome.now,
    ...(outcome.state === 'sent' ? { sentAt: outcome.now } : {}),
    ...(outcome.holdUntil !== undefined ? { holdUntil: outcome.holdUntil } : {}),
  };
}
