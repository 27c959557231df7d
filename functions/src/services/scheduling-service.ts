import { createHash } from 'node:crypto';
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
import { bookingRequestFor } from './booking-request';
import { invalidInput, orThrow, staleVersion } from './app-errors';
import type { GuidanceService } from './guidance-service';
import type { RelationshipAccess } from './relationship-access';
import type { SharedItemsService } from './shared-items-service';

export interface SchedulingService {
  /** Creates the recurring peer 1:1 in the calendars and records its first meeting. */
  schedule(caller: Caller, id: string, slot: { start: string; end: string }): Promise<Meeting & { joinUrl?: string }>;
  /** Replaces the booked series with one from `slot` (never a second series). */
  reschedule(caller: Caller, id: string, slot: { start: string; end: string }): Promise<Meeting & { joinUrl?: string }>;
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
  const book = async (
    caller: Caller,
    id: string,
    slot: { start: string; end: string },
    type: 'schedule' | 'reschedule',
  ): Promise<Meeting & { joinUrl?: string }> => {
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
    // Only once accepted and only without a series (409 otherwise); a reschedule replaces it.
    const nowMs = clock.now().getTime();
    const step = orThrow(transition(lifecycleOf(current), { type, by: caller.userId, firstStart: slot.start }, nowMs));
    const [organizer, membership] = await Promise.all([
      directory.profileOf(caller),
      memberships.get(caller.tenantId, caller.userId, id),
    ]);
    const peer = membership?.peer;
    if (!peer?.mail) throw invalidInput('id', 'Your peer has no mailbox to invite');
    const request = await bookingRequestFor(
      { guidance, records },
      caller,
      current,
      {
        organizer: { id: caller.userId, displayName: organizer.displayName, timeZone: organizer.timeZone ?? 'UTC' },
        attendee: { id: found.peerId, displayName: peer.displayName, mail: peer.mail },
      },
      slot,
    );
    const transactionId = createHash('sha256').update(`${caller.tenantId}|${id}|${start}`).digest('hex').slice(0, 32);
    const created = await events.createSeries({ as: caller, userId: caller.userId }, { ...request, transactionId });
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
  };
  return {
    schedule: (caller, id, slot) => book(caller, id, slot, 'schedule'),
    reschedule: (caller, id, slot) => book(caller, id, slot, 'reschedule'),
  };
}
