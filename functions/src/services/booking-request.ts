import { planMeeting } from '../../../shared/scheduling/meeting-plan';
import { isOpenCommitment } from '../../../shared/relationships/commitment-rules';
import type { Relationship } from '../../../shared/relationships/relationship-schemas';
import type { Caller } from '../auth/caller';
import type { BookingRequest } from '../lifecycle/outbox-entry';
import type { SharedItemRecords } from '../ports/shared-item-records';
import { sharedScope } from '../relationships/shared-scope';
import { invalidInput } from './app-errors';
import type { GuidanceService } from './guidance-service';

/** Who organises the series and who attends it, as the invitation and the agenda name them. */
export interface BookingPeople {
  organizer: { id: string; displayName: string; timeZone: string };
  attendee: { id: string; displayName: string; mail: string | null };
}

/**
 * The series request for a relationship's first meeting: subject, agenda (prompts and open
 * commitments), location and recurrence in the organiser's zone. Built where a member is signed in,
 * so the outbox row holds everything a retry needs.
 */
export async function bookingRequestFor(
  deps: { guidance: GuidanceService; records: SharedItemRecords },
  caller: Caller,
  relationship: Relationship,
  people: BookingPeople,
  slot: { start: string; end: string },
): Promise<BookingRequest> {
  const { organizer, attendee } = people;
  if (!attendee.mail) throw invalidInput('id', 'Your peer has no mailbox to invite');
  const [prompts, commitments] = await Promise.all([
    deps.guidance.prompts(caller, relationship.id, 3),
    deps.records.list(caller.tenantId, sharedScope(relationship), 'commitment'),
  ]);
  const plan = planMeeting({
    organizer: { displayName: organizer.displayName, timeZone: organizer.timeZone },
    peer: { displayName: attendee.displayName },
    start: Date.parse(slot.start),
    end: Date.parse(slot.end),
    cadenceWeeks: relationship.cadenceWeeks,
    format: relationship.format,
    goal: relationship.goal,
    ...(relationship.goalNote ? { goalNote: relationship.goalNote } : {}),
    prompts: prompts.prompts.map((p) => p.text),
    openCommitments: commitments
      .filter((c) => isOpenCommitment(c.value))
      .map((c) => ({
        text: c.value.text,
        ownerName: c.value.owner === organizer.id ? organizer.displayName : attendee.displayName,
      })),
  });
  return {
    plan,
    attendee: { mail: attendee.mail, displayName: attendee.displayName },
    online: relationship.format === 'video',
  };
}
