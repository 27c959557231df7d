import { DAY_MS, WEEK_MS } from '../scheduling/time-zones';
import type { MeetingTimeline, RelationshipFacts } from './reminder-types';

/**
 * Active, or paused with the pause over: reminders about meetings apply. A pause lasts through the
 * whole `pausedUntil` day (UTC), so it silences until the day after.
 */
export function isLive(facts: RelationshipFacts, now: number): boolean {
  const { status, pausedUntil } = facts.relationship;
  if (status === 'active') return pausedUntil === undefined || pausedUntil === null || pauseOver(pausedUntil, now);
  if (status === 'paused') return pausedUntil !== undefined && pausedUntil !== null && pauseOver(pausedUntil, now);
  return false;
}

function pauseOver(pausedUntil: string, now: number): boolean {
  return now >= Date.parse(`${pausedUntil}T00:00:00Z`) + DAY_MS;
}

/** When the next meeting is due by the cadence: from the last held meeting, else from the start. */
export function cadenceDueAt(facts: RelationshipFacts, timeline: MeetingTimeline): number {
  const base = timeline.lastHeldStart ?? Date.parse(facts.relationship.createdAt);
  return base + facts.relationship.cadenceWeeks * WEEK_MS;
}

/** A meeting in the future is planned. */
export function hasPlannedMeeting(timeline: MeetingTimeline, now: number): boolean {
  return timeline.nextMeetingStart !== undefined && timeline.nextMeetingStart > now;
}

/** The other member of the pair. */
export function peerOf(facts: RelationshipFacts, userId: string): string {
  const [a, b] = facts.relationship.members;
  return a === userId ? b : a;
}

/** Compact, key-safe stamp for an instant: occurrence keys carry it. */
export function stamp(instant: number): string {
  return new Date(instant).toISOString().slice(0, 16).replace(/[-:]/g, '');
}
