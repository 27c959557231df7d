import { DAY_MS } from '../scheduling/time-zones';
import { cadenceDueAt, hasPlannedMeeting, isLive, stamp } from './relationship-state';
import type { ReminderRule } from './reminder-types';

export const DUE_SOON_MS = 7 * DAY_MS;

/** Due by the cadence within 7 days and nothing planned: remind both peers, once per due date. */
export const peerDueSoon: ReminderRule = ({ now, facts, timeline }) => {
  if (!isLive(facts, now) || hasPlannedMeeting(timeline, now)) return [];
  const dueAt = cadenceDueAt(facts, timeline);
  if (now < dueAt - DUE_SOON_MS || now >= dueAt) return [];
  const { relationship } = facts;
  return relationship.members.map((recipient) => ({
    recipient,
    kind: 'peerDueSoon' as const,
    relationshipId: relationship.id,
    occurrence: `due-${stamp(dueAt)}`,
    payload: { dueAt: new Date(dueAt).toISOString(), cadenceWeeks: relationship.cadenceWeeks, goal: relationship.goal },
    target: { page: 'relationship' as const, relationshipId: relationship.id },
    expiresAt: dueAt,
  }));
};
