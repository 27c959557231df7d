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
import { isAllowedRedirect, renderMessagePage, renderSignInPage } from './signin-page';

// The demo tenant's HTTP server: OpenID issuer, sign-in page, /demo helpers and Graph under /v1.0.

export type { TenantData } from './tenant-schema';

export interface DemoTenantOptions {
  port?: number;
  host?: string;
  tenant?: TenantData;
  now?: () => Date;
  throttle?: string;
  audience?: string;
}

export interface DemoTenant {
  url: string;
  issuer: string;
  jwksUri: string;
  audience: string;
  tenantId: string;
  data: TenantData;
  issueToken(user: string, opts?: { expiresInSeconds?: number }): Promise<string>;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 7072;
export const DEFAULT_AUDIENCE = 'api://peer-1on1s-demo';
const MAX_BODY_BYTES = 1_000_000;

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, Prefer, client-request-id',
  'access-control-expose-headers': 'Retry-After, request-id, Location',
  'access-control-max-age': '600',
};

const TokenRequest = z.object({ user: z.string().min(1), expiresInSeconds: z.number().int().optional() });

class BodyError extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BodyError(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError('request body is not valid JSON');
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const isText = typeof body === 'string';
  const payload = body === undefined ? '' : isText ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    ...(body === undefined ? {} : { 'content-type': isText ? 'text/html; charset=utf-8' : 'application/json' }),
    ...headers,
  });
  res.end(payload);
}

function sendGraph(res: ServerResponse, r: GraphResponse, requestId: string): void {
  send(res, r.status, r.body, { ...r.headers, 'request-id': requestId });
}

export async function startDemoTenant(opts: DemoTenantOptions = {}): Promise<DemoTenant> {
  const now = opts.now ?? (() => new Date());
  const host = opts.host ?? '127.0.0.1';
  const audience = opts.audience ?? DEFAULT_AUDIENCE;
  const throttle: Throttle = parseThrottle(opts.throttle);
  const state: TenantState = createState(opts.tenant ?? seedTenant(now()), now);
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
          error_description: 'expected {"user": "<id or mail>", "expiresInSeconds"?: number}',
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
    let oid: unknown;
    try {
      oid = (await issuer.verify(token))['oid'];
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
    const user = typeof oid === 'string' ? findUser(state.data, oid) : undefined;
    if (!user)
      return sendGraph(
        res,
        graphError(errCtx, 401, 'InvalidAuthenticationToken', 'The token names no user of this tenant.'),
        requestId,
      );
    let body: unknown;
    try {
      body = method === 'POST' ? parseJson(await readBody(req)) : undefined;
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
    sendGraph(res, dispatch(graphReq, { state, user, requestId }, throttle), requestId);
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
