import { createHash } from 'node:crypto';
import { planMeeting } from '../../../shared/scheduling/meeting-plan';
import type { Meeting } from '../../../shared/relationships/relationship-schemas';
import type { Caller } from '../auth/caller';
import type { CalendarEvents } from '../ports/calendar-events';
import type { Directory } from '../ports/directory';
import type { MembershipIndex } from '../ports/membership-index';
import type { SharedItemRecords } from '../ports/shared-item-records';
import { transition } from '../../../shared/relationships/lifecycle';
import { lifecycleOf, withLifecycle } from '../../../shared/relationships/lifecycle-record';
import type { LifecycleEffects } from '../lifecycle/lifecycle-effects';
import { outboxFor } from '../lifecycle/outbox-for-transition';
import type { Clock } from '../ports/clock';
import type { RelationshipRecords } from '../ports/relationship-records';
import { StaleVersionError } from '../ports/store-errors';
import { sharedScope } from '../relationships/shared-scope';
import { invalidInput, orThrow, staleVersion } from './app-errors';
import type { GuidanceService } from './guidance-service';
import type { RelationshipAccess } from './relationship-access';
import type { SharedItemsService } from './shared-items-service';

export interface SchedulingService {
  /** Creates the recurring peer 1:1 in the calendars and records its first meeting. */
  schedule(caller: Caller, id: string, slot: { start: string; end: string }): Promise<Meeting & { joinUrl?: string }>;
}

export function createSchedulingService(deps: {
  records: SharedItemRecords;
  memberships: MembershipIndex;
  access: RelationshipAccess;
  directory: Directory;
  events: CalendarEvents;
  guidance: GuidanceService;
  items: SharedItemsService;
  relationships: RelationshipRecords;
  effects: LifecycleEffects;
  clock: Clock;
}): SchedulingService {
  const { records, memberships, access, directory, events, guidance, items, relationships, clock } = deps;
  return {
    async schedule(caller, id, slot) {
      const found = await access.require(caller, id);
      const current = found.relationship;
      const start = Date.parse(slot.start);
      const end = Date.parse(slot.end);
      const sameSeries = current.series && Date.parse(current.series.firstStart) === start;
      if (sameSeries && current.series?.eventId) {
        // A retried request: the series is booked and its first meeting recorded.
        const recorded = (await items.meetings(caller, id)).find((m) => m.eventId === current.series?.eventId);
        if (recorded) return recorded;
      }
      // Only once accepted; a relationship that has a series gets it replaced, never a second one.
      const nowMs = clock.now().getTime();
      const step = orThrow(
        transition(
          lifecycleOf(current),
          { type: current.series ? 'reschedule' : 'schedule', by: caller.userId, firstStart: slot.start },
          nowMs,
        ),
      );
      const [organizer, membership, prompts, commitments] = await Promise.all([
        directory.profileOf(caller),
        memberships.get(caller.tenantId, caller.userId, id),
        guidance.prompts(caller, id, 3),
        records.list(caller.tenantId, sharedScope(current), 'commitment'),
      ]);
      const peer = membership?.peer;
      if (!peer?.mail) throw invalidInput('id', 'Your peer has no mailbox to invite');
      const plan = planMeeting({
        organizer: { displayName: organizer.displayName, timeZone: organizer.timeZone ?? 'UTC' },
        peer: { displayName: peer.displayName },
        start,
        end,
        cadenceWeeks: found.relationship.cadenceWeeks,
        format: found.relationship.format,
        goal: found.relationship.goal,
        ...(found.relationship.goalNote ? { goalNote: found.relationship.goalNote } : {}),
        prompts: prompts.prompts.map((p) => p.text),
        openCommitments: commitments
          .filter((c) => c.value.status === 'open')
          .map((c) => ({
            text: c.value.text,
            ownerName: c.value.owner === caller.userId ? organizer.displayName : peer.displayName,
          })),
      });
      const transactionId = createHash('sha256').update(`${caller.tenantId}|${id}|${start}`).digest('hex').slice(0, 32);
      const created = await events.createSeries(caller, {
        plan,
        attendee: { mail: peer.mail, displayName: peer.displayName },
        online: found.relationship.format === 'video',
        transactionId,
      });
      // The series is recorded with its event id, and the old one (if any) queued for removal, in one write.
      const booked = withLifecycle(current, step.lifecycle, new Date(nowMs).toISOString());
      const next = {
        ...booked,
        series: { ...step.lifecycle.series!, eventId: created.eventId },
        version: current.version + 1,
      };
      const entries = outboxFor(step, {
        tenantId: caller.tenantId,
        relationshipId: id,
        version: next.version,
        nowIso: new Date(nowMs).toISOString(),
        actorName: organizer.displayName,
      });
      try {
        await relationships.replace(caller.tenantId, next, found.etag, undefined, entries);
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
        // Someone changed the relationship meanwhile; the event is idempotent by transactionId, so a retry is safe.
        const now = await access.require(caller, id);
        throw staleVersion(await access.detail(caller, now), now.etag);
      }
      await deps.effects.applyFor(caller.tenantId, id, caller);
      // A retried request gets the same event back (transactionId) and the meeting already recorded.
      const recorded = (await items.meetings(caller, id)).find((m) => m.eventId === created.eventId);
      if (recorded) return { ...recorded, ...(created.joinUrl ? { joinUrl: created.joinUrl } : {}) };
      const meeting = await items.addMeeting(caller, id, {
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        eventId: created.eventId,
        ...(created.iCalUId ? { iCalUId: created.iCalUId } : {}),
      });
      return { ...meeting, ...(created.joinUrl ? { joinUrl: created.joinUrl } : {}) };
    },
  };
}
