import type {
  CreateRelationship,
  PatchRelationship,
  PeerProfile,
  Relationship,
  RelationshipDetail,
  RelationshipListItem,
  RespondToInvitation,
} from '../../../shared/relationships/relationship-schemas';
import type { Caller } from '../auth/caller';
import type { Clock } from '../ports/clock';
import type { Directory } from '../ports/directory';
import type { MembershipIndex } from '../ports/membership-index';
import type { Notifier } from '../ports/notifier';
import type { PrivateRecords } from '../ports/private-records';
import type { RelationshipRecords } from '../ports/relationship-records';
import { AlreadyExistsError, StaleVersionError } from '../ports/store-errors';
import type { Versioned } from '../ports/versioned';
import { relationshipIdFor } from '../relationships/relationship-ids';
import { invalidInput, staleVersion } from './app-errors';
import type { RelationshipAccess } from './relationship-access';

export interface RelationshipService {
  list(caller: Caller): Promise<RelationshipListItem[]>;
  create(
    caller: Caller,
    body: CreateRelationship & { format: Relationship['format'] },
  ): Promise<Versioned<RelationshipDetail> & { created: boolean }>;
  get(caller: Caller, id: string): Promise<Versioned<RelationshipDetail>>;
  patch(caller: Caller, id: string, ifMatch: string, patch: PatchRelationship): Promise<Versioned<RelationshipDetail>>;
  respond(caller: Caller, id: string, body: RespondToInvitation): Promise<Versioned<RelationshipDetail>>;
}

