import type { MeetingPlan } from '../../../shared/scheduling/meeting-plan';
import type { Caller } from '../auth/caller';

export interface CreatedEvent {
  eventId: string;
  iCalUId?: string;
  joinUrl?: string;
}

/**
 * Whose calendar a write acts in. `as` carries the token that reaches Graph: the mailbox owner's own
 * (delegated) or the app's (app-only, client credentials), so jobs can clean calendars without a user.
 */
export interface Mailbox {
  as: Caller;
  /** Entra object id of the mailbox owner; calls go to `/users/{userId}/…`. */
  userId: string;
}

/** What a calendar effect changed. A rerun of a finished effect reports `changed: 0` and writes nothing. */
export interface CalendarEffectResult {
  /** Graph writes made: occurrences cancelled, series ended, cancelled or declined. */
  changed: number;
}

/**
 * Writes peer 1:1 series into the organiser's calendar (and so the attendee's), and takes them out.
 * Every removal is idempotent: it reads the calendar first and writes only what is still there, and
 * treats "already gone" (404) as done, so a retry after a partial failure finishes the job exactly once.
 */
export interface CalendarEvents {
  /** Books in the organiser's mailbox (`/users/{id}/events`), delegated or app-only. */
  createSeries(
    organizer: Mailbox,
    request: {
      plan: MeetingPlan;
      attendee: { mail: string; displayName: string };
      online: boolean;
      /** Same value on a retry → Graph returns the first event instead of a duplicate. */
      transactionId: string;
    },
  ): Promise<CreatedEvent>;

  /**
   * Organiser: no occurrence starting at or after `from` remains, for the organiser or the attendee;
   * occurrences that started before `from` stay. Ends the recurrence after the last earlier
   * occurrence, or cancels the series when all of it lies ahead.
   */
  endSeriesFrom(organizer: Mailbox, seriesId: string, from: Date, comment?: string): Promise<CalendarEffectResult>;

  /**
   * Organiser: cancels the occurrences that start inside `[start, end)` (a pause); others stay.
   */
  cancelOccurrencesBetween(
    organizer: Mailbox,
    seriesId: string,
    window: { start: Date; end: Date },
    comment?: string,
  ): Promise<CalendarEffectResult>;

  /** Organiser: cancels the whole series (or single event) for everyone. */
  cancelSeries(organizer: Mailbox, seriesId: string, comment?: string): Promise<CalendarEffectResult>;

  /**
   * Attendee: declines (with a response to the organiser) the occurrences starting at or after
   * `from`; when none started before `from`, declines the series itself, which removes it from the
   * attendee's calendar. Earlier occurrences stay.
   */
  declineSeriesFrom(attendee: Mailbox, seriesId: string, from: Date, comment?: string): Promise<CalendarEffectResult>;
}
