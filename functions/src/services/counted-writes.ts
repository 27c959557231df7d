import { randomInt } from 'node:crypto';
import type { Outcome } from '../../../shared/errors/app-error';
import { MAX_OPEN_AGENDA_ITEMS } from '../../../shared/relationships/agenda-rules';
import { MAX_OPEN_COMMITMENTS } from '../../../shared/relationships/commitment-rules';
import type { CountedKind, CountedWrite, SharedItemRecords } from '../ports/shared-item-records';
import { AlreadyExistsError, StaleVersionError } from '../ports/store-errors';
import { orThrow } from './app-errors';

/** Racing counted writes retry with fresh slots; this bounds a pathological storm. */
const MAX_COUNTER_ATTEMPTS = 200;

/**
 * Writes of capped kinds (open agenda items, open commitments): each open row holds one numbered
 * slot, claimed or released in the same transaction as the row, so racing writers never pass the cap.
 */
export function createCountedWrites(store: SharedItemRecords) {
  const capOf = (kind: CountedKind) => (kind === 'agenda' ? MAX_OPEN_AGENDA_ITEMS : MAX_OPEN_COMMITMENTS);

  /**
   * A write that opens (+1) or closes (-1) a row, with its slot claim or release in the same
   * transaction. `plan` sees the open count (the cap rule); a lost race for a slot re-plans.
   * `itemStillAt` (patches) turns a changed item into 412 instead of a retry.
   */
  const counted = async <K extends CountedKind>(
    tenantId: string,
    scope: string,
    kind: K,
    plan: (openCount: number) => Outcome<{ write: CountedWrite<K>; delta: number }>,
    itemStillAt?: () => Promise<boolean>,
  ): Promise<string> => {
    for (let attempt = 0; ; attempt += 1) {
      const slots = await store.openSlots(tenantId, scope, kind);
      const { write, delta } = orThrow(plan(slots.length));
      const itemId = write.op === 'remove' ? write.id : write.row.id;
      let slot: { claim: number } | { release: number };
      if (delta > 0) {
        const taken = new Set(slots.map((s) => s.slot));
        const free = Array.from({ length: capOf(kind) }, (_, i) => i).filter((i) => !taken.has(i));
        // Racing writers pick different free slots at random, so most never collide.
        const pick = free[randomInt(0, Math.max(free.length, 1))];
        if (pick === undefined) orThrow(plan(capOf(kind)));
        slot = { claim: pick! };
      } else {
        const held = slots.find((s) => s.itemId === itemId);
        // A row opened before slots existed holds none: close it without one.
        if (!held) return plainWrite(tenantId, scope, kind, write);
        slot = { release: held.slot };
      }
      try {
        return await store.writeWithSlot(tenantId, scope, kind, write, slot);
      } catch (error) {
        const raced = error instanceof AlreadyExistsError || (error instanceof StaleVersionError && !!itemStillAt);
        if (!raced || attempt >= MAX_COUNTER_ATTEMPTS) throw error;
        if (itemStillAt && !(await itemStillAt())) throw new StaleVersionError();
      }
    }
  };

  const plainWrite = async <K extends CountedKind>(
    tenantId: string,
    scope: string,
    kind: K,
    write: CountedWrite<K>,
  ): Promise<string> => {
    if (write.op === 'create') return store.create(tenantId, scope, kind, write.row);
    if (write.op === 'replace') return store.replace(tenantId, scope, kind, write.row, write.etag);
    await store.remove(tenantId, scope, kind, write.id, write.etag);
    return '';
  };

  return { counted };
}
