/**
 * The message catalogue: every user-facing string, in ICU MessageFormat, keyed by where it is
 * shown. English (en-US) is complete; the pseudo-locale is generated from it at build time.
 * Keys are stable: a translation file later maps the same keys.
 */
export const enUS = {
  // Shell shared by every page.
  'shell.loading': 'Loading',
  'shell.signOut': 'Sign out',
  'shell.signedOut': 'You are signed out of Peer 1:1s on this device.',
  'shell.signInAgain': 'Sign in again',
  'greeting.morning': 'Good morning, {name}',
  'greeting.afternoon': 'Good afternoon, {name}',
  'greeting.evening': 'Good evening, {name}',
  'greeting.loadingProfile': 'Loading your profile',
  'problem.retry': 'Retry',

  // Undo after an action (10 s).
  'undo.action': 'Undo',
  'undo.failed': 'Could not undo. Please try again.',

  // The shared agenda.
  'agenda.remove': 'Remove "{text}"',
  'agenda.removed': 'Agenda item removed',

  // Commitments.
  'commitments.itemDue': '{text} (due {due})',
  'commitments.doneUndo': 'Commitment marked done',
  'commitments.reopenedUndo': 'Commitment reopened',

  // Times, composed from shared/time's parts.
  'time.slot.single': '{range} {weekday}',
  'time.slot.person': '{label} · {range} {weekday}',
  'time.slot.personElsewhere': '{label} · {range} {weekday}, {place}',
  'time.you': 'You',
  'time.duration': '{minutes, plural, one {# minute} other {# minutes}}',

  // Counts, as a pattern for the pages.
  'common.peopleCount': '{count, plural, =0 {No people} one {# person} other {# people}}',

  // Teams activity feed (read by the packaging step into the manifest's activityTypes).
  'activity.peerInvitation.description': 'Someone invited you to a peer 1:1',
  'activity.peerInvitation.templateText': '{actor} invited you to a peer 1:1',
  'activity.peerOverdue.description': 'A peer 1:1 is overdue',
  'activity.peerOverdue.templateText': 'A peer 1:1 is overdue: plan the next meeting',
  'activity.meetingPrep.description': 'A peer 1:1 is coming up',
  'activity.meetingPrep.templateText': 'A peer 1:1 is coming up: the agenda is waiting',
  'activity.invitationPending.description': 'A peer 1:1 invitation is waiting for your answer',
  'activity.invitationPending.templateText': 'A peer 1:1 invitation is waiting for your answer',
  'activity.peerDueSoon.description': 'A peer 1:1 is due soon and has no meeting planned',
  'activity.peerDueSoon.templateText': 'A peer 1:1 is due soon: find a time',
  'activity.meetingFollowUp.description': 'A peer 1:1 just ended',
  'activity.meetingFollowUp.templateText': 'How did your peer 1:1 go? Rate it and record commitments',

  // The tab's Activity panel (Outlook and the browser have no activity feed) and reminder settings.
  'reminders.tab': 'Activity',
  'reminders.panel.heading': 'Recent reminders',
  'reminders.panel.empty': 'No reminders in the last 30 days.',
  'reminders.panel.open': 'Open',
  'reminders.panel.sentAt': 'Sent {when}',
  'reminders.panel.undeliverable': 'Not delivered to Teams (the app is not installed there)',
  'reminders.panel.showAll': 'Show all reminders',
  'reminders.kind.invitationPending': 'Invitation waiting for your answer',
  'reminders.kind.peerDueSoon': 'Due soon, nothing planned',
  'reminders.kind.peerOverdue': 'Overdue: plan the next meeting',
  'reminders.kind.meetingPrep': 'Coming up: prepare the agenda',
  'reminders.kind.meetingFollowUp': 'After the meeting: rate it and record commitments',
  'reminders.detail.goal': 'Goal: {goal}',
  'reminders.detail.commitments': 'Open commitments: {mine} yours, {theirs} theirs',
  'reminders.detail.firstMine': 'Yours first: {text}',
  'reminders.detail.firstTheirs': 'Theirs first: {text}',
  'reminders.detail.agenda': '{count, plural, =0 {No agenda items yet} one {# agenda item} other {# agenda items}}',
  'reminders.detail.prompt': 'To ask: {prompt}',
  'reminders.settings.heading': 'Reminders',
  'reminders.settings.hint': 'Sent in your working hours, at most one a day per peer.',
  'reminders.settings.failed': 'Could not save: {detail}',
} as const;

export type MessageId = keyof typeof enUS;
export type Messages = Record<MessageId, string>;
