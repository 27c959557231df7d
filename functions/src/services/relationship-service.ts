import type {
  CreateRelationship,
  PatchRelationship,
  PeerProfile,
  Relationship,
  RelationshipDetail,
  RelationshipListItem,
  RespondToInvitation,
} from '../../../shared/relationships/relationship-schemas';
import { isMember } from '../../../shared/relationships/member-rules';
import type { Caller } from '../auth/caller';
import type { Clock } from '../ports/clock';
import type { Directory } from '../ports/directory';
import type { MembershipIndex } from '../ports/membership-index';
import type { PrivateRecords } from '../ports/private-records';
import type { RelationshipRecords } from '../ports/relationship-records';
import { AlreadyExistsError, StaleVersionError } from '../ports/store-errors';
import type { Versioned } from '../ports/versioned';
import { relationshipIdFor } from '../relationships/relationship-ids';
import { checkPeer } from '../../../shared/relationships/peer-eligibility';
import { isClosed, transition } from '../../../shared/relationships/lifecycle';
import { lifecycleOf, withLifecycle } from '../../../shared/relationships/lifecycle-record';
import { planRelationshipPatch } from '../../../shared/relationships/relationship-patch';
import type { LifecycleAction, Transition } from '../../../shared/relationships/lifecycle-types';
import type { LifecycleEffects } from '../lifecycle/lifecycle-effects';
import { outboxFor } from '../lifecycle/outbox-for-transition';
import { orThrow, staleVersion } from './app-errors';
import type { RelationshipAccess } from './relationship-access';
import { bookingRequestFor } from './booking-request';
import type { GuidanceService } from './guidance-service';
import type { MailboxZones } from '../ports/mailbox-zones';
import type { SharedItemRecords } from '../ports/shared-item-records';

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
  /** Applies a transition's queued calendar effects and notifications right after its write. */
  effects: LifecycleEffects;
  /** What an accept needs to book the proposed time (the organiser's zone comes app-only). */
  booking: { guidance: GuidanceService; records: SharedItemRecords; zones: MailboxZones };
}): RelationshipService {
  const { relationships, memberships, privateData, directory, access, clock, effects } = deps;

  /** The series request for a transition that books (an accept of a proposed time), else undefined. */
  const bookingFor = async (caller: Caller, relationship: Relationship, peerId: string, step: Transition) => {
    const effect = step.calendar.find((c) => c.kind === 'book-series');
    const slot = relationship.proposedSlot;
    if (!effect || !slot) return undefined;
    const organizerId = effect.series.organizer;
    const [me, membership] = await Promise.all([
      directory.profileOf(caller),
      memberships.get(caller.tenantId, caller.userId, relationship.id),
    ]);
    const peer = membership?.peer ?? (await directory.findUser(caller, peerId));
    const iOrganise = organizerId === caller.userId;
    const zone = iOrganise ? me.timeZone : await deps.booking.zones.zoneOf(caller.tenantId, organizerId);
    const organizer = {
      id: organizerId,
      displayName: (iOrganise ? me : peer)?.displayName ?? '',
      timeZone: zone ?? 'UTC',
    };
    const attendee = iOrganise
      ? { id: peerId, displayName: peer?.displayName ?? '', mail: peer?.mail ?? null }
      : { id: caller.userId, displayName: me.displayName, mail: me.mail || null };
    const request = await bookingRequestFor(deps.booking, caller, relationship, { organizer, attendee }, slot);
    return { request, slot };
  };

  const actorName = async (caller: Caller) =>
    (await directory.findUser(caller, caller.userId).catch(() => null))?.displayName ?? caller.name ?? 'A colleague';

  /**
   * Writes the relationship after a transition together with its outbox rows (one transaction),
   * then applies them; a stale etag answers 412 with the current version.
   */
  const commit = async (caller: Caller, next: Relationship, etag: string, peerId: string, step: Transition | null) => {
    const nowIso = clock.now().toISOString();
    const booking = step ? await bookingFor(caller, next, peerId, step) : undefined;
    const entries = step
      ? outboxFor(step, {
          tenantId: caller.tenantId,
          relationshipId: next.id,
          version: next.version,
          nowIso,
          actorName: step.notifications.length > 0 ? await actorName(caller) : '',
          booking,
        })
      : [];
    let newEtag: string;
    try {
      newEtag = await relationships.replace(caller.tenantId, next, etag, undefined, entries);
    } catch (error) {
      if (error instanceof StaleVersionError || error instanceof AlreadyExistsError) {
        const current = await access.require(caller, next.id);
        throw staleVersion(await access.detail(caller, current), current.etag);
      }
      throw error;
    }
    if (entries.length > 0) await effects.applyFor(caller.tenantId, next.id, caller);
    if (booking) {
      // The booking recorded its event and first meeting on the relationship: answer with that.
      const booked = await access.require(caller, next.id);
      return { value: await access.detail(caller, booked), etag: booked.etag };
    }
    return { value: await access.detail(caller, { relationship: next, peerId }), etag: newEtag };
  };

  /** The relationship after a step: its life-cycle fields, a new version, and whether to offer times. */
  const stepped = (current: Relationship, step: Transition, base: Relationship = current): Relationship => {
    const { offerTimes: _o, ...next } = withLifecycle(base, step.lifecycle, clock.now().toISOString());
    return { ...next, version: current.version + 1, ...(step.offerTimes ? { offerTimes: true } : {}) };
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
      const [peer, line] = await Promise.all([directory.findUser(caller, body.peer), directory.reportingLine(caller)]);
      const peerId = orThrow(checkPeer(caller.userId, { id: peer?.id ?? null }, line));
      const id = relationshipIdFor(caller.tenantId, caller.userId, peerId);
      const existing = await relationships.get(caller.tenantId, id);
      const live = existing && !isClosed(lifecycleOf(existing.value));
      if (existing && live && isMember(caller.userId, existing.value.members)) {
        return {
          value: await access.detail(caller, { relationship: existing.value, peerId }),
          etag: existing.etag,
          created: false,
        };
      }
      const nowMs = clock.now().getTime();
      const step = orThrow(
        transition(
          existing ? lifecycleOf(existing.value) : null,
          {
            type: 'invite',
            by: caller.userId,
            peer: peerId,
            cadenceWeeks: body.cadenceWeeks,
            proposedSlot: body.proposedSlot,
          },
          nowMs,
        ),
      );
      const fresh: Relationship = {
        id,
        members: [caller.userId, peerId].sort() as [string, string],
        initiatedBy: caller.userId,
        status: 'invited',
        goal: body.goal,
        cadenceWeeks: body.cadenceWeeks,
        format: body.format,
        createdAt: new Date(nowMs).toISOString(),
        version: 1,
      };
      // A new generation keeps nothing of the old one but its id and version counter.
      const invited = existing
        ? stepped(existing.value, step, { ...fresh, generation: existing.value.generation ?? 1 })
        : stepped({ ...fresh, version: 0 }, step, fresh);
      const relationship: Relationship = {
        ...invited,
        ...(body.goalNote ? { goalNote: body.goalNote } : {}),
        ...(body.proposedSlot ? { proposedSlot: body.proposedSlot } : {}),
      };
      const me = await directory.findUser(caller, caller.userId);
      const profiles: Record<string, PeerProfile> = {
        ...(peer ? { [peerId]: peer } : {}),
        ...(me ? { [caller.userId]: me } : {}),
      };
      const entries = outboxFor(step, {
        tenantId: caller.tenantId,
        relationshipId: id,
        version: relationship.version,
        nowIso: relationship.createdAt,
        actorName: me?.displayName ?? caller.name ?? 'A colleague',
      });
      let etag: string;
      try {
        etag = existing
          ? await relationships.replace(caller.tenantId, relationship, existing.etag, profiles, entries)
          : await relationships.create(caller.tenantId, relationship, profiles, entries);
      } catch (error) {
        if (!(error instanceof AlreadyExistsError) && !(error instanceof StaleVersionError)) throw error;
        // The peer created it at the same moment: there is one relationship, and it is theirs too.
        const winner = await access.require(caller, id);
        // Their write may still be indexing; repairing from the record is idempotent.
        await memberships.repair(caller.tenantId, id, profiles);
        return { value: await access.detail(caller, winner), etag: winner.etag, created: false };
      }
      // The invitation also waits in the invitee's tab; a failed notification stays queued for the job.
      await effects.applyFor(caller.tenantId, id, caller);
      const shown = peer ?? { id: peerId, displayName: '', mail: null, department: null, jobTitle: null };
      return { value: { ...relationship, peer: shown, ...access.health(relationship) }, etag, created: true };
    },

    async get(caller, id) {
      const found = await access.require(caller, id);
      return { value: await access.detail(caller, found), etag: found.etag };
    },

    async patch(caller, id, ifMatch, patch) {
      const found = await access.require(caller, id);
      if (found.etag !== ifMatch) throw staleVersion(await access.detail(caller, found), found.etag);
      const current = found.relationship;
      const timeZone = patch.pausedUntil ? ((await directory.profileOf(caller)).timeZone ?? 'UTC') : 'UTC';
      const plan = orThrow(
        planRelationshipPatch(current, patch, { caller: caller.userId, nowMs: clock.now().getTime(), timeZone }),
      );
      const next: Relationship = plan.transition
        ? { ...stepped(current, plan.transition, plan.relationship) }
        : { ...plan.relationship, version: current.version + 1 };
      return commit(caller, next, found.etag, found.peerId, plan.transition);
    },

    async respond(caller, id, body) {
      const found = await access.require(caller, id);
      const current = found.relationship;
      const action: LifecycleAction =
        body.action === 'propose'
          ? { type: 'propose', by: caller.userId, cadenceWeeks: body.cadenceWeeks }
          : { type: body.action, by: caller.userId };
      const step = orThrow(transition(lifecycleOf(current), action, clock.now().getTime()));
      if (body.action === 'decline' && body.reason) {
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
      return commit(caller, stepped(current, step), found.etag, found.peerId, step);
    },
  };
}
