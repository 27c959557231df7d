import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { TenantData } from './tenant-schema';
import { seedTenant, sortedDemoUsers } from './seed';
import { createIssuer, DEFAULT_TOKEN_SECONDS, type Issuer } from './identity';
import { createState, findUser, type TenantState } from './tenant-state';
import { dispatch } from './graph-router';
import { graphError, type GraphRequest, type GraphResponse } from './graph-http';
import { parseThrottle, type Throttle } from './throttle';
import { hangs, parseHang, type Hang } from './hang';
import { BodyError, corsFor, parseJson, readBody, send as sendWith } from './http-io';
import { DEFAULT_DEMO_APP, type DemoApp } from './apps';
import { clientCredentialsToken } from './token-endpoint';
import { principalOf } from './principal';
import { createDevClock } from '../dev-clock';
import { isAllowedRedirect, renderMessagePage, renderSignInPage } from './signin-page';

// The demo tenant's HTTP server: OpenID issuer, sign-in page, /demo helpers and Graph under /v1.0.

export type { TenantData } from './tenant-schema';

export interface DemoTenantOptions {
  port?: number;
  host?: string;
  tenant?: TenantData;
  /** The tenant's clock; wins over `startAt`. */
  now?: () => Date;
  /** DEV_NOW: the clock starts at this ISO instant and ticks normally from there. */
  startAt?: string;
  throttle?: string;
  /** DEMO_HANG: Graph routes that accept the connection and never answer (see hang.ts). */
  hang?: string;
  audience?: string;
  /** Monotonic milliseconds for the notification rate limits (default performance.now; tests pass their own). */
  monotonicMs?: () => number;
  /** App registrations for client credentials (default: DEFAULT_DEMO_APP). */
  apps?: DemoApp[];
}

export interface DemoTenant {
  url: string;
  issuer: string;
  jwksUri: string;
  audience: string;
  tenantId: string;
  data: TenantData;
  /** The client credentials endpoint and the default app registration. */
  app: { tokenEndpoint: string; clientId: string; clientSecret: string };
  now(): Date;
  issueToken(user: string, opts?: { expiresInSeconds?: number }): Promise<string>;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 7072;
export const DEFAULT_AUDIENCE = 'api://peer-1on1s-demo';
/** Tokens from /demo/token live at most this long (the API rejects longer-lived ones too). */
export const MAX_TOKEN_SECONDS = 86_400;

const TokenRequest = z.object({
  user: z.string().min(1),
  expiresInSeconds: z.number().int().max(MAX_TOKEN_SECONDS).optional(),
});

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendWith(res, status, body, headers, corsFor(new URL(res.req.url ?? '/', 'http://x').pathname));
}

function sendGraph(res: ServerResponse, r: GraphResponse, requestId: string): void {
  send(res, r.status, r.body, { ...r.headers, 'request-id': requestId });
}

