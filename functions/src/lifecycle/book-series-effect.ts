import { isClosed } from '../../../shared/relationships/lifecycle';
import { generationOf, lifecycleOf } from '../../../shared/relationships/lifecycle-record';
import { newMeeting } from '../../../shared/relationships/meeting-rules';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import type { CalendarEvents, Mailbox } from '../ports/calendar-events';
import type { Clock } from '../ports/clock';
import type { RelationshipRecords } from '../ports/relationship-records';
import type { SharedItemRecords } from '../ports/shared-item-records';
import { StaleVersionError } from '../ports/store-errors';
import { newItemId } from '../relationships/relationship-ids';
import { sharedScope } from '../relationships/shared-scope';
import { transactionIdOf, type OutboxEffect, type OutboxEntry } from './outbox-entry';

type Booking = OutboxEntry & { effect: Extract<OutboxEffect, { type: 'book-series' }> };

/** How often recording the event id races another write before the effect is retried later. */
const RECORD_ATTEMPTS = 5;

/**
 * The `book-series` effect: books the series both agreed to in the organiser's mailbox (app-only,
 * Graph `transactionId` from the outbox row, so a rerun gets the same event), then records the
 * event id on the relationship and its first meeting. A relationship that ended or moved on before
 * the booking books nothing; one that ended while it was being booked has it taken out again.
 */
export function createSeriesBooking(deps: {
  relationships: RelationshipRecords;
  items: SharedItemRecords;
  events: CalendarEvents;
  /** Re-derives the relationship's meeting dates once its first meeting is recorded. */
  refreshMeetingDates: (tenantId: string, relationshipId: string) => Promise<unknown>;
  clock: Clock;
}) {
  const { relationships, items, events, clock } = deps;

  return async function book(entry: Booking, mailbox: (userId: string) => Mailbox): Promise<void> {
    const { series, generation } = entry.effect.effect;
    const wanted = (r: Relationship) =>
      generationOf(r) === generation &&
      !isClosed(lifecycleOf(r)) &&
      r.series?.organizer === series.organizer &&
      r.series.firstStart === series.firstStart;

    const before = await relationships.get(entry.tenantId, entry.relationshipId);
    if (!before || !wanted(before.value)) return;
    const created = await events.createSeries(mailbox(series.organizer), {
      ...entry.effect.request,
      transactionId: transactionIdOf(entry),
    });

    for (let attempt = 0; ; attempt += 1) {
      const current = await relationships.get(entry.tenantId, entry.relationshipId);
      if (!current || !wanted(current.value)) {
        // Ended (or erased) while the booking was on its way: nothing may stay in either calendar.
        await events.endSeriesFrom(mailbox(series.organizer), created.eventId, clock.now());
        return;
      }
      const recorded = current.value.series?.eventId;
      if (recorded === created.eventId) break;
      const next: Relationship = {
        ...current.value,
        series: { ...current.value.series!, eventId: created.eventId },
        version: current.value.version + 1,
      };
      try {
        await relationships.replace(entry.tenantId, next, current.etag);
        break;
      } catch (error) {
        if (!(error instanceof StaleVersionError) || attempt + 1 >= RECORD_ATTEMPTS) throw error;
      }
    }

    const relationship = await relationships.get(entry.tenantId, entry.relationshipId);
    if (!relationship) return;
    const scope = sharedScope(relationship.value);
    const meetings = await items.list(entry.tenantId, scope, 'meeting');
    if (!meetings.some((m) => m.value.eventId === created.eventId)) {
      const meeting = newMeeting(
        {
          start: new Date(Date.parse(entry.effect.slot.start)).toISOString(),
          end: new Date(Date.parse(entry.effect.slot.end)).toISOString(),
          eventId: created.eventId,
          ...(created.iCalUId ? { iCalUId: created.iCalUId } : {}),
        },
        { caller: series.organizer, members: relationship.value.members, id: newItemId(clock.now().getTime()) },
      );
      if (!meeting.ok) throw new Error(meeting.reason);
      await items.create(entry.tenantId, scope, 'meeting', meeting.value);
    }
    await deps.refreshMeetingDates(entry.tenantId, entry.relationshipId);
  };
}
