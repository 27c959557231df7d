import type { GraphClientFactory } from '../graph/graph-client-factory';
import { problemFromGraphError } from '../graph/graph-errors';
import type { Notifier } from '../ports/notifier';

/** `POST /users/{id}/teamwork/sendActivityNotification`, with a text topic that opens the Peers tab. */
export function createGraphNotifier(graph: GraphClientFactory): Notifier {
  return {
    async notify(caller, recipientId, activity) {
      try {
        await graph
          .forCaller(caller)
          .api(`/users/${encodeURIComponent(recipientId)}/teamwork/sendActivityNotification`)
          .post({
            topic: { source: 'text', value: 'Peer 1:1s', webUrl: activity.deepLink },
            activityType: activity.type,
            previewText: { content: activity.previewText },
            templateParameters: Object.entries(activity.templateParameters).map(([name, value]) => ({ name, value })),
          });
      } catch (error) {
        throw problemFromGraphError(error);
      }
    },
  };
}
