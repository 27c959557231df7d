import { z } from 'zod';
import { badRequest, graphError, json, type GraphContext, type GraphRequest, type GraphResponse } from './graph-http';
import { getDirectReports, getManager, getPeople, getUser, listUsers, type Params } from './routes-directory';
import { calendarView, getSchedule } from './routes-calendar';
import { createEvent, deleteEvent, getEvent } from './routes-events';
import { getMailboxSettings } from './routes-mailbox';
import { sendActivityNotification } from './routes-notifications';
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
}

export const MAX_BATCH_REQUESTS = 20;

function route(method: string, template: string, handler: Handler): Route {
  return { method, template, segments: template.split('/').filter(Boolean), handler };
}

const ROUTES: Route[] = [
  route('GET', '/me', getUser),
  route('GET', '/users', listUsers),
  route('GET', '/users/{id}', getUser),
  route('GET', '/me/mailboxSettings', getMailboxSettings),
  route('GET', '/users/{id}/mailboxSettings', getMailboxSettings),
  route('GET', '/me/manager', getManager),
  route('GET', '/users/{id}/manager', getManager),
  route('GET', '/me/directReports', getDirectReports),
  route('GET', '/users/{id}/directReports', getDirectReports),
  route('GET', '/me/people', getPeople),
  route('GET', '/me/calendarView', calendarView),
  route('GET', '/users/{id}/calendarView', calendarView),
  route('GET', '/me/calendar/calendarView', calendarView),
  route('GET', '/users/{id}/calendar/calendarView', calendarView),
  route('POST', '/me/calendar/getSchedule', getSchedule),
  route('POST', '/users/{id}/calendar/getSchedule', getSchedule),
  route('POST', '/me/events', createEvent),
  route('POST', '/me/calendar/events', createEvent),
  route('GET', '/me/events/{id}', getEvent),
  route('DELETE', '/me/events/{id}', deleteEvent),
  route('POST', '/users/{id}/teamwork/sendActivityNotification', sendActivityNotification),
];

export function matchRoute(method: string, path: string): { route: Route; params: Params } | undefined {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  for (const r of ROUTES) {
    if (r.method !== method || r.segments.length !== parts.length) continue;
    const params: Params = {};
    const ok = r.segments.every((seg, i) => {
      const part = parts[i] ?? '';
      if (seg === '{id}') {
        params['id'] = part;
        return true;
      }
      return seg.toLowerCase() === part.toLowerCase();
    });
    if (ok) return { route: r, params };
  }
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
