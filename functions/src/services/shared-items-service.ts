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
import type {
  SharedItemRecords,
  StoredAgendaItem,
  StoredCommitment,
  StoredMeeting,
} from '../ports/shared-item-records';
import { NotFoundError, StaleVersionError } from '../ports/store-errors';
import type { Versioned } from '../ports/versioned';
import { newItemId } from '../relationships/relationship-ids';
import { invalidInput, notFound, staleVersion } from './app-errors';
import type { RelationshipAccess } from './relationship-access';
import { withoutUndefined } from '../../../shared/model/without-undefined';

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
const MAX_OPEN_ITEMS = 500;

/** The agenda, commitments and meetings both peers share: each item its own row, each edit conditional. */
export function createSharedItemsService(deps: {
  items: SharedItemRecords;
  privateData: PrivateRecords;
  access: RelationshipAccess;
  clock: Clock;
}): SharedItemsService {
  const { items: store, privateData, access, clock } = deps;

  const requireMemberId = (field: string, value: string, members: readonly string[]) => {
    if (!members.includes(value)) throw invalidInput(field, 'Must be one of the two peers');
  };

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

  const ratingsOf = async (caller: Caller, id: string) => {
    const rows = await privateData.list(caller.tenantId, caller.userId, id);
    return new Map(rows.filter((r) => r.value.kind === 'rating').map((r) => [r.value.key, r.value.rating]));
  };

  return {
    async agenda(caller, id) {
      const { relationship, rows } = await store.withRelationship(caller.tenantId, id, 'agenda');
      access.check(caller, id, relationship);
      return rows.map(withEtag).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    },

    async addAgendaItem(caller, id, text) {
      await access.require(caller, id);
      const now = clock.now().getTime();
      // Order by creation time: concurrent adds never contend for a shared counter.
      const item: StoredAgendaItem = { id: newItemId(now), text, addedBy: caller.userId, discussed: false, order: now };
      const etag = await store.create(caller.tenantId, id, 'agenda', item);
      return { ...item, etag };
    },

    async patchAgendaItem(caller, id, itemId, ifMatch, patch) {
      await access.require(caller, id);
      const current = await store.get(caller.tenantId, id, 'agenda', itemId);
      if (!current) throw notFound('No such agenda item.');
      const next: StoredAgendaItem = { ...current.value, ...withoutUndefined(patch) };
      const etag = await conditional(
        () => store.replace(caller.tenantId, id, 'agenda', next, ifMatch),
        () => store.get(caller.tenantId, id, 'agenda', itemId),
      );
      return { ...next, etag };
    },

    async deleteAgendaItem(caller, id, itemId, ifMatch) {
      await access.require(caller, id);
      await conditional(
        async () => {
          await store.remove(caller.tenantId, id, 'agenda', itemId, ifMatch);
          return '';
        },
        () => store.get(caller.tenantId, id, 'agenda', itemId),
      );
    },

    async commitments(caller, id) {
      const { relationship, rows } = await store.withRelationship(caller.tenantId, id, 'commitment');
      access.check(caller, id, relationship);
      return rows.map(withEtag).sort((a, b) => a.id.localeCompare(b.id));
    },

    async addCommitment(caller, id, body) {
      const { relationship } = await access.require(caller, id);
      requireMemberId('owner', body.owner, relationship.members);
      const existing = await store.list(caller.tenantId, id, 'commitment');
      if (existing.filter((c) => c.value.status === 'open').length >= MAX_OPEN_ITEMS) {
        throw invalidInput('text', `At most ${MAX_OPEN_ITEMS} open commitments`);
      }
      const now = clock.now();
      const item: StoredCommitment = {
        id: newItemId(now.getTime()),
        text: body.text,
        owner: body.owner,
        ...(body.dueDate ? { dueDate: body.dueDate } : {}),
        status: 'open',
        createdBy: caller.userId,
        createdAt: now.toISOString(),
      };
      const etag = await store.create(caller.tenantId, id, 'commitment', item);
      return { ...item, etag };
    },

    async patchCommitment(caller, id, cid, ifMatch, patch) {
      const { relationship } = await access.require(caller, id);
      if (patch.owner !== undefined) requireMemberId('owner', patch.owner, relationship.members);
      const current = await store.get(caller.tenantId, id, 'commitment', cid);
      if (!current) throw notFound('No such commitment.');
      const next: StoredCommitment = { ...current.value };
      if (patch.text !== undefined) next.text = patch.text;
      if (patch.owner !== undefined) next.owner = patch.owner;
      if (patch.dueDate !== undefined) {
        if (patch.dueDate) next.dueDate = patch.dueDate;
        else delete next.dueDate;
      }
      if (patch.status !== undefined && patch.status !== current.value.status) {
        next.status = patch.status;
        if (patch.status === 'done') next.doneAt = clock.now().toISOString();
        else delete next.doneAt;
      }
      const etag = await conditional(
        () => store.replace(caller.tenantId, id, 'commitment', next, ifMatch),
        () => store.get(caller.tenantId, id, 'commitment', cid),
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
      return rows
        .map((row) => {
          const rating = ratings.get(row.value.id);
          return { ...withEtag(row), ...(rating ? { myRating: rating } : {}) };
        })
        .sort((a, b) => a.start.localeCompare(b.start));
    },

    async addMeeting(caller, id, body) {
      await access.require(caller, id);
      const meeting: StoredMeeting = {
        id: newItemId(clock.now().getTime()),
        start: new Date(body.start).toISOString(),
        end: new Date(body.end).toISOString(),
        ...(body.eventId ? { eventId: body.eventId } : {}),
        ...(body.iCalUId ? { iCalUId: body.iCalUId } : {}),
        held: false,
      };
      const etag = await store.create(caller.tenantId, id, 'meeting', meeting);
      await access.refreshMeetingDates(caller.tenantId, id);
      return { ...meeting, etag };
    },

    async patchMeeting(caller, id, mid, ifMatch, patch) {
      await access.require(caller, id);
      const current = await store.get(caller.tenantId, id, 'meeting', mid);
      if (!current) throw notFound('No such meeting.');
      let etag = current.etag;
      let meeting = current.value;
      if (patch.held !== undefined && patch.held !== current.value.held) {
        meeting = { ...current.value, held: patch.held };
        etag = await conditional(
          () => store.replace(caller.tenantId, id, 'meeting', meeting, ifMatch),
          () => store.get(caller.tenantId, id, 'meeting', mid),
        );
        await access.refreshMeetingDates(caller.tenantId, id);
      }
      let myRating: number | undefined;
      if (patch.rating !== undefined) {
        // The rating is private: it goes to the caller's own partition, never the shared one.
        const existing = await privateData.get(caller.tenantId, caller.userId, id, 'rating', mid);
        await privateData.put(
          caller.tenantId,
          caller.userId,
          { relationshipId: id, kind: 'rating', key: mid, rating: patch.rating, updatedAt: clock.now().toISOString() },
          existing?.etag ?? null,
        );
        myRating = patch.rating;
      } else {
        myRating = (await ratingsOf(caller, id)).get(mid);
      }
      return { ...meeting, etag, ...(myRating ? { myRating } : {}) };
    },
  };
}
