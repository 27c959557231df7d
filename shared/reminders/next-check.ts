import { DAY_MS, WEEK_MS } from '../scheduling/time-zones';
import { INVITATION_WAIT_MS } from './invitation-pending';
import { FOLLOW_UP_DELAY_MS } from './meeting-follow-up';
import { DUE_SOON_MS } from './peer-due-soon';
import { cadenceDueAt, hasPlannedMeeting, isLive } from './relationship-state';
import type { RuleInput } from './reminder-types';
import { workingCalendarOf, workingMorningBefore } from './working-calendar';

/**
 * The earliest instant after `now` at which a rule could start to fire if nothing changes: where
 * the relationship goes in the due index. Null when no rule ever will (ended, declined, answered).
 */
export function nextCheckAt(input: RuleInput): number | null {
  const { now, facts, timeline } = input;
  const { relationship } = facts;
  const candidates: number[] = [];
  if (
    relationship.status === 'invited' &&
    relationship.pendingWith !== undefined &&
    relationship.answer !== 'not-now'
  ) {
    candidates.push((facts.invitedAt ?? Date.parse(relationship.createdAt)) + INVITATION_WAIT_MS);
  }
  if (relationship.status === 'paused' && relationship.pausedUntil) {
    candidates.push(Date.parse(`${relationship.pausedUntil}T00:00:00Z`) + DAY_MS);
  }
  if (isLive(facts, now)) {
    if (hasPlannedMeeting(timeline, now)) {
      const start = timeline.nextMeetingStart!;
      for (const member of relationship.members) {
        candidates.push(workingMorningBefore(workingCalendarOf(input.settingsOf(member).workingHours), start));
      }
      candidates.push((timeline.nextMeetingEnd ?? start) + FOLLOW_UP_DELAY_MS);
    } else {
      const dueAt = cadenceDueAt(facts, timeline);
      candidates.push(dueAt - DUE_SOON_MS, dueAt);
      if (now >= dueAt) candidates.push(dueAt + (Math.floor((now - dueAt) / WEEK_MS) + 1) * WEEK_MS);
    }
    if (timeline.lastEndedEnd !== undefined) candidates.push(timeline.lastEndedEnd + FOLLOW_UP_DELAY_MS);
  }
  const future = candidates.filter((t) => t > now);
  return future.length === 0 ? null : Math.min(...future);
}