export async function startDemoTenant(opts: DemoTenantOptions = {}): Promise<DemoTenant> {
  const now = opts.now ?? createDevClock(opts.startAt);
  const hang: Hang = parseHang(opts.hang);
  const apps = opts.apps ?? [DEFAULT_DEMO_APP];
  const host = opts.host ?? '127.0.0.1';
  const audience = opts.audience ?? DEFAULT_AUDIENCE;
  const throttle: Throttle = parseThrottle(opts.throttle);
  const state: TenantState = createState(opts.tenant ?? seedTenant(now()), now, opts.monotonicMs);
  const tenantId = state.data.tenantId;
  // Created once listening, because the issuer URL contains the bound port.
  const identity: { issuer?: Issuer } = {};

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent)
        send(res, e instanceof BodyError ? 400 : 500, {
          error: { code: e instanceof BodyError ? 'BadRequest' : 'InternalServerError', message: (e as Error).message },
        });
      else res.end();
    });
  });

  async function issueFor(
    user: string,
    expiresInSeconds?: number,
  ): Promise<{ token: string; expiresIn: number } | undefined> {
    const u = findUser(state.data, user);
    const issuer = identity.issuer;
    if (!u || !issuer) return undefined;
    const expiresIn = expiresInSeconds ?? DEFAULT_TOKEN_SECONDS;
    return { token: await issuer.issueToken(u, expiresIn), expiresIn };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', state.baseUrl || 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    if (method === 'OPTIONS') return send(res, 204, undefined);
    const issuer = identity.issuer;
    if (!issuer) return send(res, 503, { error: { code: 'ServiceUnavailable', message: 'starting' } });

    if (path.startsWith('/v1.0/') || path === '/v1.0') return graph(req, res, method, url);

    if (method === 'GET' && path === `/${tenantId}/v2.0/.well-known/openid-configuration`)
      return send(res, 200, issuer.openIdConfiguration());
    if (method === 'GET' && path === `/${tenantId}/discovery/v2.0/keys`) return send(res, 200, issuer.jwks);
    if (method === 'POST' && path === `/${tenantId}/oauth2/v2.0/token`) {
      const answer = await clientCredentialsToken(new URLSearchParams(await readBody(req)), {
        apps,
        issuer,
        now: now(),
      });
      return send(res, answer.status, answer.body, { 'cache-control': 'no-store' });
    }
    if (method === 'GET' && path === '/demo/users') return send(res, 200, sortedDemoUsers(state.data.users));
    if (method === 'GET' && path === '/demo/outbox') return send(res, 200, state.outbox);
    if (method === 'GET' && path === '/demo/stats') return send(res, 200, state.stats);
    if (method === 'POST' && path === '/demo/stats/reset') {
      state.stats = { total: 0, byRoute: {} };
      return send(res, 200, state.stats);
    }
    if (method === 'POST' && path === '/demo/token') {
      const parsed = TokenRequest.safeParse(parseJson(await readBody(req)));
      if (!parsed.success)
        return send(res, 400, {
          error: 'invalid_request',
          error_description: `expected {"user": "<id or mail>", "expiresInSeconds"?: integer up to ${MAX_TOKEN_SECONDS}}`,
        });
      const issued = await issueFor(parsed.data.user, parsed.data.expiresInSeconds);
      if (!issued)
        return send(res, 400, { error: 'invalid_grant', error_description: `unknown demo user '${parsed.data.user}'` });
      return send(res, 200, { access_token: issued.token, token_type: 'Bearer', expires_in: issued.expiresIn });
    }
    if (path === '/signin') return signIn(req, res, method, url);
    const meet = /^\/demo\/meet\/([^/]+)$/.exec(path);
    if (method === 'GET' && meet) {
      const event = state.data.events.find((e) => e.id === decodeURIComponent(meet[1] ?? ''));
      if (!event) return send(res, 404, renderMessagePage('Meeting not found', 'This demo meeting does not exist.'));
      return send(
        res,
        200,
        renderMessagePage('Demo meeting', `This stands in for the online meeting of event ${event.id}.`),
      );
    }
    return send(res, 404, { error: { code: 'NotFound', message: `no route for ${method} ${path}` } });
  }

  async function signIn(req: IncomingMessage, res: ServerResponse, method: string, url: URL): Promise<void> {
    if (method === 'GET') {
      const redirectUri = url.searchParams.get('redirect_uri');
      if (!isAllowedRedirect(redirectUri)) {
        return send(
          res,
          400,
          renderMessagePage('Cannot sign in', 'redirect_uri must be an http(s) URL on 127.0.0.1 or localhost.'),
        );
      }
      return send(
        res,
        200,
        renderSignInPage(sortedDemoUsers(state.data.users), redirectUri, url.searchParams.get('state')),
      );
    }
    if (method !== 'POST') return send(res, 405, renderMessagePage('Method not allowed', 'Use GET or POST.'));
    const form = new URLSearchParams(await readBody(req));
    const redirectUri = form.get('redirect_uri');
    if (!isAllowedRedirect(redirectUri)) {
      return send(
        res,
        400,
        renderMessagePage('Cannot sign in', 'redirect_uri must be an http(s) URL on 127.0.0.1 or localhost.'),
      );
    }
    const issued = await issueFor(form.get('user') ?? '');
    if (!issued) return send(res, 400, renderMessagePage('Cannot sign in', 'Unknown demo user.'));
    const fragment = new URLSearchParams({
      access_token: issued.token,
      token_type: 'Bearer',
      expires_in: String(issued.expiresIn),
    });
    const st = form.get('state');
    if (st !== null) fragment.set('state', st);
    const target = new URL(redirectUri);
    target.hash = fragment.toString();
    return send(res, 302, undefined, { location: target.toString() });
  }

  async function graph(req: IncomingMessage, res: ServerResponse, method: string, url: URL): Promise<void> {
    const requestId = randomUUID();
    const issuer = identity.issuer;
    const errCtx = { state, requestId };
    const auth = req.headers.authorization ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(auth)?.[1];
    if (!token || !issuer) {
      return sendGraph(res, graphError(errCtx, 401, 'InvalidAuthenticationToken', 'Access token is empty.'), requestId);
    }
    let claims: Record<string, unknown>;
    try {
      claims = await issuer.verify(token);
    } catch (e) {
      return sendGraph(
        res,
        graphError(
          errCtx,
          401,
          'InvalidAuthenticationToken',
          `Access token validation failure: ${(e as Error).message}`,
        ),
        requestId,
      );
    }
    const principal = principalOf(claims, apps, state.data);
    if (!principal)
      return sendGraph(
        res,
        graphError(errCtx, 401, 'InvalidAuthenticationToken', 'The token names no user or app of this tenant.'),
        requestId,
      );
    let body: unknown;
    try {
      body = method === 'POST' || method === 'PATCH' ? parseJson(await readBody(req)) : undefined;
    } catch (e) {
      return sendGraph(res, graphError(errCtx, 400, 'BadRequest', (e as Error).message), requestId);
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    const graphReq: GraphRequest = {
      method,
      path: url.pathname.slice('/v1.0'.length) || '/',
      query: url.searchParams,
      headers,
      body,
    };
    // Fault injection: keep the socket open and never answer (closed only by the client or close()).
    if (hangs(hang, graphReq)) return;
    sendGraph(res, dispatch(graphReq, { state, ...principal, requestId }, throttle), requestId);
  }

  await new Promise<void>((resolve, reject) => {
    const onError = (e: Error): void => reject(e);
    server.once('error', onError);
    server.listen(opts.port ?? DEFAULT_PORT, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  state.baseUrl = url;
  const issuer = await createIssuer({ baseUrl: url, tenantId, audience, now });
  identity.issuer = issuer;

  return {
    url,
    issuer: issuer.issuer,
    jwksUri: issuer.jwksUri,
    audience,
    tenantId,
    get data() {
      return state.data;
    },
    app: {
      tokenEndpoint: `${url}/${tenantId}/oauth2/v2.0/token`,
      clientId: (apps[0] ?? DEFAULT_DEMO_APP).clientId,
      clientSecret: (apps[0] ?? DEFAULT_DEMO_APP).clientSecret,
    },
    now,
    async issueToken(user, o) {
      const issued = await issueFor(user, o?.expiresInSeconds);
      if (!issued) throw new Error(`unknown demo user '${user}'`);
      return issued.token;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
