import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { DependencyScope, Telemetry } from '../telemetry/telemetry';

/**
 * Path segments that are Graph's own vocabulary; anything else (user ids, mail addresses, event ids)
 * becomes `{id}`, so a span name never carries who or what was asked for.
 */
const GRAPH_WORDS = new Set(
  [
    'v1.0',
    'beta',
    'me',
    'users',
    'calendar',
    'calendars',
    'events',
    'instances',
    'calendarView',
    'getSchedule',
    'findMeetingTimes',
    'mailboxSettings',
    'manager',
    'directReports',
    'people',
    'teamwork',
    'sendActivityNotification',
    'sendActivityNotificationToRecipients',
    'installedApps',
    'cancel',
    'decline',
    'accept',
    'tentativelyAccept',
    '$batch',
    'organization',
    'insights',
    'shared',
    'trending',
    'used',
    'photo',
  ].map((w) => w.toLowerCase()),
);

/** `GET /users/{id}/calendar/getSchedule`: method and path template, no ids, no query. */
export function graphOperation(method: string, url: string): string {
  const path = new URL(url, 'https://graph.invalid').pathname;
  const template = path
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/\(.*$/, ''))
    .map((segment) => (GRAPH_WORDS.has(segment.toLowerCase()) ? segment : '{id}'))
    .filter((segment) => segment !== 'v1.0' && segment !== 'beta');
  return `${method.toUpperCase()} /${template.join('/')}`;
}

const urlOf = (context: Context): string =>
  typeof context.request === 'string' ? context.request : context.request.url;
const methodOf = (context: Context): string =>
  (typeof context.request === 'string' ? undefined : context.request.method) ?? context.options?.method ?? 'GET';

/**
 * Puts a `graph` dependency span around the retry handler (one span per logical call) and records
 * each attempt's status after it, so the span carries the final status and the retry count.
 * Without telemetry the chain is retry → http, unchanged.
 */
export function withGraphTelemetry(telemetry: Telemetry | undefined, retry: Middleware, http: Middleware): Middleware {
  if (!telemetry || !retry.setNext) {
    retry.setNext?.(http);
    return retry;
  }
  const scopes = new WeakMap<Context, DependencyScope>();
  const attempts = new ChainLink(async (context, next) => {
    try {
      await next.execute(context);
      scopes.get(context)?.attempt(context.response?.status ?? 0);
    } catch (error) {
      scopes.get(context)?.attempt(0);
      throw error;
    }
  });
  attempts.setNext(http);
  retry.setNext(attempts);
  const span = new ChainLink((context, next) =>
    telemetry.dependency('graph', graphOperation(methodOf(context), urlOf(context)), async (scope) => {
      scopes.set(context, scope);
      await next.execute(context);
    }),
  );
  span.setNext(retry);
  return span;
}

class ChainLink implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly run: (context: Context, next: Middleware) => Promise<void>) {}

  execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('Graph telemetry middleware has no next handler');
    return this.run(context, this.next);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
