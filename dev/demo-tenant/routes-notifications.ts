import { z } from 'zod';
import {
  badRequest,
  graphError,
  notFound,
  noContent,
  type GraphContext,
  type GraphRequest,
  type GraphResponse,
} from './graph-http';
import { findUser, type OutboxEntry } from './tenant-state';
import { MAX_BULK_RECIPIENTS, type RateLimit } from './rate-limit';
import type { TenantUser } from './tenant-schema';
import type { Params } from './routes-directory';

// Teams activity feed notifications are not delivered anywhere: they land in an outbox tests can read.
// A recipient without the app installed cannot get one. Graph refuses a single send to them (403); a
// bulk send is accepted as a whole (202) and reports nothing per recipient, so the demo records such
// recipients as `undeliverable` in the outbox.

const Notification = {
  topic: z.object({ source: z.string(), value: z.string() }).loose(),
  activityType: z.string().min(1),
  previewText: z.object({ content: z.string() }).loose(),
  templateParameters: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
  chainId: z.number().int().optional(),
};
const NotificationBody = z.object(Notification);
const BulkBody = z.object({
  ...Notification,
  recipients: z
    .array(
      z
        .object({
          '@odata.type': z.enum([
            'microsoft.graph.aadUserNotificationRecipient',
            '#microsoft.graph.aadUserNotificationRecipient',
          ]),
          userId: z.string().min(1),
        })
        .loose(),
    )
    .min(1)
    .max(MAX_BULK_RECIPIENTS),
});
type Parsed = z.infer<typeof NotificationBody>;

function invalid(ctx: GraphContext, error: z.ZodError): GraphResponse {
  const issue = error.issues[0];
  return badRequest(ctx, `Invalid notification: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
}

function limited(ctx: GraphContext, limit: RateLimit): GraphResponse | undefined {
  const wait = limit.take();
  if (wait === undefined) return undefined;
  return graphError(ctx, 429, 'TooManyRequests', 'Too many requests; retry after the time in Retry-After.', {
    'retry-after': String(wait),
  });
}

function record(
  ctx: GraphContext,
  recipientId: string,
  recipient: TenantUser | undefined,
  n: Parsed,
  mode: OutboxEntry['mode'],
): OutboxEntry {
  const delivery = recipient && recipient.appInstalled !== false ? 'delivered' : 'undeliverable';
  const entry: OutboxEntry = {
    recipientId,
    senderId: ctx.user?.id ?? ctx.app?.appId ?? '',
    sentDateTime: ctx.state.now().toISOString(),
    topic: n.topic,
    activityType: n.activityType,
    previewText: n.previewText,
    templateParameters: n.templateParameters,
    mode,
    senderType: ctx.user ? 'user' : 'app',
    delivery,
    ...(delivery === 'undeliverable' ? { reason: recipient ? 'appNotInstalled' : 'recipientNotFound' } : {}),
    ...(n.chainId !== undefined ? { chainId: n.chainId } : {}),
  };
  ctx.state.outbox.push(entry);
  return entry;
}

export function sendActivityNotification(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const recipient = findUser(ctx.state.data, params['id'] ?? '');
  if (!recipient) return notFound(ctx, `Resource '${params['id'] ?? ''}' does not exist.`);
  const parsed = NotificationBody.safeParse(req.body);
  if (!parsed.success) return invalid(ctx, parsed.error);
  const throttled = limited(ctx, ctx.state.notificationLimits.single);
  if (throttled) return throttled;
  const entry = record(ctx, recipient.id, recipient, parsed.data, 'single');
  if (entry.delivery === 'undeliverable')
    return graphError(
      ctx,
      403,
      'Forbidden',
      'The Teams app sending this notification is not installed for the recipient.',
    );
  return noContent();
}

/** `POST /teamwork/sendActivityNotificationToRecipients`: one notification, up to 100 recipients, 202. */
export function sendActivityNotificationToRecipients(req: GraphRequest, ctx: GraphContext): GraphResponse {
  const parsed = BulkBody.safeParse(req.body);
  if (!parsed.success) return invalid(ctx, parsed.error);
  const throttled = limited(ctx, ctx.state.notificationLimits.bulk);
  if (throttled) return throttled;
  const seen = new Set<string>();
  for (const r of parsed.data.recipients) {
    const user = findUser(ctx.state.data, r.userId);
    const key = user?.id ?? r.userId;
    if (seen.has(key)) continue;
    seen.add(key);
    record(ctx, key, user, parsed.data, 'bulk');
  }
  return { status: 202, headers: {} };
}
