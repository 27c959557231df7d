import type { MyDataExport } from '../../../shared/contracts/me-operations';
import { NO_NOTE_ETAG } from '../../../shared/contracts/note-operations';
import {
  FORMER_MEMBER,
  relationshipIdSchema,
  type PrivateNote,
  type Relationship,
} from '../../../shared/relationships/relationship-schemas';
import { isMember } from '../../../shared/relationships/member-rules';
import type { Caller } from '../auth/caller';
import { transition } from '../../../shared/relationships/lifecycle';
import { lifecycleOf, withLifecycle } from '../../../shared/relationships/lifecycle-record';
import type { LifecycleEffects } from '../lifecycle/lifecycle-effects';
import { outboxFor } from '../lifecycle/outbox-for-transition';
import { sharedScope } from '../relationships/shared-scope';
import { orThrow } from './app-errors';
import type { Clock } from '../ports/clock';
import type { MembershipIndex } from '../ports/membership-index';
import type { PrivateRecord, PrivateRecords } from '../ports/private-records';
import type { RelationshipRecords } from '../ports/relationship-records';
import type { SharedItemRecords } from '../ports/shared-item-records';
import { AlreadyExistsError, StaleVersionError } from '../ports/store-errors';
import type { Versioned } from '../ports/versioned';
import { invalidInput, staleVersion } from './app-errors';
import type { RelationshipAccess } from './relationship-access';
import type { SharedItemsService } from './shared-items-service';

export interface PrivateDataService {
  note(caller: Caller, id: string, meetingId?: string): Promise<Versioned<PrivateNote>>;
  putNote(
    caller: Caller,
    id: string,
    meetingId: string | undefined,
    ifMatch: string,
    text: string,
  ): Promise<Versioned<PrivateNote>>;
  exportFor(caller: Caller): Promise<MyDataExport>;
  deleteMe(caller: Caller): Promise<{ relationships: number; privateItems: number }>;
}

interface Records {
  relationships: RelationshipRecords;
  sharedItems: SharedItemRecords;
  privateData: PrivateRecords;
  memberships: MembershipIndex;
}

/** What belongs to one person alone: notes, ratings, decline reasons; their export and their erasure. */
export function createPrivateDataService(deps: {
  records: Records;
  access: RelationshipAccess;
  items: SharedItemsService;
  clock: Clock;
  effects: LifecycleEffects;
}): PrivateDataService {
  const { records, access, items, clock } = deps;
  const { privateData, memberships } = records;

  const noteKey = async (caller: Caller, id: string, meetingId?: string) => {
    const scope = sharedScope((await access.require(caller, id)).relationship);
    if (meetingId && !(await records.sharedItems.get(caller.tenantId, scope, 'meeting', meetingId))) {
      throw invalidInput('meeting', 'No such meeting in this relationship');
    }
    return meetingId ?? 'relationship';
  };

  return {
    async note(caller, id, meetingId) {
      if (!relationshipIdSchema.safeParse(id).success) throw invalidInput('id', 'Not a relationship id');
      const key = meetingId ?? 'relationship';
      // One query on the caller's own partition: the membership marker and the note come together.
      const mine = await privateData.list(caller.tenantId, caller.userId, id);
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
        const etag = await privateData.put(
          caller.tenantId,
          caller.userId,
          record,
          ifMatch === NO_NOTE_ETAG ? null : ifMatch,
        );
        return { value: { text, updatedAt: record.updatedAt }, etag };
      } catch (error) {
        if (error instanceof StaleVersionError || error instanceof AlreadyExistsError) {
          // Only the author writes here, so this is the same person in two windows: show them the newer text.
          const current = await privateData.get(caller.tenantId, caller.userId, id, 'note', key);
          throw staleVersion(
            { text: current?.value.text ?? '', updatedAt: current?.value.updatedAt ?? null },
            current?.etag ?? NO_NOTE_ETAG,
          );
        }
        throw error;
      }
    },

    async exportFor(caller) {
      const mineIndexed = await memberships.list(caller.tenantId, caller.userId);
      const relationships = await Promise.all(
        mineIndexed.map(async (m) => {
          const detail = await access.require(caller, m.relationshipId).then((a) => access.detail(caller, a));
          const [agenda, commitments, meetings] = await Promise.all([
            items.agenda(caller, m.relationshipId),
            items.commitments(caller, m.relationshipId),
            items.meetings(caller, m.relationshipId),
          ]);
          return { relationship: detail, agenda, commitments, meetings };
        }),
      );
      const mine = await privateData.list(caller.tenantId, caller.userId);
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
      const indexed = await memberships.list(caller.tenantId, caller.userId);
      for (const membership of indexed) {
        await forgetMember(records, caller, membership.relationshipId, deps.effects, clock.now().getTime());
      }
      const mine = await privateData.list(caller.tenantId, caller.userId);
      await privateData.eraseUser(caller.tenantId, caller.userId);
      // Membership markers are bookkeeping; the count is of what the person wrote.
      return { relationships: indexed.length, privateItems: mine.filter((r) => r.value.kind !== 'member').length };
    },
  };
}

/**
 * Replaces the caller's id on everything shared with "a former member" and ends the relationship:
 * the peer keeps what both wrote, but nothing points back to the person who left.
 */
async function forgetMember(records: Records, caller: Caller, id: string, effects: LifecycleEffects, nowMs: number) {
  const { sharedItems, relationships } = records;
  const swap = (userId: string) => (userId === caller.userId ? FORMER_MEMBER : userId);
  const first = await relationships.get(caller.tenantId, id);
  if (!first || !isMember(caller.userId, first.value.members)) return;
  const scope = sharedScope(first.value);
  const [agenda, commitments] = await Promise.all([
    sharedItems.list(caller.tenantId, scope, 'agenda'),
    sharedItems.list(caller.tenantId, scope, 'commitment'),
  ]);
  for (const row of agenda) {
    if (row.value.addedBy === caller.userId) {
      await sharedItems.replace(caller.tenantId, scope, 'agenda', { ...row.value, addedBy: FORMER_MEMBER }, '*');
    }
  }
  for (const row of commitments) {
    if (row.value.owner === caller.userId || row.value.createdBy === caller.userId) {
      const next = { ...row.value, owner: swap(row.value.owner), createdBy: swap(row.value.createdBy) };
      await sharedItems.replace(caller.tenantId, scope, 'commitment', next, '*');
    }
  }
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const current = await relationships.get(caller.tenantId, id);
    if (!current || !isMember(caller.userId, current.value.members)) return;
    // The state machine's erasure: the relationship ends, and what the person organised or attended is cleared.
    const step = orThrow(
      transition(lifecycleOf(current.value), { type: 'leave-by-erasure', by: caller.userId }, nowMs),
    );
    const nowIso = new Date(nowMs).toISOString();
    const next: Relationship = {
      ...withLifecycle(current.value, step.lifecycle, nowIso),
      version: current.value.version + 1,
    };
    const entries = outboxFor(step, {
      tenantId: caller.tenantId,
      relationshipId: id,
      version: next.version,
      nowIso,
      actorName: '',
    });
    try {
      await relationships.replace(caller.tenantId, next, current.etag, undefined, entries);
      await effects.applyFor(caller.tenantId, id);
      return;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
}
