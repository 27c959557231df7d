import { DAY_MS, HOUR_MS } from '../scheduling/time-zones';
import { isLive, stamp } from './relationship-state';
import type { ReminderRule } from './reminder-types';

export const FOLLOW_UP_DELAY_MS = HOUR_MS;
/** A follow-up held longer than this (a long weekend) is no longer worth sending. */
export const FOLLOW_UP_LIFETIME_MS = 4 * DAY_MS;

/** About an hour after a meeting ends: rate it privately, mark it held, record commitments. */
export const meetingFollowUp: ReminderRule = ({ now, facts, timeline }) => {
  const { lastEndedStart: start, lastEndedEnd: end } = timeline;
  if (start === undefined || end === undefined || !isLive(facts, now)) return [];
  if (now < end + FOLLOW_UP_DELAY_MS || now >= end + FOLLOW_UP_LIFETIME_MS) return [];
  return facts.relationship.members.map((recipient) => ({
    recipient,
    kind: 'meetingFollowUp' as const,
    relationshipId: facts.relationship.id,
    occurrence: `followup-${stamp(start)}`,
    payload: {
      meetingStart: new Date(start).toISOString(),
      meetingEnd: new Date(end).toISOString(),
      goal: facts.relationship.goal,
    },
    target: { page: 'relationship' as const, relationshipId: facts.relationship.id },
    expiresAt: end + FOLLOW_UP_LIFETIME_MS,
  }));
};
