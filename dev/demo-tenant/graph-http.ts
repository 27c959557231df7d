import type { TenantUser } from './tenant-schema';
import type { TenantState } from './tenant-state';

// The transport-free shape of a Graph request and response, so HTTP and $batch share one router.

export interface GraphRequest {
  method: string;
  /** Path below /v1.0, e.g. "/me/calendarView". */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: unknown;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** An app calling with an app-only (client credentials) token: `roles`, no `scp`, no user. */
export interface AppPrincipal {
  appId: string;
  displayName: string;
  roles: string[];
}

export interface GraphContext {
  state: TenantState;
  /** The signed-in user (delegated token); absent for app-only callers. */
  user?: TenantUser;
  app?: AppPrincipal;
  requestId: string;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body };
}

export function noContent(): GraphResponse {
  return { status: 204, headers: {} };
}

/** Graph's error envelope: {error:{code, message, innerError:{date, request-id}}}. */
export function graphError(
  ctx: Pick<GraphContext, 'state' | 'requestId'>,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): GraphResponse {
  return json(
    status,
    {
      error: {
        code,
        message,
        innerError: {
          date: ctx.state
            .now()
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z'),
          'request-id': ctx.requestId,
          'client-request-id': ctx.requestId,
        },
      },
    },
    headers,
  );
}

export const badRequest = (ctx: GraphContext, message: string, code = 'BadRequest'): GraphResponse =>
  graphError(ctx, 400, code, message);
export const accessDenied = (ctx: GraphContext): GraphResponse =>
  graphError(ctx, 403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
export const notFound = (ctx: GraphContext, message: string, code = 'Request_ResourceNotFound'): GraphResponse =>
  graphError(ctx, 404, code, message);

/** A collection page, with an absolute @odata.nextLink carrying $skiptoken when more remain. */
export function page<T>(
  ctx: GraphContext,
  req: GraphRequest,
  items: T[],
  opts: { defaultTop: number; maxTop: number; context: string },
): GraphResponse | { error: string } {
  const topText = req.query.get('$top');
  const top = topText === null ? opts.defaultTop : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > opts.maxTop)
    return { error: `Invalid $top value '${topText}': expected 1 to ${opts.maxTop}.` };
  const skipText = req.query.get('$skiptoken') ?? req.query.get('$skip') ?? '0';
  const skip = Number(skipText);
  if (!Number.isInteger(skip) || skip < 0) return { error: `Invalid $skiptoken '${skipText}'.` };
  const slice = items.slice(skip, skip + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.state.baseUrl}/v1.0/$metadata#${opts.context}`,
    value: slice,
  };
  if (skip + top < items.length) {
    const next = new URLSearchParams(req.query);
    next.delete('$skip');
    next.set('$top', String(top));
    next.set('$skiptoken', String(skip + top));
    // Graph writes system query options with a literal '$'.
    const query = next.toString().replace(/(^|&)%24/g, (_m, sep: string) => `${sep}$`);
    body['@odata.nextLink'] = `${ctx.state.baseUrl}/v1.0${req.path}?${query}`;
  }
  return json(200, body);
}

/** Keeps only the $select-ed properties (plus those Graph always returns). */
export function applySelect<T extends Record<string, unknown>>(
  item: T,
  select: string | null,
  always: string[] = [],
): Record<string, unknown> {
  if (!select) return item;
  const keys = new Set([
    ...select
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ...always,
  ]);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (keys.has(k)) out[k] = v;
  return out;
}

/** Prefer: outlook.timezone="…" → the name to echo and its IANA zone (UTC by default). */
export function preferredZone(
  req: GraphRequest,
  resolve: (name: string) => string | undefined,
): { name: string; iana: string } {
  const m = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(req.headers['prefer'] ?? '');
  const name = m?.[1];
  const iana = name ? resolve(name) : undefined;
  return name && iana ? { name, iana } : { name: 'UTC', iana: 'UTC' };
}
