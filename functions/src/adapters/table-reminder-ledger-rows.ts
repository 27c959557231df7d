import { odata, type TransactionAction } from '@azure/data-tables';
import { shardOf } from '../../../shared/reminders/shard';
import type { LedgerEntry, LedgerKey } from '../ports/reminder-ledger';
import { keyPart } from '../relationships/relationship-ids';

/**
 * The Reminders ledger's key layout. PartitionKey `tenant~lSS`: 16 shards by recipient, so one
 * pass's writes for many people share a partition and go in 100-row transactions, and no big
 * tenant makes a hot partition. RowKey `recipient~kind~relationship~occurrence` for a reminder and
 * `recipient~day~date~relationship` for the one-a-day slot; a recipient's rows are one key range.
 */
export const LEDGER_SHARDS = 16;

// A type, not an interface, so it is a TableEntity for transactions.
export type LedgerRow = {
  partitionKey: string;
  rowKey: string;
  state: string;
  json: string;
  updatedAt: number;
};

// `~` separates the key's parts, so a recipient id never carries one into the key.
const recipientPart = (recipient: string) => keyPart(recipient).replace(/~/g, '%7e');

export const partitionOf = (tenantId: string, recipient: string) =>
  `${tenantId}~l${String(shardOf(recipient, LEDGER_SHARDS)).padStart(2, '0')}`;
export const rowOf = (k: LedgerKey) =>
  `${recipientPart(k.recipient)}~${k.kind}~${k.relationshipId}~${keyPart(k.occurrence)}`;
export const dayRowOf = (k: LedgerKey, day: string) => `${recipientPart(k.recipient)}~day~${day}~${k.relationshipId}`;

/** The filter for all of a recipient's rows (and `and`-ed conditions after it). */
export function recipientRows(tenantId: string, recipient: string): string {
  const prefix = `${recipientPart(recipient)}~`;
  return odata`PartitionKey eq ${partitionOf(tenantId, recipient)} and RowKey gt ${prefix} and RowKey lt ${`${prefix}\uffff`}`;
}

export function ledgerRow(tenantId: string, entry: LedgerEntry): LedgerRow {
  return {
    partitionKey: partitionOf(tenantId, entry.recipient),
    rowKey: rowOf(entry),
    state: entry.state,
    json: JSON.stringify(entry),
    updatedAt: entry.updatedAt,
  };
}

export function dayRow(tenantId: string, key: LedgerKey, day: string): TransactionAction {
  return [
    'create',
    { partitionKey: partitionOf(tenantId, key.recipient), rowKey: dayRowOf(key, day), owner: rowOf(key) },
  ];
}
