import { DAY_MS } from '../scheduling/time-zones';
import { stamp } from './relationship-state';
import type { ReminderRule } from './reminder-types';

export const INVITATION_WAIT_MS = 3 * DAY_MS;

/** An invitation unanswered for 3 days: remind whoever must answer, once; never after a decline. */
export const invitationPending: ReminderRule = ({ now, facts }) => {
  const { relationship } = facts;
  if (relationship.status !== 'invited' || relationship.pendingWith === undefined) return [];
  if (relationship.answer === 'not-now') return [];
  const askedAt = facts.invitedAt ?? Date.parse(relationship.createdAt);
  if (now < askedAt + INVITATION_WAIT_MS) return [];
  return [
    {
      recipient: relationship.pendingWith,
      kind: 'invitationPending',
      relationshipId: relationship.id,
      occurrence: `invite-${stamp(askedAt)}`,
      payload: {
        goal: relationship.goal,
        cadenceWeeks: relationship.cadenceWeeks,
        invitedAt: new Date(askedAt).toISOString(),
      },
      target: { page: 'relationship', relationshipId: relationship.id },
    },
  ];
};
