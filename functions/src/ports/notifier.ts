import type { ReminderKind } from '../../../shared/reminders/reminder-types';
import type { Caller } from '../auth/caller';

/** Activity types declared in the app manifest (`activities.activityTypes`). */
export type ActivityType = 'peerInvitation' | 'peerAccepted' | 'peerProposed' | ReminderKind;

export interface Activity {
  type: ActivityType;
  previewText: string;
  templateParameters: Record<string, string>;
  deepLink: string;
}

export interface BulkSendResult {
  /** Recipients whose request Graph accepted (202). Graph reports nothing per recipient beyond this. */
  accepted: string[];
  /** Recipients not sent because throttling outlasted the budget: send them on a later pass. */
  deferred: string[];
  /** Graph requests made, retries included. */
  requests: number;
  /** With `deferred`: the last 429's Retry-After, so a caller pacing its own retries knows the wait. */
  retryAfterMs?: number;
}

/** Teams activity-feed notifications. */
export interface Notifier {
  /** To one person, on behalf of the caller (delegated). */
  notify(caller: Caller, recipientId: string, activity: Activity): Promise<void>;

  /**
   * One activity to many people with an app-only token (`app` carries it), 100 recipients per Graph
   * request. A 429 is retried after its Retry-After while the budget lasts; what is left is returned
   * as `deferred`, never thrown, so a job can hold it for the next pass.
   */
  sendBulk(
    app: Caller,
    recipientIds: readonly string[],
    activity: Activity,
    options?: { budgetMs?: number },
  ): Promise<BulkSendResult>;
}
