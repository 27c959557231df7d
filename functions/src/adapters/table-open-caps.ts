import type { TableClient } from '@azure/data-tables';
import { AppError } from '../../../shared/errors/app-error';
import { countOpenAgendaItems, MAX_OPEN_AGENDA_ITEMS } from '../../../shared/relationships/agenda-rules';
import { countOpenCommitments, MAX_OPEN_COMMITMENTS } from '../../../shared/relationships/commitment-rules';
import type { SharedKind, StoredAgendaItem, StoredCommitment } from '../ports/shared-item-records';
import { deleteRow, queryRows } from './table-rows';

interface Cap {
  max: number;
  open(rows: unknown[]): number;
  what: string;
}

const CAPS: Partial<Record<SharedKind, Cap>> = {
  agenda: {
    max: MAX_OPEN_AGENDA_ITEMS,
    open: (rows) => countOpenAgendaItems(rows as StoredAgendaItem[]),
    what: 'open agenda items',
  },
  commitment: {
    max: MAX_OPEN_COMMITMENTS,
    open: (rows) => countOpenCommitments(rows as StoredCommitment[]),
    what: 'open commitments',
  },
};

/**
 * Holds the open-item cap of a relationship under concurrent adds, after the new row is written:
 * the partition is counted again and, when it is over the cap, the new row takes itself out and
 * the add is refused with `limit-reached`. Whichever add counted last saw every row that stayed,
 * so no interleaving keeps more than the cap (two racing adds at the boundary may both be refused,
 * never both kept). No shared counter is written, so adds below the cap never contend.
 */
export async function keepWithinCap(
  client: TableClient,
  partitionKey: string,
  kind: SharedKind,
  rowKey: string,
  etag: string,
): Promise<void> {
  const cap = CAPS[kind];
  if (!cap) return;
  const rows = await queryRows<unknown>(client, partitionKey, `${kind}~`);
  if (cap.open(rows.map((row) => row.value)) <= cap.max) return;
  await deleteRow(client, partitionKey, rowKey, etag);
  const reason = `At most ${cap.max} ${cap.what}; close or remove one first`;
  throw new AppError('limit-reached', reason, { errors: [{ field: 'text', reason }] });
}
