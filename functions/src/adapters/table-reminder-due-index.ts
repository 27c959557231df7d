import { odata, RestError, type TableClient, type TransactionAction } from '@azure/data-tables';
import { dueAtWithHolds } from '../../../shared/reminders/hold-release';
import { inParallel } from '../concurrency/in-parallel';
import type { DueEntry, DueMove, ReminderDueIndex } from '../ports/reminder-due-index';
import type { Tables } from '../storage/tables';
import { etagsOf, submitGrouped, type BatchItem } from './table-partition-batches';
import { adoptLegacyDueRows } from './table-reminder-due-legacy';
import {
  bucketKey,
  bucketRange,
  bucketRow,
  DUE_SHARDS,
  entryOf,
  parseHeld,
  partitionFor,
  pointerKey,
  pointerRow,
  shardFor,
  tombstone,
  type BucketRow,
  type PointerRow,
} from './table-reminder-due-rows';

/** How often a write re-reads and re-places a row that others keep moving under it. */
const REINDEX_ATTEMPTS = 5;

type RowRef = { partitionKey: string; rowKey: string; etag: string };
/** A row a transaction marks gone, by its action's place in the transaction. */
type Gone = { rowKey: string; action: number };
type Etags = ReadonlyArray<string | undefined>;

const isStatus = (error: unknown, ...statuses: number[]) =>
  error instanceof RestError && statuses.includes(error.statusCode ?? 0);

/** The rows a transaction marked gone, with the etags the marks got. */
function goneRows(partitionKey: string, gone: readonly Gone[], etags: Etags): RowRef[] {
  return gone.flatMap(({ rowKey, action }) => {
    const etag = etags[action];
    // Without the mark's etag the row stays a tombstone, and the next pass that reads it deletes it.
    return etag === undefined ? [] : [{ partitionKey, rowKey, etag }];
  });
}

/** What a move leaves to tidy once it has landed: tombstones to delete, batched or one by one. */
interface Tidy {
  batched?: BatchItem;
  single?: RowRef[];
}

/**
 * A pass's move of one row it read, guarded by that row's etag, and how to tidy after it. A
 * tombstone goes in a batch with a guarded rewrite of the pointer the move wrote: while the
 * pointer is unchanged nobody has placed the relationship anywhere, so nobody can have written the
 * tombstone's row again.
 */
function moveOf(tenantId: string, { entry, dueAt, held }: DueMove) {
  const partitionKey = partitionFor(tenantId, entry.shard);
  const fromKey = bucketKey(entry.bucket, entry.relationshipId);
  const guard = { etag: entry.etag };
  const pointer = pointerRow(partitionKey, entry.relationshipId, dueAt, held);
  const leave: TransactionAction = ['update', tombstone(partitionKey, fromKey), 'Merge', guard];
  const to = dueAt === null ? null : bucketRow(partitionKey, entry.relationshipId, dueAt, entry.snapshot, held);
  if (to === null) {
    const gone: Gone[] = [
      { rowKey: fromKey, action: 0 },
      { rowKey: pointer.rowKey, action: 1 },
    ];
    return {
      partitionKey,
      actions: [leave, ['upsert', pointer, 'Replace']] as TransactionAction[],
      tidy: (etags: Etags): Tidy => ({ single: goneRows(partitionKey, gone, etags) }),
    };
  }
  if (to.rowKey === fromKey)
    return {
      partitionKey,
      actions: [
        ['update', to, 'Replace', guard],
        ['upsert', pointer, 'Replace'],
      ] as TransactionAction[],
      tidy: (): Tidy => ({}),
    };
  return {
    partitionKey,
    actions: [leave, ['upsert', to, 'Replace'], ['upsert', pointer, 'Replace']] as TransactionAction[],
    tidy: (etags: Etags): Tidy => {
      const etag = etags[2];
      if (etag === undefined) return {};
      const actions: TransactionAction[] = [
        ['update', pointer, 'Replace', { etag }],
        ['delete', { partitionKey, rowKey: fromKey }],
      ];
      return { batched: { partitionKey, actions } };
    },
  };
}

