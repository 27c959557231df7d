import { z } from 'zod';
import { badRequest, graphError, json, type GraphContext, type GraphRequest, type GraphResponse } from './graph-http';
import { getDirectReports, getManager, getPeople, getUser, listUsers, type Params } from './routes-directory';
import { calendarView, getSchedule } from './routes-calendar';
import { createEvent, getEvent } from './routes-events';
import { cancelEvent, declineEvent, deleteEvent, listInstances, updateEvent } from './routes-event-actions';
import { getMailboxSettings } from './routes-mailbox';
import { sendActivityNotification, sendActivityNotificationToRecipients } from './routes-notifications';
import { countRoute } from './tenant-state';
import type { Throttle } from './throttle';

// The Graph route table. HTTP requests and $batch parts both go through `dispatch`, so stats,
// throttling and error shapes are the same either way.

type Handler = (req: GraphRequest, ctx: GraphContext, params: Params) => GraphResponse;
interface Route {
  method: string;
  template: string;
  segments: string[];
  handler: Handler;
  /** Application permissions that let an app-only caller use the route (any one); none = delegated only. */
  appRoles: readonly string[];
}

export const MAX_BATCH_REQUESTS = 20;

const USERS = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];
const MAILBOX = ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'];
const CAL_READ = ['Calendars.Read', 'Calendars.ReadBasic', 'Calendars.ReadWrite'];
const CAL_WRITE = ['Calendars.ReadWrite'];
const ACTIVITY = ['TeamsActivity.Send'];

function route(method: string, template: string, handler: Handler, appRoles: readonly string[] = []): Route {
  return { method, template, segments: template.split('/').filter(Boolean), handler, appRoles };
}

/** The same route for the signed-in user (/me) and for a named user (/users/{id}). */
function both(method: string, tail: string, handler: Handler, appRoles: readonly string[]): Route[] {
  return [route(method, `/me${tail}`, handler), route(method, `/users/{id}${tail}`, handler, appRoles)];
}

const EVENT = '/events/{eventId}';
const ROUTES: Route[] = [
  route('GET', '/me', getUser),
  route('GET', '/users', listUsers, USERS),
  route('GET', '/users/{id}', getUser, USERS),
  ...both('GET', '/mailboxSettings', getMailboxSettings, MAILBOX),
  ...both('GET', '/manager', getManager, USERS),
  ...both('GET', '/directReports', getDirectReports, USERS),
  route('GET', '/me/people', getPeople),
  ...both('GET', '/calendarView', calendarView, CAL_READ),
  ...both('GET', '/calendar/calendarView', calendarView, CAL_READ),
  ...both('POST', '/calendar/getSchedule', getSchedule, CAL_READ),
  ...both('POST', '/events', createEvent, CAL_WRITE),
  ...both('POST', '/calendar/events', createEvent, CAL_WRITE),
  ...both('GET', EVENT, getEvent, CAL_READ),
  ...both('PATCH', EVENT, updateEvent, CAL_WRITE),
  ...both('DELETE', EVENT, deleteEvent, CAL_WRITE),
  ...both('GET', `${EVENT}/instances`, listInstances, CAL_READ),
  ...both('POST', `${EVENT}/cancel`, cancelEvent, CAL_WRITE),
  ...both('POST', `${EVENT}/decline`, declineEvent, CAL_WRITE),
  route('POST', '/users/{id}/teamwork/sendActivityNotification', sendActivityNotification, ACTIVITY),
  route('POST', '/teamwork/sendActivityNotificationToRecipients', sendActivityNotificationToRecipients, ACTIVITY),
];

export function matchRoute(method: string, path: string): { route: Route; params: Params } | undefined {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  for (const r of ROUTES) {
    if (r.method !== method || r.segments.length !== parts.length) continue;
    const params: Params = {};
    const ok = r.segments.every((seg, i) => {
      const part = parts[i] ?? '';
      const name = /^\{(\w+)\}$/.exec(seg)?.[1];
      if (name) {
        params[name] = part;
        return true;
      }
      return seg.toLowerCase() === part.toLowerCase();
    });
    if (ok) return { route: r, params };
  }
  return undefined;
}

/** App-only callers have no /me and need one of the route's application permissions. */
function refuseApp(route: Route, ctx: GraphContext): GraphResponse | undefined {
  if (!ctx.app || ctx.user) return undefined;
  if (route.template === '/me' || route.template.startsWith('/me/'))
    return badRequest(ctx, '/me request is only valid with delegated authentication flow.');
  if (!route.appRoles.some((r) => ctx.app?.roles.includes(r)))
    return graphError(ctx, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  return undefined;
}

function throttled(ctx: GraphContext): GraphResponse {
  return graphError(ctx, 429, 'TooManyRequests', 'Too many requests; retry after the time in Retry-After.', {
    'retry-after': '1',
  });
}

/** Runs one authenticated Graph request: counts it, maybe throttles it, then handles it. */
export function dispatch(req: GraphRequest, ctx: GraphContext, throttle: Throttle): GraphResponse {
  if (req.method === 'POST' && /^\/?\$batch\/?$/i.test(req.path)) {
    countRoute(ctx.state.stats, 'POST /$batch');
    if (throttle.hit()) return throttled(ctx);
    return batch(req, ctx, throttle);
  }
  const match = matchRoute(req.method, req.path);
  if (!match)
    return graphError(ctx, 400, 'BadRequest', `Resource not found for the segment '${req.path}' (${req.method}).`);
  countRoute(ctx.state.stats, `${req.method} ${match.route.template}`);
  if (throttle.hit()) return throttled(ctx);
  const refused = refuseApp(match.route, ctx);
  if (refused) return refused;
  try {
    return match.route.handler(req, ctx, match.params);
  } catch (e) {
    return graphError(ctx, 500, 'InternalServerError', (e as Error).message);
  }
}

const BatchBody = z.object({
  requests: z.array(
    z.object({
      id: z.string().min(1),
      method: z.string().min(1),
      url: z.string().min(1),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
      dependsOn: z.array(z.string()).optional(),
    }),
  ),
});

function batch(req: GraphRequest, ctx: GraphContext, throttle: Throttle): GraphResponse {
  const parsed = BatchBody.safeParse(req.body);
  if (!parsed.success) return badRequest(ctx, 'Invalid batch payload: expected {requests:[{id, method, url}]}.');
  const { requests } = parsed.data;
  if (requests.length === 0) return badRequest(ctx, 'Invalid batch payload: no requests.');
  if (requests.length > MAX_BATCH_REQUESTS) {
    return badRequest(
      ctx,
      `Invalid batch payload: the number of requests (${requests.length}) exceeds the limit of ${MAX_BATCH_REQUESTS}.`,
    );
  }
  const responses = requests.map((r) => {
    // Parts name relative URLs ("/me", "me/people"); tolerate absolute ones and a /v1.0 prefix.
    const url = new URL(
      /^https?:/i.test(r.url) ? r.url : r.url.startsWith('/') ? r.url : `/${r.url}`,
      'http://batch.invalid',
    );
    url.pathname = url.pathname.replace(/^\/v1\.0(?=\/)/i, '');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
    const res = dispatch(
      { method: r.method.toUpperCase(), path: url.pathname, query: url.searchParams, headers, body: r.body },
      ctx,
      throttle,
    );
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers))
      outHeaders[k === 'content-type' ? 'Content-Type' : k === 'retry-after' ? 'Retry-After' : k] = v;
    return { id: r.id, status: res.status, headers: outHeaders, ...(res.body !== undefined ? { body: res.body } : {}) };
  });
  return json(200, { responses });
}
