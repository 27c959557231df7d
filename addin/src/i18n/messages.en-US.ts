/**
 * The message catalogue: every user-facing string, in ICU MessageFormat, keyed by where it is
 * shown. English (en-US) is complete; the pseudo-locale is generated from it at build time.
 * Keys are stable: a translation file later maps the same keys.
 */
export const enUS = {
  // Shell shared by every page.
  'shell.loading': 'Loading',
  'shell.signOut': 'Sign out',
  'greeting.morning': 'Good morning, {name}',
  'greeting.afternoon': 'Good afternoon, {name}',
  'greeting.evening': 'Good evening, {name}',
  'greeting.loadingProfile': 'Loading your profile',
  'problem.retry': 'Retry',

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
  'activity.peerAccepted.description': 'Your peer 1:1 invitation was accepted',
  'activity.peerAccepted.templateText': '{actor} accepted your peer 1:1 invitation',
  'activity.peerProposed.description': 'Your peer proposed another cadence',
  'activity.peerProposed.templateText': '{actor} proposed another cadence for your peer 1:1',
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
} as const;

export type MessageId = keyof typeof enUS;
export type Messages = Record<MessageId, string>;
