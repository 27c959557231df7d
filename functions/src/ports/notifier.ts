import type { Caller } from '../auth/caller';

/** Activity types declared in the app manifest (`activities.activityTypes`). */
export type ActivityType = 'peerInvitation' | 'peerOverdue' | 'meetingPrep';

/** Teams activity-feed notifications to one person, on behalf of the caller. */
export interface Notifier {
  notify(
    caller: Caller,
    recipientId: string,
    activity: { type: ActivityType; previewText: string; templateParameters: Record<string, string>; deepLink: string },
  ): Promise<void>;
}
