import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  badRequest,
  json,
  noContent,
  notFound,
  preferredZone,
  type GraphContext,
  type GraphRequest,
  type GraphResponse,
} from './graph-http';
import { graphEvent } from './graph-shapes';
import { PatternedRecurrence, ShowAs, type TenantEvent } from './tenant-schema';
import { findUser } from './tenant-state';
import { formatIsoWithOffset, parseGraphDateTime, resolveTimeZone } from './time-zones';

// POST /me/events: creates an event in the organiser's and every attendee's calendar.

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

export function createEvent(req: GraphRequest, ctx: GraphContext): GraphResponse {
  const { state, user } = ctx;
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
    if (existing) return json(200, render(ctx, existing, zone));
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
  return json(201, render(ctx, event, zone), { location: `${state.baseUrl}/v1.0/me/events/${id}` });
}

function render(ctx: GraphContext, event: TenantEvent, zone: { name: string; iana: string }): Record<string, unknown> {
  const item = { event, startMs: Date.parse(event.start), endMs: Date.parse(event.end), occurrence: false };
  return {
    '@odata.context': `${ctx.state.baseUrl}/v1.0/$metadata#users('${ctx.user.id}')/events/$entity`,
    ...graphEvent(item, ctx.state.data, zone, ctx.state.baseUrl),
  };
}

function ownEvent(ctx: GraphContext, id: string | undefined): TenantEvent | undefined {
  const e = ctx.state.data.events.find((x) => x.id === id);
  return e && (e.organizerId === ctx.user.id || e.attendeeIds.includes(ctx.user.id)) ? e : undefined;
}

export function getEvent(req: GraphRequest, ctx: GraphContext, params: Record<string, string>): GraphResponse {
  const e = ownEvent(ctx, params['id']);
  if (!e) return notFound(ctx, 'The specified object was not found in the store.', 'ErrorItemNotFound');
  const zone = preferredZone(req, resolveTimeZone);
  return json(200, render(ctx, e, zone));
}

/** Deleting as organiser cancels the event (or whole series) for everyone. */
export function deleteEvent(_req: GraphRequest, ctx: GraphContext, params: Record<string, string>): GraphResponse {
  const e = ownEvent(ctx, params['id']);
  if (!e) return notFound(ctx, 'The specified object was not found in the store.', 'ErrorItemNotFound');
  if (e.organizerId === ctx.user.id) {
    ctx.state.data.events.splice(ctx.state.data.events.indexOf(e), 1);
  } else {
    e.attendeeIds = e.attendeeIds.filter((id) => id !== ctx.user.id);
  }
  return noContent();
}
