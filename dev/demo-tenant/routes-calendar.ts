import { z } from 'zod';
import {
  applySelect,
  badRequest,
  json,
  notFound,
  page,
  preferredZone,
  type GraphContext,
  type GraphRequest,
  type GraphResponse,
} from './graph-http';
import { graphEvent } from './graph-shapes';
import { availabilityView, userCalendar } from './calendar';
import { findUser } from './tenant-state';
import { formatGraphDateTime, parseGraphDateTime, resolveTimeZone } from './time-zones';
import { subject, type Params } from './routes-directory';

// calendarView and getSchedule: reading calendars, with Graph's limits.

const DAY_MS = 86_400_000;
export const MAX_SCHEDULES = 20;
export const MAX_SCHEDULE_WINDOW_DAYS = 62;

export function parseQueryInstant(text: string | null): number | undefined {
  if (!text) return undefined;
  // An unencoded '+' offset arrives as a space.
  return parseGraphDateTime(text.trim().replace(/ (\d{2}:?\d{2})$/, '+$1'), 'UTC');
}

export function calendarView(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  const owner = subject(ctx, params);
  if (!owner) return notFound(ctx, `The specified object was not found in the store.`, 'ErrorItemNotFound');
  const startMs = parseQueryInstant(req.query.get('startDateTime'));
  const endMs = parseQueryInstant(req.query.get('endDateTime'));
  if (startMs === undefined || endMs === undefined) {
    return badRequest(
      ctx,
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      'ErrorInvalidParameter',
    );
  }
  if (endMs < startMs)
    return badRequest(
      ctx,
      'The value of the EndDateTime parameter must be later than StartDateTime.',
      'ErrorInvalidParameter',
    );
  const zone = preferredZone(req, resolveTimeZone);
  const events = userCalendar(ctx.state.data, owner.id, { startMs, endMs }).map((item) =>
    applySelect(graphEvent(item, ctx.state.data, zone, ctx.state.baseUrl), req.query.get('$select'), [
      'id',
      '@odata.etag',
    ]),
  );
  const result = page(ctx, req, events, { defaultTop: 10, maxTop: 1000, context: 'users/calendarView' });
  return 'error' in result ? badRequest(ctx, result.error, 'ErrorInvalidParameter') : result;
}

const DateTimeTimeZone = z.object({ dateTime: z.string().min(1), timeZone: z.string().min(1).default('UTC') });
const ScheduleBody = z.object({
  schedules: z.array(z.string()).min(1),
  startTime: DateTimeTimeZone,
  endTime: DateTimeTimeZone,
  availabilityViewInterval: z.number().int().optional(),
});

function resolveDateTime(v: { dateTime: string; timeZone: string }): number | undefined {
  const zone = resolveTimeZone(v.timeZone);
  return zone ? parseGraphDateTime(v.dateTime, zone) : undefined;
}

export function getSchedule(req: GraphRequest, ctx: GraphContext, params: Params): GraphResponse {
  if (!subject(ctx, params))
    return notFound(ctx, `The specified object was not found in the store.`, 'ErrorItemNotFound');
  const parsed = ScheduleBody.safeParse(req.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return badRequest(
      ctx,
      `Invalid request body: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
      'ErrorInvalidParameter',
    );
  }
  const body = parsed.data;
  if (body.schedules.length > MAX_SCHEDULES) {
    return badRequest(
      ctx,
      `The number of schedules (${body.schedules.length}) exceeds the maximum of ${MAX_SCHEDULES}.`,
      'ErrorInvalidParameter',
    );
  }
  const startMs = resolveDateTime(body.startTime);
  const endMs = resolveDateTime(body.endTime);
  if (startMs === undefined || endMs === undefined)
    return badRequest(ctx, 'startTime and endTime need a valid dateTime and timeZone.', 'ErrorInvalidParameter');
  if (endMs <= startMs)
    return badRequest(ctx, 'The end time must be later than the start time.', 'ErrorInvalidParameter');
  if (endMs - startMs >= MAX_SCHEDULE_WINDOW_DAYS * DAY_MS) {
    return badRequest(
      ctx,
      `The requested time duration exceeds the maximum allowed: ${MAX_SCHEDULE_WINDOW_DAYS} days.`,
      'ErrorInvalidParameter',
    );
  }
  const interval = body.availabilityViewInterval ?? 30;
  if (interval < 5 || interval > 1440)
    return badRequest(ctx, 'availabilityViewInterval must be between 5 and 1440 minutes.', 'ErrorInvalidParameter');

  const zone = preferredZone(req, resolveTimeZone);
  const window = { startMs, endMs };
  const value = body.schedules.map((address) => {
    const user = findUser(ctx.state.data, address);
    if (!user) {
      return {
        scheduleId: address,
        availabilityView: '',
        scheduleItems: [],
        error: {
          message: `The specified recipient '${address}' was not found.`,
          responseCode: 'ErrorMailRecipientNotFound',
        },
      };
    }
    const items = userCalendar(ctx.state.data, user.id, window).filter((i) => i.event.showAs !== 'free');
    return {
      scheduleId: address,
      availabilityView: availabilityView(items, window, interval),
      scheduleItems: items.map((i) => ({
        isPrivate: false,
        status: i.event.showAs,
        start: { dateTime: formatGraphDateTime(i.startMs, zone.iana), timeZone: zone.name },
        end: { dateTime: formatGraphDateTime(i.endMs, zone.iana), timeZone: zone.name },
      })),
      workingHours: {
        daysOfWeek: user.workingHours.daysOfWeek,
        startTime: `${user.workingHours.startTime.slice(0, 8)}.0000000`,
        endTime: `${user.workingHours.endTime.slice(0, 8)}.0000000`,
        timeZone: { name: user.timeZone },
      },
    };
  });
  return json(200, {
    '@odata.context': `${ctx.state.baseUrl}/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)`,
    value,
  });
}
