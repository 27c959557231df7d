import azf from '@azure/functions';
import type { HttpResponseInit } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandler, type AzureHttpHandler } from '../functions/src/http/create-handler';
import { problems } from '../functions/src/http/http-problem';
import type { RouteDefinition } from '../functions/src/http/route-definition';
import { routeTable } from '../functions/src/routes/route-table';
import type { Services } from '../functions/src/services';

export interface FunctionsHost {
  url: string;
  close(): Promise<void>;
}

interface CompiledRoute {
  route: RouteDefinition;
  pattern: RegExp;
  paramNames: string[];
  handler: AzureHttpHandler;
}

/**
 * Serves the route table under `/api` the way the Azure Functions host does, building the same
 * HttpRequest and InvocationContext objects, so local runs exercise the deployable handlers unchanged.
 */
export async function startFunctionsHost(options: {
  services: Services;
  port?: number;
  host?: string;
  routes?: RouteDefinition[];
  log?: (line: string) => void;
}): Promise<FunctionsHost> {
  const host = options.host ?? '127.0.0.1';
  const compiled = (options.routes ?? routeTable).map((route) => compileRoute(route, options.services));

  const server = createServer((req, res) => {
    dispatch(req, res, compiled, host).catch((error: unknown) => {
      options.log?.(`functions host: ${String(error)}`);
      if (!res.headersSent) writeResponse(res, problems.internal().toResponse());
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 7071, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function compileRoute(route: RouteDefinition, services: Services): CompiledRoute {
  const paramNames: string[] = [];
  const source = route.route
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      paramNames.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return {
    route,
    pattern: new RegExp(`^/api/${source}/?$`),
    paramNames,
    handler: createHandler(route, () => services),
  };
}

async function dispatch(req: IncomingMessage, res: ServerResponse, routes: CompiledRoute[], host: string) {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
  const matches = routes.filter((r) => r.pattern.test(url.pathname));
  if (matches.length === 0) return writeResponse(res, problems.notFound(`No route for ${url.pathname}.`).toResponse());
  const match = matches.find((r) => r.route.method === req.method);
  if (!match) {
    return writeResponse(res, {
      status: 405,
      headers: { Allow: matches.map((r) => r.route.method).join(', '), 'Content-Type': 'application/problem+json' },
      body: JSON.stringify({ type: 'about:blank', title: 'Method not allowed', status: 405 }),
    });
  }

  const values = match.pattern.exec(url.pathname)?.slice(1) ?? [];
  const params = Object.fromEntries(match.paramNames.map((name, i) => [name, decodeURIComponent(values[i] ?? '')]));
  const body = await readBody(req);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const request = new azf.HttpRequest({
    method: req.method ?? 'GET',
    url: url.toString(),
    headers,
    params,
    query: Object.fromEntries(url.searchParams),
    ...(body.length > 0 ? { body: { bytes: body } } : {}),
  });
  const context = new azf.InvocationContext({
    invocationId: randomUUID(),
    functionName: match.route.name,
    logHandler: (level, ...args) => {
      if (level === 'error' || level === 'warning') console.error(`[${match.route.name}]`, ...args);
    },
  });
  writeResponse(res, await match.handler(request, context));
}

function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function writeResponse(res: ServerResponse, response: HttpResponseInit) {
  const headers = new Headers(response.headers as HeadersInit | undefined);
  let payload: string | Uint8Array | undefined;
  if (response.jsonBody !== undefined) {
    payload = JSON.stringify(response.jsonBody);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  } else if (typeof response.body === 'string' || response.body instanceof Uint8Array) {
    payload = response.body;
  } else if (response.body !== undefined && response.body !== null) {
    throw new Error('The dev host supports string, bytes and jsonBody responses only.');
  }
  res.statusCode = response.status ?? 200;
  headers.forEach((value, name) => res.setHeader(name, value));
  res.end(payload);
}
