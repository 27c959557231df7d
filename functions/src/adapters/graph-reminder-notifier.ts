import { appCaller } from '../graph/app-only-graph-tokens';
import type { ActivityType, Notifier } from '../ports/notifier';
import { ThrottledError, type ReminderNotifier } from '../ports/reminder-notifier';

/**
 * The reminders job's notifier over `Notifier.sendBulk` with the app's own identity. The job paces
 * its calls and retries 429s itself (its pacer counts every request), so the bulk send gets no
 * budget: a 429 comes back as `deferred` with its Retry-After and is rethrown as ThrottledError.
 * One job call carries at most 100 recipients, so a chunk is all accepted or all deferred. Graph
 * reports nothing per recipient, so nobody comes back undeliverable from here.
 */
export function createGraphReminderNotifier(notifier: Notifier): ReminderNotifier {
  return {
    async sendBulk(tenantId, notification) {
      const result = await notifier.sendBulk(
        appCaller(tenantId),
        notification.recipients,
        {
          type: notification.activityType as ActivityType,
          previewText: notification.previewText.content,
          templateParameters: Object.fromEntries(notification.templateParameters.map((p) => [p.name, p.value])),
          deepLink: notification.topic.webUrl,
        },
        { budgetMs: 0 },
      );
      if (result.deferred.length > 0) throw new ThrottledError(result.retryAfterMs ?? 1000);
      return { undeliverable: [] };
    },
  };
}
