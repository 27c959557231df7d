/**
 * One activity-feed notification to many people (`POST /teamwork/sendActivityNotificationToRecipients`,
 * app-only, up to 100 recipients). Shaped like the Notifier port's bulk method; the wiring step can
 * point this at it.
 */
export interface BulkNotification {
  activityType: string;
  topic: { source: 'text'; value: string; webUrl: string };
  previewText: { content: string };
  templateParameters: Array<{ name: string; value: string }>;
  recipients: string[];
}

export interface BulkSendResult {
  /** Recipients Graph could not reach (the app is not installed for them). */
  undeliverable: string[];
}

/** Thrown for a 429: wait `retryAfterMs`, then try the same call again. */
export class ThrottledError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`Throttled; retry after ${retryAfterMs} ms`);
    this.name = 'ThrottledError';
  }
}

export interface ReminderNotifier {
  sendBulk(tenantId: string, notification: BulkNotification): Promise<BulkSendResult>;
}

export const MAX_RECIPIENTS_PER_CALL = 100;
