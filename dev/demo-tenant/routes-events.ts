import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  badRequest,
  json,
  preferredZone,
  type GraphContext,
  type GraphRequest,
  type GraphResponse,
} from './graph-http';
import { graphEvent } from './graph-shapes';
import { PatternedRecurrence, ShowAs, type TenantEvent } from './tenant-schema';
import { findUser } from './tenant-state';
import { findTarget, isResponse, itemNotFound, mailboxOwner } from './event-target';
import { formatIsoWithOffset, parseGraphDateTime, resolveTimeZone } from './time-zones';

// POST /me/events (or /users/{id}/events): creates an event in the organiser's and every attendee's
// calendar; GET of an event or occurrence.

const DateTimeTimeZone = z.object({ dateTime: z.string().min(1), timeZone: z.string().min(1).default('UTC') });
const CreateEventBody = z.object({
  subject: z.string().default(''),
  body: z
    .object({
      contentType: z.string().transform((s) => (s.toLowerCase() === 'html' ? 'html' : 'text')),
      content: z.string(),
    })
    .optional(),
  start: DateTimeTimeZone,
  end: DateTimeTimeZone,
  attendees: z
    .array(
      z.object({
        emailAddress: z.object({ address: z.string().min(1), name: z.string().optional() }),
        type: z.string().optional(),
      }),
    )
    .default([]),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: z.string().optional(),
  recurrence: PatternedRecurrence.nullish(),
  showAs: ShowAs.optional(),
  isAllDay: z.boolean().optional(),
  transactionId: z.string().min(1).optional(),
});

export function createEvent(req: GraphRequest, ctx: GraphContext, params: Record<string, string>): GraphResponse {
  const { state } = ctx;
  const user = mailboxOwner(ctx, params);
  if (isResponse(user)) return user;
  const parsed = CreateEventBody.safeParse(req.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return badRequest(
      ctx,
      `Invalid event: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
      'ErrorInvalidRequest',
    );
  }
  const b = parsed.data;
  const zone = { name: 'UTC', iana: 'UTC' };
  if (b.transactionId) {
    const existingId = state.transactions.get(`${user.id}\u0000${b.transactionId}`);
    const existing = existingId ? state.data.events.find((e) => e.id === existingId) : undefined;
    // Replays of a transactionId return the original event instead of a duplicate.
    if (existing) return json(200, renderEvent(ctx, existing, zone));
  }
  const startZone = resolveTimeZone(b.start.timeZone);
  const endZone = resolveTimeZone(b.end.timeZone);
  if (!startZone || !endZone)
    return badRequest(
      ctx,
      `Unknown time zone '${startZone ? b.end.timeZone : b.start.timeZone}'.`,
      'ErrorTimeZoneNotFound',
    );
  const startMs = parseGraphDateTime(b.start.dateTime, startZone);
  const endMs = parseGraphDateTime(b.end.dateTime, endZone);
  if (startMs === undefined || endMs === undefined)
    return badRequest(ctx, 'start and end need a valid dateTime.', 'ErrorInvalidParameter');
  if (endMs < startMs)
    return badRequest(ctx, 'The end time must be later than the start time.', 'ErrorInvalidParameter');
  const recurrenceZoneName = b.recurrence?.range.recurrenceTimeZone ?? b.start.timeZone;
  const recurrenceZone = resolveTimeZone(recurrenceZoneName);
  if (!recurrenceZone) return badRequest(ctx, `Unknown time zone '${recurrenceZoneName}'.`, 'ErrorTimeZoneNotFound');

  const attendeeIds: string[] = [];
  const externalAttendees: Array<{ name: string; address: string }> = [];
  for (const a of b.attendees) {
    const u = findUser(state.data, a.emailAddress.address);
    if (u) {
      if (u.id !== user.id && !attendeeIds.includes(u.id)) attendeeIds.push(u.id);
    } else {
      externalAttendees.push({ name: a.emailAddress.name ?? a.emailAddress.address, address: a.emailAddress.address });
    }
  }
  const id = `evt-${randomUUID()}`;
  const event: TenantEvent = {
    id,
    organizerId: user.id,
    attendeeIds,
    subject: b.subject,
    start: formatIsoWithOffset(startMs, recurrenceZone),
    end: formatIsoWithOffset(endMs, recurrenceZone),
    showAs: b.showAs ?? 'busy',
    createdDateTime: state.now().toISOString(),
    ...(b.isAllDay ? { isAllDay: true } : {}),
    ...(b.recurrence
      ? { recurrence: { ...b.recurrence, range: { ...b.recurrence.range, recurrenceTimeZone: recurrenceZoneName } } }
      : {}),
    ...(externalAttendees.length ? { externalAttendees } : {}),
    ...(b.body ? { body: { contentType: b.body.contentType, content: b.body.content } } : {}),
    ...(b.isOnlineMeeting
      ? {
          isOnlineMeeting: true,
          onlineMeetingProvider: b.onlineMeetingProvider ?? 'teamsForBusiness',
          joinUrl: `${state.baseUrl}/demo/meet/${id}`,
        }
      : {}),
    ...(b.transactionId ? { transactionId: b.transactionId } : {}),
  };
  state.data.events.push(event);
  if (b.transactionId) state.transactions.set(`${user.id}\u0000${b.transactionId}`, id);
  return json(201, renderEvent(ctx, event, zone), { location: `${state.baseUrl}/v1.0/users/${user.id}/events/${id}` });
}

/** An event rendered for the response of a write or a read (series master or single instance). */
export function renderEvent(
  ctx: GraphContext,
  event: TenantEvent,
  zone: { name: string; iana: string },
): Record<string, unknown> {
  const item = { event, startMs: Date.parse(event.start), endMs: Date.parse(event.end), occurrence: false };
  return {
    '@odata.context': `${ctx.state.baseUrl}/v1.0/$metadata#users('${event.organizerId}')/events/$entity`,
    ...graphEvent(item, ctx.state.data, zone, ctx.state.baseUrl),
  };
}

export function getEvent(req: GraphRequest, ctx: GraphContext, params: Record<string, string>): GraphResponse {
  const owner = mailboxOwner(ctx, params);
  if (isResponse(owner)) return owner;
  const target = findTarget(ctx, owner, params['eventId']);
  if (!target) return itemNotFound(ctx);
  const zone = preferredZone(req, resolveTimeZone);
  if (target.occurrenceStartMs === undefined) return json(200, renderEvent(ctx, target.event, zone));
  const durationMs = Date.parse(target.event.end) - Date.parse(target.event.start);
  const item = {
    event: target.event,
    startMs: target.occurrenceStartMs,
    endMs: target.occurrenceStartMs + durationMs,
    occurrence: true,
  };
  return json(200, graphEvent(item, ctx.state.data, zone, ctx.state.baseUrl));
}
