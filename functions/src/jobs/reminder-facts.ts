import type { MeetingTimeline, RelationshipFacts } from '../../../shared/reminders/reminder-types';
import type { RelationshipSnapshot } from '../ports/reminder-source';

/**
 * The rules' meeting timeline from stored meetings (falling back to the relationship's own
 * `lastMetAt` / `nextMeetingAt`). When the shared meeting-timeline module lands, this is the one
 * function to replace.
 */
export function timelineOf(snapshot: RelationshipSnapshot, now: number): MeetingTimeline {
  const meetings = snapshot.meetings
    .map((m) => ({ start: Date.parse(m.start), end: Date.parse(m.end), held: m.held }))
    .filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end))
    .sort((a, b) => a.start - b.start);
  const timeline: MeetingTimeline = {};
  const next = meetings.find((m) => m.start > now);
  const { nextMeetingAt, lastMetAt } = snapshot.relationship;
  if (next !== undefined) {
    timeline.nextMeetingStart = next.start;
    timeline.nextMeetingEnd = next.end;
  } else if (nextMeetingAt !== undefined && Date.parse(nextMeetingAt) > now) {
    timeline.nextMeetingStart = Date.parse(nextMeetingAt);
  }
  const held = meetings.filter((m) => m.held && m.start <= now).pop();
  const lastHeld = Math.max(held?.start ?? -Infinity, lastMetAt !== undefined ? Date.parse(lastMetAt) : -Infinity);
  if (Number.isFinite(lastHeld)) timeline.lastHeldStart = lastHeld;
  const ended = meetings.filter((m) => m.end <= now).pop();
  if (ended !== undefined) {
    timeline.lastEndedStart = ended.start;
    timeline.lastEndedEnd = ended.end;
  }
  return timeline;
}

export function factsOf(snapshot: RelationshipSnapshot): RelationshipFacts {
  const open = snapshot.commitments
    .filter((c) => c.status === 'open')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return {
    relationship: snapshot.relationship,
    openCommitments: open.map((c) => ({ owner: c.owner, text: c.text })),
    agendaCount: snapshot.agenda.filter((a) => !a.discussed).length,
    meetingsHeld: snapshot.meetings.filter((m) => m.held).length,
    recentPromptIds: snapshot.prompts.flatMap((p) => p.promptIds),
  };
}