/** The ReminderDue table (layout in table-reminder-due-rows.ts). */
export function createTableReminderDueIndex(tables: Tables): ReminderDueIndex {
  const client = (): TableClient => tables.client('ReminderDue');

  const readPointer = async (partitionKey: string, relationshipId: string) => {
    try {
      return await client().getEntity<PointerRow>(partitionKey, pointerKey(relationshipId));
    } catch (error) {
      if (isStatus(error, 404)) return null;
      throw error;
    }
  };

  /** Deletes rows a move marked gone, each guarded by its mark's etag, 8 at a time. */
  const deleteGone = (rows: readonly RowRef[]) =>
    inParallel(rows, 8, async ({ partitionKey, rowKey, etag }) => {
      try {
        await client().deleteEntity(partitionKey, rowKey, { etag });
      } catch (error) {
        // 412: written again since it was marked, so it is live and stays; 404: already gone.
        if (!isStatus(error, 404, 412)) throw error;
      }
    });

  const index: ReminderDueIndex = {
    async reindex(tenantId, relationshipId, place) {
      const partitionKey = partitionFor(tenantId, shardFor(relationshipId));
      for (let attempt = 1; ; attempt++) {
        // The pointer is read before the relationship: if anyone moves the row after this read,
        // the etag below fails and the relationship is read again, so the newest write wins.
        const pointer = await readPointer(partitionKey, relationshipId);
        const placement = await place();
        const held = parseHeld(pointer?.held);
        const from = pointer !== null && pointer.bucket !== '' ? bucketKey(pointer.bucket, relationshipId) : null;
        const dueAt = placement.dueAt === null ? null : dueAtWithHolds(placement.dueAt, Object.values(held ?? {}));
        if (pointer === null && dueAt === null) return;
        const actions: TransactionAction[] =
          pointer === null
            ? [['create', pointerRow(partitionKey, relationshipId, dueAt, undefined)]]
            : [['update', pointerRow(partitionKey, relationshipId, dueAt, held), 'Replace', { etag: pointer.etag! }]];
        const to = dueAt === null ? null : bucketRow(partitionKey, relationshipId, dueAt, placement.snapshot, held);
        // The pointer's etag guards the whole transaction, so the old bucket row can go unguarded.
        if (from !== null && from !== to?.rowKey) actions.push(['delete', { partitionKey, rowKey: from }]);
        if (to !== null) actions.push(['upsert', to, 'Replace']);
        try {
          const response = await client().submitTransaction(actions);
          // The pointer, at action 0, now points nowhere: it goes too.
          if (dueAt === null) {
            const etags = response.subResponses.map((r) => r.etag);
            await deleteGone(goneRows(partitionKey, [{ rowKey: pointerKey(relationshipId), action: 0 }], etags));
          }
          return;
        } catch (error) {
          // 412: moved since the read; 409: created meanwhile; 404: removed meanwhile.
          if (attempt >= REINDEX_ATTEMPTS || !isStatus(error, 404, 409, 412)) throw error;
        }
      }
    },

    async listDue(tenantId, from, to) {
      await adoptLegacyDueRows(client(), tenantId, (rows) => index.seed(tenantId, rows));
      const { low, high } = bucketRange(from, to);
      const perShard = await Promise.all(
        Array.from({ length: DUE_SHARDS }, async (_, shard) => {
          const filter = odata`PartitionKey eq ${partitionFor(tenantId, shard)} and RowKey ge ${low} and RowKey lt ${high}`;
          const rows: DueEntry[] = [];
          const gone: RowRef[] = [];
          for await (const row of client().listEntities<BucketRow>({ queryOptions: { filter } })) {
            // A tombstone a pass died before deleting: nothing is due there.
            if (row.gone === true) gone.push({ partitionKey: row.partitionKey!, rowKey: row.rowKey!, etag: row.etag });
            else rows.push(entryOf(row as BucketRow & { etag?: string }, shard));
          }
          await deleteGone(gone);
          return rows;
        }),
      );
      return perShard.flat().sort((a, b) => a.dueAt - b.dueAt);
    },

    async rescheduleAll(tenantId, moves) {
      let left = 0;
      const batched: BatchItem[] = [];
      const single: RowRef[] = [];
      const landed = (tidy: Tidy) => {
        if (tidy.batched !== undefined) batched.push(tidy.batched);
        single.push(...(tidy.single ?? []));
      };
      // A transaction with one row written since the pass read it fails as a whole: its moves are
      // then made one by one, and the written row is left to its writer.
      await submitGrouped(
        client(),
        moves.map((move) => moveOf(tenantId, move)),
        async (batch, response) => {
          if (response !== null) {
            const etags = etagsOf(batch, response);
            batch.forEach((item, k) => landed(item.tidy(etags[k]!)));
            return;
          }
          for (const item of batch) {
            try {
              landed(item.tidy(etagsOf([item], await client().submitTransaction(item.actions))[0]!));
            } catch (error) {
              if (!isStatus(error, 404, 412)) throw error;
              left += 1;
            }
          }
        },
        4,
      );
      // A tidy that fails (the relationship moved again meanwhile) leaves a tombstone; the next
      // pass that reads it deletes it.
      await submitGrouped(client(), batched, async () => undefined, 4);
      await deleteGone(single);
      return left;
    },

    async seed(tenantId, rows) {
      const items = rows.map(({ relationshipId, dueAt, snapshot }) => {
        const partitionKey = partitionFor(tenantId, shardFor(relationshipId));
        const actions: TransactionAction[] = [
          ['upsert', bucketRow(partitionKey, relationshipId, dueAt, snapshot, undefined), 'Replace'],
          ['upsert', pointerRow(partitionKey, relationshipId, dueAt, undefined), 'Replace'],
        ];
        return { partitionKey, actions };
      });
      await submitGrouped(client(), items, async (_batch, response) => {
        if (response === null) throw new Error('seeding the due index failed');
      });
    },
  };
  return index;
}
