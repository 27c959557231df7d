import {
  FORMER_MEMBER,
  relationshipIdSchema,
  type PrivateNote,
  type Relationship,
} from '../../../shared/relationships/relationship-schemas';
import type { Caller } from '../auth/caller';
import { staleVersion } from '../http/conditional';
import { problems } from '../http/http-problem';
import type { Clock } from '../ports/clock';
import {
  AlreadyExistsError,
  StaleVersionError,
  type PrivateRecord,
  type RelationshipStore,
} from '../ports/relationship-store';
import type { RelationshipAccess } from './relationship-access';
import type { SharedItemsService } from './shared-items-service';

/** The version tag of a note that does not exist yet: PUT with it creates the note. */
export const NO_NOTE_ETAG = '"0"';

export interface PrivateDataService {
  note(caller: Caller, id: string, meetingId?: string): Promise<{ value: PrivateNote; etag: string }>;
  putNote(
    caller: Caller,
    id: string,
    meetingId: string | undefined,
    ifMatch: string,
    text: string,
  ): Promise<{ value: PrivateNote; etag: string }>;
  exportFor(caller: Caller): Promise<unknown>;
  deleteMe(caller: Caller): Promise<{ relationships: number; privateItems: number }>;
}

/** What belongs to one person alone: notes, ratings, decline reasons; their export and their erasure. */
export function createPrivateDataService(deps: {
  store: RelationshipStore;
  access: RelationshipAccess;
  items: SharedItemsService;
  clock: Clock;
}): PrivateDataService {
  const { store, access, items, clock } = deps;

  const noteKey = async (caller: Caller, id: string, meetingId?: string) => {
    if (meetingId && !(await store.getMeeting(caller.tenantId, id, meetingId))) {
      throw problems.validation([{ field: 'meeting', reason: 'No such meeting in this relationship' }]);
    }
    return meetingId ?? 'relationship';
  };

  return {
    async note(caller, id, meetingId) {
      if (!relationshipIdSchema.safeParse(id).success) {
        throw problems.validation([{ field: 'id', reason: 'Not a relationship id' }]);
      }
      const key = meetingId ?? 'relationship';
      // One query on the caller's own partition: the membership marker and the note come together.
      const mine = await store.listPrivate(caller.tenantId, caller.userId, id);
      if (!mine.some((r) => r.value.kind === 'member')) await access.require(caller, id);
      if (meetingId) await noteKey(caller, id, meetingId);
      const row = mine.find((r) => r.value.kind === 'note' && r.value.key === key);
      if (!row) return { value: { text: '', updatedAt: null }, etag: NO_NOTE_ETAG };
      return { value: { text: row.value.text ?? '', updatedAt: row.value.updatedAt }, etag: row.etag };
    },

    async putNote(caller, id, meetingId, ifMatch, text) {
      await access.require(caller, id);
      const key = await noteKey(caller, id, meetingId);
      const record: PrivateRecord = {
        relationshipId: id,
        kind: 'note',
        key,
        text,
        updatedAt: clock.now().toISOString(),
      };
      try {
        const etag = await store.putPrivate(
          caller.tenantId,
          caller.userId,
          record,
          ifMatch === NO_NOTE_ETAG ? null : ifMatch,
        );
        return { value: { text, updatedAt: record.updatedAt }, etag };
      } catch (error) {
        if (error instanceof StaleVersionError || error instanceof AlreadyExistsError) {
          // Only the author writes here, so this is the same person in two windows: show them the newer text.
          const current = await store.getPrivate(caller.tenantId, caller.userId, id, 'note', key);
          throw staleVersion(
            { text: current?.value.text ?? '', updatedAt: current?.value.updatedAt ?? null },
            current?.etag ?? NO_NOTE_ETAG,
          );
        }
        throw error;
      }
    },

    async exportFor(caller) {
      const memberships = await store.listMemberships(caller.tenantId, caller.userId);
      const relationships = await Promise.all(
        memberships.map(async (m) => {
          const detail = await access.require(caller, m.relationshipId).then((a) => access.detail(caller, a));
          const [agenda, commitments, meetings] = await Promise.all([
            items.agenda(caller, m.relationshipId),
            items.commitments(caller, m.relationshipId),
            items.meetings(caller, m.relationshipId),
          ]);
          return { relationship: detail, agenda, commitments, meetings };
        }),
      );
      const mine = await store.listPrivate(caller.tenantId, caller.userId);
      return {
        exportedAt: clock.now().toISOString(),
        user: { id: caller.userId, tenantId: caller.tenantId },
        relationships,
        privateNotes: mine
          .filter((r) => r.value.kind === 'note')
          .map((r) => ({
            relationshipId: r.value.relationshipId,
            meeting: r.value.key,
            text: r.value.text,
            updatedAt: r.value.updatedAt,
          })),
        declineReasons: mine
          .filter((r) => r.value.kind === 'decline')
          .map((r) => ({ relationshipId: r.value.relationshipId, text: r.value.text, updatedAt: r.value.updatedAt })),
      };
    },

    async deleteMe(caller) {
      const memberships = await store.listMemberships(caller.tenantId, caller.userId);
      for (const membership of memberships) {
        await forgetMember(store, access, caller, membership.relationshipId);
        await store.deleteMembership(caller.tenantId, caller.userId, membership.relationshipId);
      }
      const mine = await store.listPrivate(caller.tenantId, caller.userId);
      await Promise.all(mine.map((row) => store.deletePrivate(caller.tenantId, caller.userId, row.value)));
      // Membership markers are bookkeeping; the count is of what the person wrote.
      return { relationships: memberships.length, privateItems: mine.filter((r) => r.value.kind !== 'member').length };
    },
  };
}

/**
 * Replaces the caller's id on everything shared with "a former member" and ends the relationship:
 * the peer keeps what both wrote, but nothing points back to the person who left.
 */
async function forgetMember(store: RelationshipStore, access: RelationshipAccess, caller: Caller, id: string) {
  const swap = (userId: string) => (userId === caller.userId ? FORMER_MEMBER : userId);
  const [agenda, commitments] = await Promise.all([
    store.listAgenda(caller.tenantId, id),
    store.listCommitments(caller.tenantId, id),
  ]);
  for (const row of agenda) {
    if (row.value.addedBy === caller.userId) {
      await store.replaceAgendaItem(caller.tenantId, id, { ...row.value, addedBy: FORMER_MEMBER }, '*');
    }
  }
  for (const row of commitments) {
    if (row.value.owner === caller.userId || row.value.createdBy === caller.userId) {
      await store.replaceCommitment(
        caller.tenantId,
        id,
        { ...row.value, owner: swap(row.value.owner), createdBy: swap(row.value.createdBy) },
        '*',
      );
    }
  }
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const current = await store.getRelationship(caller.tenantId, id);
    if (!current || !current.value.members.includes(caller.userId)) return;
    const { pendingWith: _p, ...rest } = current.value;
    const next: Relationship = {
      ...rest,
      members: current.value.members.map(swap) as [string, string],
      initiatedBy: swap(current.value.initiatedBy),
      status: 'ended',
      version: current.value.version + 1,
    };
    try {
      await store.replaceRelationship(caller.tenantId, next, current.etag);
      await access.syncMemberships(caller.tenantId, next);
      return;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
}
