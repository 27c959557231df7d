import type { Transition } from '../../../shared/relationships/lifecycle-types';
import type { BookingRequest, OutboxEntry } from './outbox-entry';

/**
 * The outbox rows of one transition. Ids come from the relationship's new version, so a retried
 * write of the same transition collides instead of queueing its effects twice. A booking is queued
 * when the transition comes with its request (an accept books the proposed time); `/schedule`
 * books in the request itself (it answers with the event), so it passes none.
 */
export function outboxFor(
  step: Transition,
  context: {
    tenantId: string;
    relationshipId: string;
    version: number;
    nowIso: string;
    actorName: string;
    /** The event id of a series booked before relationships recorded it on `series`. */
    legacyEventId?: string | undefined;
    /** The series request and first-meeting slot for a `book-series` effect. */
    booking?: { request: BookingRequest; slot: { start: string; end: string } } | undefined;
  },
): OutboxEntry[] {
  const base = (n: number) => ({
    id: `${String(context.version).padStart(8, '0')}~${n}`,
    tenantId: context.tenantId,
    relationshipId: context.relationshipId,
    createdAt: context.nowIso,
    state: 'pending' as const,
    attempts: 0,
  });
  const entries: OutboxEntry[] = [];
  for (const effect of step.calendar) {
    if (effect.kind === 'book-series') {
      if (context.booking)
        entries.push({ ...base(entries.length), effect: { type: 'book-series', effect, ...context.booking } });
      continue;
    }
    const series = effect.kind === 'replace-series' ? effect.previous : effect.series;
    const eventId = series.eventId ?? context.legacyEventId;
    if (!eventId) continue;
    entries.push({ ...base(entries.length), effect: { type: 'calendar', effect, eventId } });
  }
  for (const notification of step.notifications) {
    entries.push({
      ...base(entries.length),
      effect: {
        type: 'notification',
        notification,
        actorName: context.actorName,
        cadenceWeeks: step.lifecycle.cadenceWeeks,
      },
    });
  }
  return entries;
}
