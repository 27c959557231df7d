import { WEEK_MS } from '../scheduling/time-zones';
import { cadenceDueAt, hasPlannedMeeting, isLive, stamp } from './relationship-state';
import type { ReminderRule } from './reminder-types';

/**
 * Past due with nothing planned: remind both, at most once per 7 days. Each 7-day stretch since the
 * due date is its own occurrence, so the ledger allows exactly one per stretch and person.
 */
export const peerOverdue: ReminderRule = ({ now, facts, timeline }) => {
  if (!isLive(facts, now) || hasPlannedMeeting(timeline, now)) return [];
  const dueAt = cadenceDueAt(facts, timeline);
  if (now < dueAt) return [];
  const week = Math.floor((now - dueAt) / WEEK_MS);
  const { relationship } = facts;
  return relationship.members.map((recipient) => ({
    recipient,
    kind: 'peerOverdue' as const,
    relationshipId: relationship.id,
    occurrence: `overdue-${stamp(dueAt)}-w${week}`,
    payload: { dueAt: new Date(dueAt).toISOString(), weeksOverdue: week, goal: relationship.goal },
    target: { page: 'relationship' as const, relationshipId: relationship.id },
    // The next stretch brings the next occurrence; this one must not spill into it.
    expiresAt: dueAt + (week + 1) * WEEK_MS,
  }));
};
