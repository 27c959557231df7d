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

  // Slots (features/slots).
  'slots.length.label': 'Meeting length',
  'slots.tentative': 'Tentative conflict',
  'slots.outsideHours': 'Outside working hours',
  'slots.outsideHoursNote':
    'Your working hours never overlap, so these times lie outside working hours for at least one of you. The invitation says so too.',
  'slots.findOutsideHours': 'Look outside working hours',
  'slots.none': 'No time suits both calendars in the next two weeks.',

  // Settings pickers and "my data" (features/settings).
  'settings.problem.customGoal': 'Describe your goal in a sentence first.',
  'settings.cadence.every': '{weeks, plural, one {Every week} other {Every # weeks}}',
  'settings.data.title': 'Your data',
  'settings.data.download': 'Download my data',
  'settings.data.downloadHint':
    'A JSON file with your peer 1:1s, their shared items, your private notes and your private reasons.',
  'settings.data.downloaded': 'Your data was downloaded.',
  'settings.data.delete': 'Delete my data',
  'settings.data.deleteTitle': 'Delete your data?',
  'settings.data.deleteIntro': 'This cannot be undone. When you delete your data:',
  'settings.data.deleteRelationships': 'Each of your peer 1:1s ends. Your peers are not told why.',
  'settings.data.deleteCalendar':
    'The meeting series you organised are cancelled in both calendars; series organised by a peer are declined for you. Past meetings stay.',
  'settings.data.deleteShared':
    'Agenda items and commitments you shared stay with your peer, shown as written by a former member.',
  'settings.data.deletePrivate': 'Your private notes and private reasons are deleted.',
  'settings.data.confirmLabel': 'Type {word} to confirm',
  'settings.data.confirmWord': 'DELETE',
  'settings.data.confirmWhy': 'Type {word} to enable this button.',
  'settings.data.deleteConfirm': 'Delete my data',
  'settings.data.cancel': 'Cancel',
  'settings.data.deleted':
    '{relationships, plural, =0 {Your data was deleted.} one {Your data was deleted: # peer 1:1 ended.} other {Your data was deleted: # peer 1:1s ended.}}',

  // Teams tab (addin/src/tab).
  'tab.nav.label': 'Peer 1:1s',
  'tab.nav.peers': 'My peers',
  'tab.nav.suggestions': 'Suggestions',
  'tab.nav.connections': 'Connections',
  'tab.nav.settings': 'Settings',
  'tab.loading': 'Loading',
  'tab.start.title': 'Start a peer 1:1 with {name}',
  'tab.start.suggested': 'Suggested: {reason}',
  'tab.start.suggestedOther': 'Suggested every {weeks} weeks: {reason}',
  'tab.start.slotsLabel': 'Times that suit you and {name}, {weeks, plural, one {every week} other {every # weeks}}',
  'tab.start.working': 'Working',
  'tab.start.cancel': 'Cancel',
  'tab.start.findTime': 'Find a time',
  'tab.start.back': 'Back',
  'tab.start.createWithoutTime': 'Create without a time',
  'tab.start.createMeeting': 'Create the meeting',
  'tab.booked.title': 'Meeting booked.',
  'tab.booked.when': 'First meeting {start}–{end}, in both calendars.',
  'tab.booked.open': 'Open the event',
  'tab.schedule.title': 'Next meeting',
  'tab.schedule.nothing':
    'Nothing is booked. Find a time that suits you both, {weeks, plural, one {every week} other {every # weeks}}.',
  'tab.schedule.slotsLabel': 'Times that suit you both',
  'tab.schedule.find': 'Find times',
  'tab.schedule.book': 'Book this time',
  'tab.suggestions.loading': 'Loading suggestions',
  'tab.suggestions.empty':
    'No suggestions right now. Suggestions come from the people you meet in small groups on other teams; check back after a few weeks of meetings.',
  'tab.suggestions.listLabel': 'Suggested peers',
  'tab.suggestions.why': 'Why {name}',
  'tab.suggestions.start': 'Start a peer 1:1',
  'tab.suggestions.startNamed': 'Start a peer 1:1 with {name}',
  'tab.invitations.title': 'Invitations',
  'tab.invitations.invited': '{name} invited you to a peer 1:1',
  'tab.invitations.counter': '{name} suggests meeting {weeks, plural, one {every week} other {every # weeks}} instead',
  'tab.invitations.goal': 'Goal: {goal}',
  'tab.invitations.theirWords': '“{note}”',
  'tab.invitations.terms': '{cadence} · {format}',
  'tab.invitations.proposed': 'Proposed first meeting: {when}',
  'tab.invitations.noTime': 'No time proposed yet: you can find one together after accepting.',
  'tab.invitations.accept': 'Accept',
  'tab.invitations.otherCadence': 'Or suggest another cadence',
  'tab.invitations.propose': 'Suggest {weeks, plural, one {every week} other {every # weeks}}',
  'tab.invitations.notNow': 'Not now',
  'tab.invitations.notNowTitle': 'Say “not now” to {name}?',
  'tab.invitations.notNowPrivate':
    '{name} will not be told why, and no notification is sent. The invitation simply closes.',
  'tab.invitations.reasonLabel': 'Your reason (optional, private: only you can see it)',
  'tab.invitations.notNowConfirm': 'Not now',
  'tab.invitations.keep': 'Keep the invitation',

  'tab.peers.loading': 'Loading your peers',
  'tab.peers.empty': 'You have no peer 1:1s yet. Start with someone on another team you already work with.',
  'tab.peers.findPeer': 'Find a peer',
  'tab.peers.filterLabel': 'Filter peers',
  'tab.peers.filterPlaceholder': 'Filter by name, team or goal',
  'tab.peers.refresh': 'Refresh',
  'tab.peers.tableLabel': 'My peer 1:1s',
  'tab.peers.noMatch': 'No peer matches “{filter}”.',
  'tab.peers.col.peer': 'Peer',
  'tab.peers.col.team': 'Team',
  'tab.peers.col.goal': 'Goal',
  'tab.peers.col.cadence': 'Cadence',
  'tab.peers.col.lastMet': 'Last met',
  'tab.peers.col.next': 'Next meeting',
  'tab.peers.col.health': 'Health',
  'tab.peers.col.commitments': 'Open commitments',
  'tab.peers.notYet': 'Not yet',
  'tab.peers.noneBooked': 'None booked',
  'tab.peers.endedNoNext': '—',
  'tab.peers.nextAt': '{when} ({relative})',
  'tab.peers.invited': 'Invited',
  'tab.peers.paused': 'Paused',
  'tab.peers.pausedUntil': 'Paused until {date}',
  'tab.peers.notNow': 'Not now',
  'tab.peers.ended': 'Ended',
  'tab.peers.commitments': '{mine} mine · {theirs} theirs',
  'tab.peers.card.lastMet': 'Last met: {value}',
  'tab.peers.card.next': 'Next meeting: {value}',

  // Outlook compose pane (addin/src/compose).
  'compose.title': 'Schedule a peer 1:1',
  'compose.checkingOutlook': 'Checking for Outlook',
  'compose.notInOutlook': 'Not inside an Outlook appointment: the meeting is created in both calendars for you.',
  'compose.peer': 'Peer',
  'compose.choose': 'Choose a peer',
  'compose.group.relationships': 'Your peer 1:1s',
  'compose.group.suggestions': 'Suggested people',
  'compose.group.found': 'Search results',
  'compose.notPeer': '{name} — {reason}',
  'compose.searchLabel': 'Or find someone by name',
  'compose.search': 'Search',
  'compose.noMatch': 'Nobody matches “{query}”. Check the spelling, or try a first or last name.',
  'compose.matches':
    '{count, plural, one {# person found: choose them in the Peer list.} other {# people found: choose one in the Peer list.}}',
  'compose.findTimes': 'Find times',
  'compose.working': 'Working',
  'compose.slotsLabel': 'Times that suit you both',
  'compose.fill': 'Fill in this appointment',
  'compose.create': 'Create the meeting',
  'compose.created': 'Meeting created',
  'compose.createdWhen': 'The peer 1:1 series is in both calendars. First meeting {start}–{end}.',
  'compose.openEvent': 'Open the event',

  // Undo toasts (features/undo).
  'undo.action': 'Undo',
  'undo.undoing': 'Undoing',
  'undo.done': 'Undone',
  'undo.dismiss': 'Dismiss',
  'undo.failed': 'That could not be undone. Check the page and try again.',

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
} as const;

export type MessageId = keyof typeof enUS;
export type Messages = Record<MessageId, string>;
