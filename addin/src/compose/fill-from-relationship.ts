import type { Profile } from '../../../shared/model/profile';
import { planMeeting } from '../../../shared/scheduling/meeting-plan';
import type { Slot } from '../../../shared/scheduling/slots-response';
import { fetchCommitments, fetchPrompts, fetchRelationship, recordMeeting } from '../api/relationships-api';
import { fillAppointment, type FillReport, type OfficeMailboxHost } from './appointment-writer';

const DAY_TOKENS = {
  sunday: 'sun',
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
} as const;

/**
 * Fills the open Outlook appointment for a relationship and a slot: subject, attendee, agenda
 * (goal, prompts, open commitments), location and the weekly series; then records the plan.
 */
export async function fillFromRelationship(
  host: OfficeMailboxHost,
  me: Profile,
  relationshipId: string,
  slot: Slot,
): Promise<FillReport> {
  const [detail, prompts, commitments] = await Promise.all([
    fetchRelationship(relationshipId),
    fetchPrompts(relationshipId, 3),
    fetchCommitments(relationshipId),
  ]);
  const rel = detail.data;
  const plan = planMeeting({
    organizer: { displayName: me.displayName, timeZone: me.timeZone ?? 'UTC' },
    peer: { displayName: rel.peer.displayName },
    start: Date.parse(slot.start),
    end: Date.parse(slot.end),
    cadenceWeeks: rel.cadenceWeeks,
    format: rel.format,
    goal: rel.goal,
    ...(rel.goalNote ? { goalNote: rel.goalNote } : {}),
    prompts: prompts.data.prompts.map((p) => p.text),
    openCommitments: commitments.data.commitments
      .filter((x) => x.status === 'open')
      .map((x) => ({ text: x.text, ownerName: x.owner === me.id ? me.displayName : rel.peer.displayName })),
    link: `${window.location.origin}/tab.html#relationship/${relationshipId}`,
  });
  const report = await fillAppointment(host, {
    start: new Date(slot.start),
    end: new Date(slot.end),
    attendee: { displayName: rel.peer.displayName, emailAddress: rel.peer.mail ?? '' },
    subject: plan.subject,
    agendaHtml: plan.agendaHtml,
    location: plan.location,
    recurrence: {
      intervalWeeks: plan.recurrence.intervalWeeks,
      day: DAY_TOKENS[plan.recurrence.dayOfWeek],
      timeZone: plan.recurrence.timeZone,
      startDate: plan.recurrence.startDate,
      startTime: plan.recurrence.startTime,
      durationMinutes: plan.recurrence.durationMinutes,
    },
  });
  // The appointment is saved by Outlook when the organiser sends it; record the plan now.
  await recordMeeting(relationshipId, { start: slot.start, end: slot.end });
  return report;
}
