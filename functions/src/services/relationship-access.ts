import { assessHealth } from '../../../shared/health/relationship-health';
import {
  FORMER_MEMBER,
  relationshipIdSchema,
  type Relationship,
  type RelationshipDetail,
} from '../../../shared/relationships/relationship-schemas';
import type { Caller } from '../auth/caller';
import type { Clock } from '../ports/clock';
import { formerMemberProfile, type MembershipIndex } from '../ports/membership-index';
import type { RelationshipRecords } from '../ports/relationship-records';
import type { SharedItemRecords } from '../ports/shared-item-records';
import { sharedScope } from '../relationships/shared-scope';
import { meetingDates } from '../../../shared/relationships/meeting-timeline';
import { isMember, otherMember } from '../../../shared/relationships/member-rules';
import type { Versioned } from '../ports/versioned';
import { invalidInput, notFound } from './app-errors';

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
  /** Re-derives lastMetAt / nextMeetingAt from the meetings and stores them. */
  refreshMeetingDates(tenantId: string, relationshipId: string): Promise<Versioned<Relationship>>;
  health(relationship: Relationship): { health: RelationshipDetail['health']; healthReason: string };
}

export function createRelationshipAccess(deps: {
  relationships: RelationshipRecords;
  sharedItems: SharedItemRecords;
  memberships: MembershipIndex;
  clock: Clock;
}): RelationshipAccess {
  const { relationships, sharedItems, memberships, clock } = deps;
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
    const membership = await memberships.get(tenantId, userId, relationshipId);
    return membership?.peer ?? { ...formerMemberProfile, id: peerId, displayName: 'Your peer' };
  };

  return {
    async require(caller, id) {
      validId(id);
      return this.check(caller, id, await relationships.get(caller.tenantId, id));
    },

    check(caller, id, found) {
      validId(id);
      if (!found || !isMember(caller.userId, found.value.members)) throw notFound('No such relationship.');
      const peerId = otherMember(caller.userId, found.value.members);
      return { relationship: found.value, etag: found.etag, peerId };
    },

    async detail(caller, { relationship, peerId }) {
      const peer = await peerProfile(caller.tenantId, caller.userId, relationship.id, peerId);
      return { ...relationship, peer, ...health(relationship) };
    },

    async refreshMeetingDates(tenantId, relationshipId) {
      for (let attempt = 0; ; attempt += 1) {
        const current = await relationships.get(tenantId, relationshipId);
        if (!current) throw notFound('No such relationship.');
        const meetings = await sharedItems.list(tenantId, sharedScope(current.value), 'meeting');
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
          const etag = await relationships.replace(tenantId, next, current.etag);
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

function validId(id: string) {
  if (!relationshipIdSchema.safeParse(id).success) throw invalidInput('id', 'Not a relationship id');
}
