import type {
  CalendarEffect,
  LifecycleNotification,
  ProposedSlot,
} from '../../../shared/relationships/lifecycle-types';
import type { CalendarEvents } from '../ports/calendar-events';

/** What Graph needs to book a series, without the transaction id (the outbox row gives that). */
export type BookingRequest = Omit<Parameters<CalendarEvents['createSeries']>[1], 'transactionId'>;

/**
 * One effect of a transition, written in the same transaction as the relationship it changed, so a
 * crash between the write and Graph never loses it. The request applies it at once; the
 * `lifecycle-effects` job retries whatever is still pending.
 */
export type OutboxEffect =
  | { type: 'calendar'; effect: CalendarEffect; eventId: string }
  /** Books the series both agreed to, in the organiser's mailbox, and records it with its first meeting. */
  | {
      type: 'book-series';
      effect: Extract<CalendarEffect, { kind: 'book-series' }>;
      slot: ProposedSlot;
      request: BookingRequest;
    }
  | { type: 'notification'; notification: LifecycleNotification; actorName: string; cadenceWeeks: number };

export type OutboxState = 'pending' | 'done' | 'needs-attention';

export interface OutboxEntry {
  /** Unique within the relationship: the transition's version and the effect's place in it. */
  id: string;
  tenantId: string;
  relationshipId: string;
  createdAt: string;
  effect: OutboxEffect;
  state: OutboxState;
  attempts: number;
  lastError?: string;
  /** Set while a worker applies it; another worker leaves it alone until then. */
  claimedUntil?: string;
  doneAt?: string;
}

/** After this many failed attempts an effect is marked needing attention and no longer retried. */
export const MAX_EFFECT_ATTEMPTS = 8;

/**
 * Graph `transactionId` of a booking: the outbox row's identity (relationship and entry id), so a
 * retried effect gets the event it already created instead of a second series.
 */
export const transactionIdOf = (entry: Pick<OutboxEntry, 'relationshipId' | 'id'>) =>
  `${entry.relationshipId}~${entry.id}`;
