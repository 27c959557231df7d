import { z } from 'zod';
import {
  badRequest,
  graphError,
  json,
  noContent,
  page,
  preferredZone,
  type GraphContext,
  type GraphRequest,
  type GraphResponse,
} from './graph-http';
import { graphEvent } from './graph-shapes';
import { eventInstances } from './calendar';
import { addInstant, findTarget, isResponse, itemNotFound, mailboxOwner, type EventTarget } from './event-target';
import { PatternedRecurrence, ShowAs, type TenantEvent } from './tenant-schema';
import { parseQueryInstant } from './routes-calendar';
import { renderEvent } from './routes-events';
import { resolveTimeZone } from './time-zones';
import type { Params } from './routes-directory';

// Calendar writes on existing events: cancel, decline, delete, update, and listing a series' instances.
// Cancellations reach attendees at once: their copies leave their calendars, as when Exchange
// processes the cancellation for them.

const accepted = (): GraphResponse => ({ status: 202, headers: {} });

function invalidRequest(ctx: GraphContext, message: string): GraphResponse {
  return graphError(ctx, 400, 'ErrorInvalidRequest', message);
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`;
}

function resolve(ctx: GraphContext, params: Params): { owner: { id: string }; target: EventTarget } | GraphResponse {
  const owner = mailboxOwner(ctx, params);
  if (isResponse(owner)) return owner;
  const target = findTarget(ctx, owner, params['eventId']);
  return target ? { owner, target } : itemNotFound(ctx);
}

/** The organiser takes an occurrence off every calendar, or the whole event. */
function cancelFor(ctx: GraphContext, { event, occurrenceStartMs }: EventTarget): void {
  if (occurrenceStartMs !== undefined) {
    event.cancelledOccurrences = addInstant(event.cancelledOccurrences, occurrenceStartMs);
  } else {
    const events = ctx.state.data.events;
    events.splice(events.indexOf(event), 1);
  }
}

/** An attendee takes an occurrence, or the whole event, off their own calendar. */
function leave(event: TenantEvent, occurrenceStartMs: number | undefined, userId: string, respond: boolean): void {
  if (occurrenceStartMs !== undefined) {
    const declined = { ...(event.declinedOccurrences ?? {}) };
    declined[userId] = addInstant(declined[userId], occurrenceStartMs);
    event.declinedOccurrences = declined;
    return;
  }
  event.attendeeIds = event.attendeeIds.filter((id) => id !== userId);
  if (respond && !(event.declinedAttendeeIds ?? []).includes(userId))
    event.declinedAttendeeIds = [...(event.declinedAttendeeIds ?? []), userId];
}

const CancelBody = z.object({ Comment: z.string().optional(), comment: z.string().optional() }).loose().nullish();

export function cancelEvent(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const parsed = CancelBody.safeParse(req.body);
  if (!parsed.success) return badRequest(ctx, `Invalid cancel body: ${firstIssue(parsed.error)}`);
  const found = resolve(ctx, params);
  if (isResponse(found)) return found;
  if (found.target.event.organizerId !== found.owner.id)
    return invalidRequest(ctx, "Your request can't be completed. You need to be an organizer to cancel a meeting.");
  cancelFor(ctx, found.target);
  return accepted();
}

const DeclineBody = z
  .object({
    comment: z.string().optional(),
    sendResponse: z.boolean().optional(),
    proposedNewTime: z.unknown().optional(),
  })
  .loose()
  .nullish();

export function declineEvent(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const parsed = DeclineBody.safeParse(req.body);
  if (!parsed.success) return badRequest(ctx, `Invalid decline body: ${firstIssue(parsed.error)}`);
  const found = resolve(ctx, params);
  if (isResponse(found)) return found;
  const { event, occurrenceStartMs } = found.target;
  if (event.organizerId === found.owner.id)
    return invalidRequest(ctx, "You can't respond to this meeting because you're the meeting organizer.");
  leave(event, occurrenceStartMs, found.owner.id, parsed.data?.sendResponse ?? true);
  return accepted();
}

/** Deleting as organiser cancels for everyone; as attendee it removes only the attendee's copy. */
export function deleteEvent(_req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const found = resolve(ctx, params);
  if (isResponse(found)) return found;
  const { event, occurrenceStartMs } = found.target;
  if (event.organizerId === found.owner.id) cancelFor(ctx, found.target);
  else leave(event, occurrenceStartMs, found.owner.id, false);
  return noContent();
}

const PatchBody = z
  .object({
    subject: z.string().optional(),
    body: z.object({ contentType: z.enum(['text', 'html', 'Text', 'HTML', 'Html']), content: z.string() }).optional(),
    showAs: ShowAs.optional(),
    recurrence: PatternedRecurrence.nullable().optional(),
  })
  .loose();

export function updateEvent(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const parsed = PatchBody.safeParse(req.body);
  if (!parsed.success) return badRequest(ctx, `Invalid event: ${firstIssue(parsed.error)}`, 'ErrorInvalidRequest');
  const found = resolve(ctx, params);
  if (isResponse(found)) return found;
  const { event, occurrenceStartMs } = found.target;
  if (event.organizerId !== found.owner.id) return invalidRequest(ctx, 'Only the organizer can update this meeting.');
  const b = parsed.data;
  if (occurrenceStartMs !== undefined && b.recurrence !== undefined)
    return invalidRequest(ctx, 'The recurrence of an occurrence cannot be changed; update the series master.');
  if (occurrenceStartMs !== undefined) return invalidRequest(ctx, 'The demo tenant updates series masters only.');
  if (b.recurrence) {
    const zoneName = b.recurrence.range.recurrenceTimeZone ?? event.recurrence?.range.recurrenceTimeZone ?? 'UTC';
    if (!resolveTimeZone(zoneName)) return badRequest(ctx, `Unknown time zone '${zoneName}'.`, 'ErrorTimeZoneNotFound');
    const { range } = b.recurrence;
    if (range.type === 'endDate' && range.endDate && range.endDate < range.startDate)
      return badRequest(ctx, 'The recurrence end date is before its start date.', 'ErrorInvalidParameter');
    event.recurrence = { ...b.recurrence, range: { ...range, recurrenceTimeZone: zoneName } };
  } else if (b.recurrence === null) {
    delete event.recurrence;
  }
  if (b.subject !== undefined) event.subject = b.subject;
  if (b.showAs !== undefined) event.showAs = b.showAs;
  if (b.body)
    event.body = {
      contentType: b.body.contentType.toLowerCase() === 'html' ? 'html' : 'text',
      content: b.body.content,
    };
  return json(200, renderEvent(ctx, event, preferredZone(req, resolveTimeZone)));
}

/** `GET .../events/{id}/instances`: the occurrences of a series in a window, as the owner sees them. */
export function listInstances(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const startMs = parseQueryInstant(req.query.get('startDateTime'));
  const endMs = parseQueryInstant(req.query.get('endDateTime'));
  if (startMs === undefined || endMs === undefined || endMs < startMs)
    return badRequest(
      ctx,
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      'ErrorInvalidParameter',
    );
  const found = resolve(ctx, params);
  if (isResponse(found)) return found;
  const { event, occurrenceStartMs } = found.target;
  const zone = preferredZone(req, resolveTimeZone);
  const items =
    occurrenceStartMs === undefined && event.recurrence
      ? eventInstances(event, ctx.state.data, { startMs, endMs }, found.owner.id)
      : [];
  const value = items.map((i) => graphEvent(i, ctx.state.data, zone, ctx.state.baseUrl));
  const result = page(ctx, req, value, { defaultTop: 10, maxTop: 1000, context: 'users/events/instances' });
  return 'error' in result ? badRequest(ctx, result.error, 'ErrorInvalidParameter') : result;
}
