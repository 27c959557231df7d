import type { z } from 'zod';
import type {
  AgendaItem,
  Commitment,
  Meeting,
  createCommitmentSchema,
  createMeetingSchema,
  patchAgendaItemSchema,
  patchCommitmentSchema,
  patchMeetingSchema,
} from '../../../shared/relationships/relationship-schemas';
import type { Caller } from '../auth/caller';
import type { Clock } from '../ports/clock';
import type { PrivateRecords } from '../ports/private-records';
import type { SharedItemRecords, StoredAgendaItem, StoredCommitment } from '../ports/shared-item-records';
import { NotFoundError, StaleVersionError } from '../ports/store-errors';
import type { Versioned } from '../ports/versioned';
import { newItemId } from '../relationships/relationship-ids';
import { sharedScope } from '../relationships/shared-scope';
import {
  applyAgendaPatch,
  isOpenAgendaItem,
  newAgendaItem,
  openAgendaDelta,
  sortAgenda,
} from '../../../shared/relationships/agenda-rules';
import {
  applyCommitmentPatch,
  newCommitment,
  openCommitmentDelta,
  sortCommitments,
} from '../../../shared/relationships/commitment-rules';
import { assertWritable } from '../../../shared/relationships/lifecycle-record';
import { applyMeetingPatch, newMeeting } from '../../../shared/relationships/meeting-rules';
import { sortMeetings } from '../../../shared/relationships/meeting-timeline';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import type { CountedKind } from '../ports/shared-item-records';
import { createCountedWrites } from './counted-writes';
import { notFound, orThrow, staleVersion } from './app-errors';
import type { RelationshipAccess } from './relationship-access';

export interface SharedItemsService {
  agenda(caller: Caller, id: string): Promise<AgendaItem[]>;
  addAgendaItem(caller: Caller, id: string, text: string): Promise<AgendaItem>;
  patchAgendaItem(
    caller: Caller,
    id: string,
    itemId: string,
    ifMatch: string,
    patch: z.infer<typeof patchAgendaItemSchema>,
  ): Promise<AgendaItem>;
  deleteAgendaItem(caller: Caller, id: string, itemId: string, ifMatch: string): Promise<void>;

  commitments(caller: Caller, id: string): Promise<Commitment[]>;
  addCommitment(caller: Caller, id: string, body: z.infer<typeof createCommitmentSchema>): Promise<Commitment>;
  patchCommitment(
    caller: Caller,
    id: string,
    cid: string,
    ifMatch: string,
    patch: z.infer<typeof patchCommitmentSchema>,
  ): Promise<Commitment>;

  meetings(caller: Caller, id: string): Promise<Meeting[]>;
  addMeeting(caller: Caller, id: string, body: z.infer<typeof createMeetingSchema>): Promise<Meeting>;
  patchMeeting(
    caller: Caller,
    id: string,
    mid: string,
    ifMatch: string,
    patch: z.infer<typeof patchMeetingSchema>,
  ): Promise<Meeting>;
}

const withEtag = <T>(row: Versioned<T>) => ({ ...row.value, etag: row.etag });