export function createRelationshipService(deps: {
  relationships: RelationshipRecords;
  memberships: MembershipIndex;
  privateData: PrivateRecords;
  directory: Directory;
  access: RelationshipAccess;
  clock: Clock;
  notifier: Notifier;
  /** Deep link that opens the Peers tab, for notifications. */
  tabLink: string;
}): RelationshipService {
  const { relationships, memberships, privateData, directory, access, clock, notifier } = deps;

  /** Conditional replace of the relationship (the store re-indexes it); a stale etag → 412 with the current one. */
  const save = async (caller: Caller, next: Relationship, etag: string, peerId: string) => {
    let newEtag: string;
    try {
      newEtag = await relationships.replace(caller.tenantId, next, etag);
    } catch (error) {
      if (error instanceof StaleVersionError) {
        const current = await access.require(caller, next.id);
        throw staleVersion(await access.detail(caller, current), current.etag);
      }
      throw error;
    }
    return { value: await access.detail(caller, { relationship: next, peerId }), etag: newEtag };
  };

  return {
    async list(caller) {
      const indexed = await memberships.list(caller.tenantId, caller.userId);
      return indexed.map(({ relationship, peer, openMine, openTheirs }) => {
        const { members: _m, createdAt: _c, ...summary } = relationship;
        return {
          ...summary,
          peer,
          ...access.health(relationship),
          openCommitments: { mine: openMine, theirs: openTheirs },
        };
      });
    },

    async create(caller, body) {
      const peer = await directory.findUser(caller, body.peer);
      if (!peer) throw invalidInput('peer', 'No user with this id or mail in your organisation');
      if (peer.id === caller.userId) throw invalidInput('peer', 'A peer 1:1 needs someone other than you');
      const id = relationshipIdFor(caller.tenantId, caller.userId, peer.id);
      const existing = await relationships.get(caller.tenantId, id);
      if (existing && existing.value.members.includes(caller.userId)) {
        return {
          value: await access.detail(caller, { relationship: existing.value, peerId: peer.id }),
          etag: existing.etag,
          created: false,
        };
      }

      const relationship: Relationship = {
        id,
        members: [caller.userId, peer.id].sort() as [string, string],
        initiatedBy: caller.userId,
        status: 'invited',
        pendingWith: peer.id,
        goal: body.goal,
        ...(body.goalNote ? { goalNote: body.goalNote } : {}),
        cadenceWeeks: body.cadenceWeeks,
        format: body.format,
        createdAt: clock.now().toISOString(),
        version: (existing?.value.version ?? 0) + 1,
      };
      const me = await directory.findUser(caller, caller.userId);
      const profiles: Record<string, PeerProfile> = { [peer.id]: peer, ...(me ? { [caller.userId]: me } : {}) };
      let etag: string;
      try {
        etag = existing
          ? await relationships.replace(caller.tenantId, relationship, existing.etag, profiles)
          : await relationships.create(caller.tenantId, relationship, profiles);
      } catch (error) {
        if (!(error instanceof AlreadyExistsError) && !(error instanceof StaleVersionError)) throw error;
        // The peer created it at the same moment: there is one relationship, and it is theirs too.
        const winner = await access.require(caller, id);
        // Their write may still be indexing; repairing from the record is idempotent.
        await memberships.repair(caller.tenantId, id, profiles);
        return { value: await access.detail(caller, winner), etag: winner.etag, created: false };
      }
      const actor = me?.displayName ?? caller.name ?? 'A colleague';
      // The invitation also waits in the invitee's tab, so a failed notification must not fail the invite.
      await notifier
        .notify(caller, peer.id, {
          type: 'peerInvitation',
          previewText: `${actor} would like a peer 1:1 with you every ${relationship.cadenceWeeks} weeks`,
          templateParameters: { actor },
          deepLink: deps.tabLink,
        })
        .catch(() => undefined);
      return { value: { ...relationship, peer, ...access.health(relationship) }, etag, created: true };
    },

    async get(caller, id) {
      const found = await access.require(caller, id);
      return { value: await access.detail(caller, found), etag: found.etag };
    },

    async patch(caller, id, ifMatch, patch) {
      const found = await access.require(caller, id);
      if (found.etag !== ifMatch) throw staleVersion(await access.detail(caller, found), found.etag);
      const current = found.relationship;
      if (current.status === 'ended' && patch.status === undefined) {
        throw invalidInput('status', 'This relationship has ended; it can no longer change');
      }
      const next: Relationship = { ...current, version: current.version + 1 };
      if (patch.goal !== undefined) next.goal = patch.goal;
      if (patch.goalNote !== undefined) {
        if (patch.goalNote) next.goalNote = patch.goalNote;
        else delete next.goalNote;
      }
      if (patch.cadenceWeeks !== undefined) next.cadenceWeeks = patch.cadenceWeeks;
      if (patch.format !== undefined) next.format = patch.format;
      if (patch.pausedUntil !== undefined) {
        if (current.status === 'invited') {
          throw invalidInput('pausedUntil', 'Only an active relationship can be paused');
        }
        if (patch.pausedUntil === null) {
          delete next.pausedUntil;
          if (next.status === 'paused') next.status = 'active';
        } else {
          if (patch.pausedUntil <= clock.now().toISOString().slice(0, 10)) {
            throw invalidInput('pausedUntil', 'Pause until a date in the future');
          }
          next.pausedUntil = patch.pausedUntil;
          next.status = 'paused';
        }
      }
      if (patch.status === 'ended') {
        next.status = 'ended';
        delete next.pendingWith;
      }
      return save(caller, next, found.etag, found.peerId);
    },

    async respond(caller, id, body) {
      const found = await access.require(caller, id);
      const current = found.relationship;
      if (current.status !== 'invited' || current.pendingWith !== caller.userId) {
        throw invalidInput('action', 'There is no invitation waiting for your answer');
      }
      const next: Relationship = { ...current, version: current.version + 1 };
      if (body.action === 'accept') {
        next.status = 'active';
        next.answer = 'accepted';
        delete next.pendingWith;
      } else if (body.action === 'propose') {
        next.cadenceWeeks = body.cadenceWeeks;
        next.pendingWith = found.peerId;
      } else {
        next.status = 'ended';
        next.answer = 'not-now';
        delete next.pendingWith;
        if (body.reason) {
          // The reason is the decliner's alone: it lives in their private partition.
          await privateData.put(
            caller.tenantId,
            caller.userId,
            {
              relationshipId: id,
              kind: 'decline',
              key: 'relationship',
              text: body.reason,
              updatedAt: clock.now().toISOString(),
            },
            (await privateData.get(caller.tenantId, caller.userId, id, 'decline', 'relationship'))?.etag ?? null,
          );
        }
      }
      return save(caller, next, found.etag, found.peerId);
    },
  };
}
