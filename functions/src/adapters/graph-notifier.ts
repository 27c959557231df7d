import { GraphError, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { GraphClientFactory } from '../graph/graph-client-factory';
import { problemFromGraphError } from '../graph/graph-errors';
import type { Activity, BulkSendResult, Notifier } from '../ports/notifier';

/** Graph takes at most 100 recipients per `sendActivityNotificationToRecipients`. */
export const MAX_RECIPIENTS_PER_REQUEST = 100;
/** Default time a bulk send may spend waiting out 429s before deferring the rest. */
export const DEFAULT_BULK_BUDGET_MS = 30_000;

export interface NotifierTiming {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}

const realTiming: NotifierTiming = {
  nowMs: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A text topic that opens the Peers tab, in Graph's notification body shape. */
function body(activity: Activity): Record<string, unknown> {
  return {
    topic: { source: 'text', value: 'Peer 1:1s', webUrl: activity.deepLink },
    activityType: activity.type,
    previewText: { content: activity.previewText },
    templateParameters: Object.entries(activity.templateParameters).map(([name, value]) => ({ name, value })),
  };
}

function retryAfterMs(error: GraphError): number {
  const seconds = Number(error.headers?.get('Retry-After') ?? '');
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000;
}

/**
 * `POST /users/{id}/teamwork/sendActivityNotification` for one recipient (delegated), and
 * `POST /teamwork/sendActivityNotificationToRecipients` in chunks of 100 (app-only). The bulk path
 * turns the client's own retry off so Retry-After waits are counted against the caller's budget.
 */
export function createGraphNotifier(graph: GraphClientFactory, timing: NotifierTiming = realTiming): Notifier {
  return {
    async notify(caller, recipientId, activity) {
      try {
        await graph
          .forCaller(caller)
          .api(`/users/${encodeURIComponent(recipientId)}/teamwork/sendActivityNotification`)
          .post(body(activity));
      } catch (error) {
        throw problemFromGraphError(error);
      }
    },

    async sendBulk(app, recipientIds, activity, options = {}) {
      const budgetMs = options.budgetMs ?? DEFAULT_BULK_BUDGET_MS;
      const startedMs = timing.nowMs();
      const client = graph.forCaller(app);
      const unique = [...new Set(recipientIds)];
      const result: BulkSendResult = { accepted: [], deferred: [], requests: 0 };
      for (let i = 0; i < unique.length; i += MAX_RECIPIENTS_PER_REQUEST) {
        const chunk = unique.slice(i, i + MAX_RECIPIENTS_PER_REQUEST);
        const payload = {
          ...body(activity),
          recipients: chunk.map((userId) => ({
            '@odata.type': 'microsoft.graph.aadUserNotificationRecipient',
            userId,
          })),
        };
        for (;;) {
          result.requests++;
          try {
            await client
              .api('/teamwork/sendActivityNotificationToRecipients')
              .middlewareOptions([new RetryHandlerOptions(0, 0)])
              .post(payload);
            result.accepted.push(...chunk);
            break;
          } catch (error) {
            const throttled = error instanceof GraphError && (error.statusCode === 429 || error.statusCode === 503);
            if (!throttled) throw problemFromGraphError(error);
            const waitMs = retryAfterMs(error);
            if (timing.nowMs() + waitMs - startedMs > budgetMs) {
              result.deferred.push(...unique.slice(i));
              result.retryAfterMs = waitMs;
              return result;
            }
            await timing.sleep(waitMs);
          }
        }
      }
      return result;
    },
  };
}
