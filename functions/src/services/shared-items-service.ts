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
import { staleVersion } from '../http/conditional';
import { problems } from '../http/http-problem';
import type { Clock } from '../ports/clock';
import {
  NotFoundError,
  StaleVersionError,
  type RelationshipStore,
  type StoredAgendaItem,
  type StoredCommitment,
  type StoredMeeting,
  type Versioned,
} from '../ports/relationship-store';
import { newItemId } from '../relationships/relationship-ids';
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
const MAX_OPEN_ITEMS = 500;

/** The agenda, commitments and meetings both peers share: each item its own row, each edit conditional. */
export function createSharedItemsService(deps: {
  store: RelationshipStore;
  access: RelationshipAccess;
  clock: Clock;
}): SharedItemsService {
  const { store, access, clock } = deps;

  const requireMemberId = (field: string, value: string, members: readonly string[]) => {
    if (!members.includes(value)) throw problems.validation([{ field, reason: 'Must be one of the two peers' }]);
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
        if (!current) throw problems.notFound('That item no longer exists.');
        throw staleVersion(withEtag(current), current.etag);
      }
      if (error instanceof NotFoundError) throw problems.notFound('That item no longer exists.');
      throw error;
    }
  };

  const ratingsOf = async (caller: Caller, id: string) => {
    const rows = await store.listPrivate(caller.tenantId, caller.userId, id);
    return new Map(rows.filter((r) => r.value.kind === 'rating').map((r) => [r.value.key, r.value.rating]));
  };

  return {
    async agenda(caller, id) {
      const { relationship, rows } = await store.getWithRows(caller.tenantId, id, 'agenda');
      access.check(caller, id, relationship);
      return rows.map(withEtag).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    },

    async addAgendaItem(caller, id, text) {
      await access.require(caller, id);
      const now = clock.now().getTime();
      // Order by creation time: concurrent adds never contend for a shared counter.
      const item: StoredAgendaItem = { id: newItemId(now), text, addedBy: caller.userId, discussed: false, order: now };
      const etag = await store.createAgendaItem(caller.tenantId, id, item);
      return { ...item, etag };
    },

    async patchAgendaItem(caller, id, itemId, ifMatch, patch) {
      await access.require(caller, id);
      const current = await store.getAgendaItem(caller.tenantId, id, itemId);
      if (!current) throw problems.notFound('No such agenda item.');
      const next: StoredAgendaItem = { ...current.value, ...patch };
      const etag = await conditional(
        () => store.replaceAgendaItem(caller.tenantId, id, next, ifMatch),
        () => store.getAgendaItem(caller.tenantId, id, itemId),
      );
      return { ...next, etag };
    },

    async deleteAgendaItem(caller, id, itemId, ifMatch) {
      await access.require(caller, id);
      await conditional(
        async () => {
          await store.deleteAgendaItem(caller.tenantId, id, itemId, ifMatch);
          return '';
        },
        () => store.getAgendaItem(caller.tenantId, id, itemId),
      );
    },

    async commitments(caller, id) {
      const { relationship, rows } = await store.getWithRows(caller.tenantId, id, 'commitment');
      access.check(caller, id, relationship);
      return rows.map(withEtag).sort((a, b) => a.id.localeCompare(b.id));
    },

    async addCommitment(caller, id, body) {
      const { relationship } = await access.require(caller, id);
      requireMemberId('owner', body.owner, relationship.members);
      const existing = await store.listCommitments(caller.tenantId, id);
      if (existing.filter((c) => c.value.status === 'open').length >= MAX_OPEN_ITEMS) {
        throw problems.validation([{ field: 'text', reason: `At most ${MAX_OPEN_ITEMS} open commitments` }]);
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
      const etag = await store.createCommitment(caller.tenantId, id, item);
      await access.syncMemberships(caller.tenantId, relationship);
      return { ...item, etag };
    },

    async patchCommitment(caller, id, cid, ifMatch, patch) {
      const { relationship } = await access.require(caller, id);
      if (patch.owner !== undefined) requireMemberId('owner', patch.owner, relationship.members);
      const current = await store.getCommitment(caller.tenantId, id, cid);
      if (!current) throw problems.notFound('No such commitment.');
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
        () => store.replaceCommitment(caller.tenantId, id, next, ifMatch),
        () => store.getCommitment(caller.tenantId, id, cid),
      );
      await access.syncMemberships(caller.tenantId, relationship);
      return { ...next, etag };
    },

    async meetings(caller, id) {
      // The caller's own ratings are read alongside; nothing is returned unless the check passes.
      const [{ relationship, rows }, ratings] = await Promise.all([
        store.getWithRows(caller.tenantId, id, 'meeting'),
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
      const etag = await store.createMeeting(caller.tenantId, id, meeting);
      const refreshed = await access.refreshMeetingDates(caller.tenantId, id);
      await access.syncMemberships(caller.tenantId, refreshed.value);
      return { ...meeting, etag };
    },

    async patchMeeting(caller, id, mid, ifMatch, patch) {
      await access.require(caller, id);
      const current = await store.getMeeting(caller.tenantId, id, mid);
      if (!current) throw problems.notFound('No such meeting.');
      let etag = current.etag;
      let meeting = current.value;
      if (patch.held !== undefined && patch.held !== current.value.held) {
        meeting = { ...current.value, held: patch.held };
        etag = await conditional(
          () => store.replaceMeeting(caller.tenantId, id, meeting, ifMatch),
          () => store.getMeeting(caller.tenantId, id, mid),
        );
        const refreshed = await access.refreshMeetingDates(caller.tenantId, id);
        await access.syncMemberships(caller.tenantId, refreshed.value);
      }
      let myRating: number | undefined;
      if (patch.rating !== undefined) {
        // The rating is private: it goes to the caller's own partition, never the shared one.
        const existing = await store.getPrivate(caller.tenantId, caller.userId, id, 'rating', mid);
        await store.putPrivate(
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
