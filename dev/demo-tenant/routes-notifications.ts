import { z } from 'zod';
import {
  badRequest,
  noContent,
  notFound,
  type GraphContext,
  type GraphRequest,
  type GraphResponse,
} from './graph-http';
import { findUser } from './tenant-state';
import type { Params } from './routes-directory';

// Teams activity feed notifications are not delivered anywhere: they land in an outbox tests can read.

const NotificationBody = z.object({
  topic: z.object({ source: z.string(), value: z.string() }).loose(),
  activityType: z.string().min(1),
  previewText: z.object({ content: z.string() }).loose(),
  templateParameters: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
});

export function sendActivityNotification(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const recipient = findUser(ctx.state.data, params['id'] ?? '');
  if (!recipient) return notFound(ctx, `Resource '${params['id'] ?? ''}' does not exist.`);
  const parsed = NotificationBody.safeParse(req.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return badRequest(ctx, `Invalid notification: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  ctx.state.outbox.push({
    recipientId: recipient.id,
    senderId: ctx.user.id,
    sentDateTime: ctx.state.now().toISOString(),
    topic: parsed.data.topic,
    activityType: parsed.data.activityType,
    previewText: parsed.data.previewText,
    templateParameters: parsed.data.templateParameters,
  });
  return noContent();
}
