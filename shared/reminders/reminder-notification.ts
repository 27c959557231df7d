import type { DeepLinkTarget, ReminderKind } from './reminder-types';

/**
 * What the activity feed shows for a kind. The text is the same for every recipient so one bulk
 * call can carry up to 100 of them; the details (goal, commitments, prompt) live in the ledger and
 * the tab's Activity panel, which the notification opens.
 */
export interface ReminderNotification {
  activityType: ReminderKind;
  previewText: string;
  templateParameters: Record<string, string>;
  /** The tab's sub-page: `activity/<kind>` (the tab opens the single matching relationship directly). */
  subEntityId: string;
}

const preview: Record<ReminderKind, string> = {
  invitationPending: 'A peer 1:1 invitation is waiting for your answer',
  peerDueSoon: 'A peer 1:1 is due soon and has no meeting planned',
  peerOverdue: 'A peer 1:1 is overdue: plan the next meeting',
  meetingPrep: 'A peer 1:1 is coming up: the agenda is waiting for you',
  meetingFollowUp: 'How did your peer 1:1 go? Rate it privately and record commitments',
};

export function notificationFor(kind: ReminderKind): ReminderNotification {
  return { activityType: kind, previewText: preview[kind], templateParameters: {}, subEntityId: `activity/${kind}` };
}

/** The tab's sub-page (Teams `subPageId`) and web hash for a reminder's own target. */
export function subPageFor(target: DeepLinkTarget): string {
  return target.page === 'sidePanel' ? `sidepanel/${target.relationshipId}` : `relationship/${target.relationshipId}`;
}

/** A Teams deep link into the personal tab (`entityId` "peers") at a sub-page. */
export function teamsTabLink(appId: string, subEntityId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/peers?context=${context}`;
}

/** The web app's link for the same place (Outlook and the browser have no activity feed). */
export function webTabLink(appBaseUrl: string, subEntityId: string): string {
  return `${appBaseUrl.replace(/\/$/, '')}/tab.html#${subEntityId}`;
}
