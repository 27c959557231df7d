import type { MailboxSettings } from '@microsoft/microsoft-graph-types';
import { applySelect, json, notFound, type GraphContext, type GraphRequest, type GraphResponse } from './graph-http';
import { subject, type Params } from './routes-directory';

// Mailbox settings: the user's time zone and working hours, as Outlook keeps them.

export function getMailboxSettings(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const user = subject(ctx, params);
  if (!user) return notFound(ctx, `Resource '${params['id'] ?? ''}' does not exist.`, 'ErrorItemNotFound');
  const settings: MailboxSettings = {
    timeZone: user.timeZone,
    workingHours: {
      daysOfWeek: user.workingHours.daysOfWeek,
      startTime: user.workingHours.startTime,
      endTime: user.workingHours.endTime,
      timeZone: { name: user.timeZone },
    },
  };
  return json(200, {
    '@odata.context': `${ctx.state.baseUrl}/v1.0/$metadata#users('${user.id}')/mailboxSettings`,
    ...applySelect(settings as Record<string, unknown>, req.query.get('$select')),
  });
}
