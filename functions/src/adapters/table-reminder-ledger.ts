import { odata, RestError, type TableClient, type TransactionAction } from '@azure/data-tables';
import {
  MAX_ATTEMPTS,
  STALE_CLAIM_MS,
  type LedgerClaim,
  type LedgerEntry,
  type HoldRequest,
  type LedgerKey,
  type ReminderLedger,
  type SettleOutcome,
} from '../ports/reminder-ledger';
import type { Tables } from '../storage/tables';
import { etagsOf, submitGrouped } from './table-partition-batches';
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

  // Records a hold (created if new; a held row's release time moves); never overwrites a settled
  // row. The held row's etag, or null when the row is settled or claimed.
  const hold = async (tenantId: string, request: HoldRequest, until: number, now: number) => {
    const held = heldEntry(request, until, now);
    const created = await write(tenantId, held, null);
    if (created !== null) return created;
    const current = await read(tenantId, held);
    if (current === null || current.entry.state !== 'held') return null;
    if (current.entry.holdUntil === until) return current.etag;
    return write(tenantId, { ...current.entry, holdUntil: until, updatedAt: now }, current.etag);
  };

  const ledger: ReminderLedger = {
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
      const items = entries.map((request, index) => {
        const { heldEtag, ...entry } = request;
        // A hold this pass's predecessor wrote (attempts 0) is taken over by its etag, unread.
        const fresh: LedgerEntry = {
          ...entry,
          state: 'claimed',
          claimedAt: now,
          attempts: heldEtag === undefined ? 1 : 0,
          updatedAt: now,
        };
        const row = ledgerRow(tenantId, fresh);
        const take: TransactionAction =
          heldEtag === undefined ? ['create', row] : ['update', row, 'Replace', { etag: heldEtag }];
        const actions: TransactionAction[] = [take, dayRow(tenantId, fresh, entry.day)];
        return { index, fresh, row, partitionKey: row.partitionKey, actions };
      });
      await submitGrouped(client(), items, async (batch, response) => {
        const etags = response === null ? null : etagsOf(batch, response);
        for (const [k, item] of batch.entries()) {
          // The batch met a row that exists already (a held reminder, another pass) or has changed
          // since it was held: one by one, without retrying the transaction that just failed.
          if (etags === null) {
            out[item.index] = await claimStepwise(tenantId, { ...item.fresh, attempts: 1 }, now);
            continue;
          }
          const etag = etags[k]![0] ?? (await etagOf(item.row));
          out[item.index] = { entry: item.fresh, etag, dayClaimed: true };
        }
      });
      return out;
    },

    async holdAll(tenantId, holds, now) {
      const out: Array<string | null> = new Array<string | null>(holds.length).fill(null);
      const items = holds.map(({ entry, until }, index) => {
        const row = ledgerRow(tenantId, heldEntry(entry, until, now));
        const write: TransactionAction =
          entry.heldEtag === undefined ? ['create', row] : ['update', row, 'Replace', { etag: entry.heldEtag }];
        return { index, entry, until, row, partitionKey: row.partitionKey, actions: [write] };
      });
      await submitGrouped(client(), items, async (batch, response) => {
        const etags = response === null ? null : etagsOf(batch, response);
        for (const [k, item] of batch.entries()) {
          out[item.index] =
            etags === null
              ? await hold(tenantId, item.entry, item.until, now)
              : (etags[k]![0] ?? (await etagOf(item.row)));
        }
      });
      return out;
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

function heldEntry(request: HoldRequest, until: number, now: number): LedgerEntry {
  const { heldEtag: _etag, ...entry } = request;
  return { ...entry, state: 'held', holdUntil: until, attempts: 0, updatedAt: now };
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
