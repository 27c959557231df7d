import type { MeetingPlan } from '../../../shared/scheduling/meeting-plan';
import type { Caller } from '../auth/caller';

export interface CreatedEvent {
  eventId: string;
  iCalUId?: string;
  joinUrl?: string;
}

/** Writes peer 1:1 series into the organiser's calendar (and so the attendee's). */
export interface CalendarEvents {
  createSeries(
    caller: Caller,
    request: {
      plan: MeetingPlan;
      attendee: { mail: string; displayName: string };
      online: boolean;
      /** Same value on a retry → Graph returns the first event instead of a duplicate. */
      transactionId: string;
    },
  ): Promise<CreatedEvent>;
}
