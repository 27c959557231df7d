import { invitationPending } from './invitation-pending';
import { meetingFollowUp } from './meeting-follow-up';
import { meetingPrep } from './meeting-prep';
import { peerDueSoon } from './peer-due-soon';
import { peerOverdue } from './peer-overdue';
import type { DueReminder, ReminderKind, ReminderRule, RuleInput } from './reminder-types';

/** Every rule, most useful first: when only one reminder may go today, the earlier kind wins. */
export const reminderRules: ReadonlyArray<readonly [ReminderKind, ReminderRule]> = [
  ['meetingPrep', meetingPrep],
  ['meetingFollowUp', meetingFollowUp],
  ['invitationPending', invitationPending],
  ['peerOverdue', peerOverdue],
  ['peerDueSoon', peerDueSoon],
];

export const kindPriority: Record<ReminderKind, number> = Object.fromEntries(
  reminderRules.map(([kind], i) => [kind, i]),
) as Record<ReminderKind, number>;

/** The reminders due now for one relationship, minus those the recipient turned off. */
export function evaluateReminders(input: RuleInput): DueReminder[] {
  return reminderRules
    .flatMap(([, rule]) => rule(input))
    .filter((r) => input.settingsOf(r.recipient).preferences[r.kind]);
}