/** The agenda, commitments and meetings both peers share: each item its own row, each edit conditional. */
export function createSharedItemsService(deps: {
  items: SharedItemRecords;
  privateData: PrivateRecords;
  access: RelationshipAccess;
  clock: Clock;
}): SharedItemsService {
  const { items: store, privateData, access, clock } = deps;

  /** The relationship, proven to include the caller and open for writes (closed generations answer `ended`). */
  const writable = async (caller: Caller, id: string) => {
    const found = await access.require(caller, id);
    orThrow(assertWritable(found.relationship));
    return { relationship: found.relationship, scope: sharedScope(found.relationship) };
  };
  const context = (caller: Caller, relationship: Relationship) => ({
    caller: caller.userId,
    members: relationship.members,
    nowIso: clock.now().toISOString(),
    nowMs: clock.now().getTime(),
  });

  /** Runs a conditional write; on a stale version answers 412 with the item as it is now. */
  const conditional = async <T>(
    write: () => Promise<string>,
    reread: () => Promise<Versioned<T> | null>,
  ): Promise<string> => {
    try {
      return await write();
    } catch (error) {
      if (error instanceof StaleVersionError) {
        const current = await reread();
        if (!current) throw notFound('That item no longer exists.');
        throw staleVersion(withEtag(current), current.etag);
      }
      if (error instanceof NotFoundError) throw notFound('That item no longer exists.');
      throw error;
    }
  };

  const { counted } = createCountedWrites(store);

  const ratingsOf = async (caller: Caller, id: string) => {
    const rows = await privateData.list(caller.tenantId, caller.userId, id);
    return new Map(rows.filter((r) => r.value.kind === 'rating').map((r) => [r.value.key, r.value.rating]));
  };

  const sameEtag = (tenantId: string, scope: string, kind: CountedKind, itemId: string, etag: string) => async () =>
    (await store.get(tenantId, scope, kind, itemId))?.etag === etag;

  return {
    async agenda(caller, id) {
      const { relationship, rows } = await store.withRelationship(caller.tenantId, id, 'agenda');
      access.check(caller, id, relationship);
      return sortAgenda(rows.map(withEtag));
    },

    async addAgendaItem(caller, id, text) {
      const { relationship, scope } = await writable(caller, id);
      const ctx = context(caller, relationship);
      const itemId = newItemId(ctx.nowMs);
      let item: StoredAgendaItem | undefined;
      const etag = await counted(caller.tenantId, scope, 'agenda', (openCount) => {
        const made = newAgendaItem(text, { ...ctx, id: itemId, openCount });
        if (!made.ok) return made;
        item = made.value;
        return { ok: true, value: { write: { op: 'create', row: made.value }, delta: 1 } };
      });
      return { ...item!, etag };
    },

    async patchAgendaItem(caller, id, itemId, ifMatch, patch) {
      const { relationship, scope } = await writable(caller, id);
      const current = await store.get(caller.tenantId, scope, 'agenda', itemId);
      if (!current) throw notFound('No such agenda item.');
      const next = orThrow(applyAgendaPatch(current.value, patch, context(caller, relationship)));
      const reread = () => store.get(caller.tenantId, scope, 'agenda', itemId);
      const delta = openAgendaDelta(current.value, next);
      const etag = await conditional(
        () =>
          delta === 0
            ? store.replace(caller.tenantId, scope, 'agenda', next, ifMatch)
            : counted(
                caller.tenantId,
                scope,
                'agenda',
                () => ({ ok: true, value: { write: { op: 'replace', row: next, etag: ifMatch }, delta } }),
                sameEtag(caller.tenantId, scope, 'agenda', itemId, ifMatch),
              ),
        reread,
      );
      return { ...next, etag };
    },

    async deleteAgendaItem(caller, id, itemId, ifMatch) {
      const { scope } = await writable(caller, id);
      const current = await store.get(caller.tenantId, scope, 'agenda', itemId);
      if (!current) return;
      const reread = () => store.get(caller.tenantId, scope, 'agenda', itemId);
      if (current.etag !== ifMatch) {
        throw staleVersion(withEtag(current), current.etag);
      }
      await conditional(async () => {
        if (!isOpenAgendaItem(current.value)) {
          await store.remove(caller.tenantId, scope, 'agenda', itemId, ifMatch);
          return '';
        }
        return counted(
          caller.tenantId,
          scope,
          'agenda',
          () => ({ ok: true, value: { write: { op: 'remove', id: itemId, etag: ifMatch }, delta: -1 } }),
          sameEtag(caller.tenantId, scope, 'agenda', itemId, ifMatch),
        );
      }, reread);
    },

    async commitments(caller, id) {
      const { relationship, rows } = await store.withRelationship(caller.tenantId, id, 'commitment');
      access.check(caller, id, relationship);
      return sortCommitments(rows.map(withEtag));
    },

    async addCommitment(caller, id, body) {
      const { relationship, scope } = await writable(caller, id);
      const ctx = context(caller, relationship);
      const itemId = newItemId(ctx.nowMs);
      let item: StoredCommitment | undefined;
      const etag = await counted(caller.tenantId, scope, 'commitment', (openCount) => {
        const made = newCommitment(body, { ...ctx, id: itemId, openCount });
        if (!made.ok) return made;
        item = made.value;
        return { ok: true, value: { write: { op: 'create', row: made.value }, delta: 1 } };
      });
      return { ...item!, etag };
    },

    async patchCommitment(caller, id, cid, ifMatch, patch) {
      const { relationship, scope } = await writable(caller, id);
      const current = await store.get(caller.tenantId, scope, 'commitment', cid);
      if (!current) throw notFound('No such commitment.');
      const next = orThrow(applyCommitmentPatch(current.value, patch, context(caller, relationship)));
      const delta = openCommitmentDelta(current.value, next);
      const etag = await conditional(
        () =>
          delta === 0
            ? store.replace(caller.tenantId, scope, 'commitment', next, ifMatch)
            : counted(
                caller.tenantId,
                scope,
                'commitment',
                () => ({ ok: true, value: { write: { op: 'replace', row: next, etag: ifMatch }, delta } }),
                sameEtag(caller.tenantId, scope, 'commitment', cid, ifMatch),
              ),
        () => store.get(caller.tenantId, scope, 'commitment', cid),
      );
      return { ...next, etag };
    },

    async meetings(caller, id) {
      // The caller's own ratings are read alongside; nothing is returned unless the check passes.
      const [{ relationship, rows }, ratings] = await Promise.all([
        store.withRelationship(caller.tenantId, id, 'meeting'),
        ratingsOf(caller, id),
      ]);
      access.check(caller, id, relationship);
      return sortMeetings(
        rows.map((row) => {
          const rating = ratings.get(row.value.id);
          return { ...withEtag(row), ...(rating ? { myRating: rating } : {}) };
        }),
      );
    },

    async addMeeting(caller, id, body) {
      const { relationship, scope } = await writable(caller, id);
      const meeting = orThrow(
        newMeeting(body, {
          caller: caller.userId,
          members: relationship.members,
          id: newItemId(clock.now().getTime()),
        }),
      );
      const etag = await store.create(caller.tenantId, scope, 'meeting', meeting);
      await access.refreshMeetingDates(caller.tenantId, id);
      return { ...meeting, etag };
    },

    async patchMeeting(caller, id, mid, ifMatch, patch) {
      const { relationship, scope } = await writable(caller, id);
      const current = await store.get(caller.tenantId, scope, 'meeting', mid);
      if (!current) throw notFound('No such meeting.');
      const change = orThrow(applyMeetingPatch(current.value, patch, context(caller, relationship)));
      const meeting = change.meeting;
      // Every PATCH is a conditional write of the meeting row, even a rating or a no-op: the tag
      // is checked (and moves) so parallel PATCHes with one tag have exactly one winner.
      const etag = await conditional(
        () => store.replace(caller.tenantId, scope, 'meeting', meeting, ifMatch),
        () => store.get(caller.tenantId, scope, 'meeting', mid),
      );
      if (change.heldChanged) await access.refreshMeetingDates(caller.tenantId, id);
      let myRating: number | undefined;
      if (change.rating !== undefined) {
        // The rating is private: it goes to the caller's own partition, never the shared one.
        const existing = await privateData.get(caller.tenantId, caller.userId, id, 'rating', mid);
        await privateData.put(
          caller.tenantId,
          caller.userId,
          { relationshipId: id, kind: 'rating', key: mid, rating: change.rating, updatedAt: clock.now().toISOString() },
          existing?.etag ?? null,
        );
        myRating = change.rating;
      } else {
        myRating = (await ratingsOf(caller, id)).get(mid);
      }
      return { ...meeting, etag, ...(myRating ? { myRating } : {}) };
    },
  };
}
