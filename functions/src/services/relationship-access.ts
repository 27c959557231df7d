import { assessHealth } from '../../../shared/health/relationship-health';
import {
  FORMER_MEMBER,
  relationshipIdSchema,
  type PeerProfile,
  type Relationship,
  type RelationshipDetail,
} from '../../../shared/relationships/relationship-schemas';
import type { Caller } from '../auth/caller';
import { problems } from '../http/http-problem';
import type { Clock } from '../ports/clock';
import {
  AlreadyExistsError,
  type Membership,
  type RelationshipStore,
  type StoredCommitment,
  type StoredMeeting,
  type Versioned,
} from '../ports/relationship-store';

export const formerMemberProfile: PeerProfile = {
  id: FORMER_MEMBER,
  displayName: 'A former member',
  mail: null,
  department: null,
  jobTitle: null,
};

/** What every relationship operation starts from: the relationship, proven to include the caller. */
export interface Access {
  relationship: Relationship;
  etag: string;
  peerId: string;
}

export interface RelationshipAccess {
  /** 400 for a malformed id; 404 when it does not exist or the caller is not in it (existence is not revealed). */
  require(caller: Caller, id: string): Promise<Access>;
  /** The same check on a relationship already read (e.g. together with its rows in one query). */
  check(caller: Caller, id: string, found: Versioned<Relationship> | null): Access;
  detail(caller: Caller, access: Pick<Access, 'relationship' | 'peerId'>): Promise<RelationshipDetail>;
  /**
   * Marks both members in their own private partitions. Members are fixed when a relationship is
   * created, so the marker written then stays true until the member erases their data.
   */
  markMembers(tenantId: string, relationship: Relationship): Promise<void>;
  /** Rewrites both members' index rows from the shared data (open commitments, dates, status). */
  syncMemberships(tenantId: string, relationship: Relationship, profiles?: Record<string, PeerProfile>): Promise<void>;
  /** Re-derives lastMetAt / nextMeetingAt from the meetings and stores them. */
  refreshMeetingDates(tenantId: string, relationshipId: string): Promise<Versioned<Relationship>>;
  health(relationship: Relationship): { health: RelationshipDetail['health']; healthReason: string };
}

export function createRelationshipAccess(store: RelationshipStore, clock: Clock): RelationshipAccess {
  const health = (relationship: Relationship) => {
    const assessed = assessHealth({
      cadenceWeeks: relationship.cadenceWeeks,
      lastMetAt: relationship.lastMetAt ? Date.parse(relationship.lastMetAt) : null,
      nextMeetingAt: relationship.nextMeetingAt ? Date.parse(relationship.nextMeetingAt) : null,
      now: clock.now().getTime(),
    });
    return { health: assessed.health, healthReason: assessed.reason };
  };

  const peerProfile = async (tenantId: string, userId: string, relationshipId: string, peerId: string) => {
    if (peerId === FORMER_MEMBER) return formerMemberProfile;
    const membership = await store.getMembership(tenantId, userId, relationshipId);
    return membership?.peer ?? { ...formerMemberProfile, id: peerId, displayName: 'Your peer' };
  };

  return {
    async require(caller, id) {
      validId(id);
      return this.check(caller, id, await store.getRelationship(caller.tenantId, id));
    },

    check(caller, id, found) {
      validId(id);
      if (!found || !found.value.members.includes(caller.userId)) {
        throw problems.notFound('No such relationship.');
      }
      const peerId = found.value.members.find((m) => m !== caller.userId) ?? FORMER_MEMBER;
      return { relationship: found.value, etag: found.etag, peerId };
    },

    async detail(caller, { relationship, peerId }) {
      const peer = await peerProfile(caller.tenantId, caller.userId, relationship.id, peerId);
      return { ...relationship, peer, ...health(relationship) };
    },

    async markMembers(tenantId, relationship) {
      await Promise.all(
        relationship.members
          .filter((m) => m !== FORMER_MEMBER)
          .map(async (userId) => {
            const record = {
              relationshipId: relationship.id,
              kind: 'member' as const,
              key: 'relationship',
              updatedAt: clock.now().toISOString(),
            };
            const existing = await store.getPrivate(tenantId, userId, relationship.id, 'member', 'relationship');
            if (!existing) await store.putPrivate(tenantId, userId, record, null).catch(ignoreAlreadyExists);
          }),
      );
    },

    async syncMemberships(tenantId, relationship, profiles = {}) {
      const commitments = (await store.listCommitments(tenantId, relationship.id)).map((c) => c.value);
      const [a, b] = relationship.members;
      await Promise.all(
        [
          [a, b],
          [b, a],
        ].map(async ([me, peerId]) => {
          if (!me || !peerId || me === FORMER_MEMBER) return;
          const existing = profiles[peerId] ? null : await store.getMembership(tenantId, me, relationship.id);
          const peer =
            profiles[peerId] ??
            (peerId === FORMER_MEMBER ? formerMemberProfile : (existing?.peer ?? formerMemberProfile));
          const membership: Membership = {
            relationshipId: relationship.id,
            peer,
            relationship,
            openMine: countOpen(commitments, me),
            openTheirs: countOpen(commitments, peerId),
          };
          await store.putMembership(tenantId, me, membership);
        }),
      );
    },

    async refreshMeetingDates(tenantId, relationshipId) {
      for (let attempt = 0; ; attempt += 1) {
        const [current, meetings] = await Promise.all([
          store.getRelationship(tenantId, relationshipId),
          store.listMeetings(tenantId, relationshipId),
        ]);
        if (!current) throw problems.notFound('No such relationship.');
        const dates = meetingDates(
          meetings.map((m) => m.value),
          clock.now().getTime(),
        );
        if (dates.lastMetAt === current.value.lastMetAt && dates.nextMeetingAt === current.value.nextMeetingAt) {
          return current;
        }
        const { lastMetAt: _l, nextMeetingAt: _n, ...rest } = current.value;
        const next: Relationship = { ...rest, ...dates, version: current.value.version + 1 };
        try {
          const etag = await store.replaceRelationship(tenantId, next, current.etag);
          return { value: next, etag };
        } catch (error) {
          // Someone else changed the relationship in between: derive again from fresh data.
          if (attempt >= 4) throw error;
        }
      }
    },

    health,
  };
}

function ignoreAlreadyExists(error: unknown) {
  if (!(error instanceof AlreadyExistsError)) throw error;
}

function validId(id: string) {
  if (!relationshipIdSchema.safeParse(id).success) {
    throw problems.validation([{ field: 'id', reason: 'Not a relationship id' }]);
  }
}

function countOpen(commitments: StoredCommitment[], owner: string): number {
  return commitments.filter((c) => c.status === 'open' && c.owner === owner).length;
}

/** Last held meeting and next upcoming one, from the recorded meetings. */
export function meetingDates(meetings: StoredMeeting[], nowMs: number): { lastMetAt?: string; nextMeetingAt?: string } {
  let last: StoredMeeting | undefined;
  let next: StoredMeeting | undefined;
  for (const meeting of meetings) {
    const start = Date.parse(meeting.start);
    if (meeting.held && (!last || start > Date.parse(last.start))) last = meeting;
    if (!meeting.held && Date.parse(meeting.end) >= nowMs && (!next || start < Date.parse(next.start))) next = meeting;
  }
  return { ...(last ? { lastMetAt: last.start } : {}), ...(next ? { nextMeetingAt: next.start } : {}) };
}
