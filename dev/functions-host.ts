import azf from '@azure/functions';
import type { HttpResponseInit } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { operationList } from '../shared/contracts';
import { openApiDocument } from '../shared/contracts/openapi';
import { AppError } from '../shared/errors/app-error';
import { createHandler, type AzureHttpHandler, type Edge } from '../functions/src/http/create-handler';
import type { RouteRow } from '../functions/src/http/handler';
import { problemResponse } from '../functions/src/http/problem-mapping';
import { consoleRequestLog, type RequestLogSink } from '../functions/src/http/request-log';
import { routeTable } from '../functions/src/routes/route-table';
import { edgeHeaders, preflight, readGuardedBody } from './functions-host-edge';

export interface FunctionsHost {
  url: string;
  close(): Promise<void>;
}

interface CompiledRoute {
  route: RouteRow;
  pattern: RegExp;
  paramNames: string[];
  handler: AzureHttpHandler;
}

/**
 * Serves the route table under `/api` the way the Azure Functions host does, building the same
 * HttpRequest and InvocationContext objects, so local runs exercise the deployable handlers unchanged.
 */
export async function startFunctionsHost(options: {
  edge: Edge;
  port?: number;
  host?: string;
  routes?: RouteRow[];
  /** Request lines and 500 stacks; stdout by default, off under the test runner or with REQUEST_LOG=off. */
  log?: (line: string) => void;
  /** Answers requests outside `/api` it owns (the job host's `/admin/functions/{name}`); true when it did. */
  admin?: (req: IncomingMessage, res: ServerResponse) => boolean;
}): Promise<FunctionsHost> {
  const host = options.host ?? '127.0.0.1';
  const quiet = Boolean(process.env.VITEST) || process.env.REQUEST_LOG === 'off';
  const requestLog = consoleRequestLog(options.log ?? (quiet ? () => undefined : undefined));
  const { edge } = options;
  const compiled = (options.routes ?? routeTable).map((route) => compileRoute(route, edge, requestLog));
  // The published description of the same table, served without a token like any API document.
  const openApi = JSON.stringify(openApiDocument(operationList, { serverUrl: '/api' }));

  const server = createServer((req, res) => {
    if (options.admin?.(req, res)) return;
    const write = (response: HttpResponseInit) => writeResponse(res, edgeHeaders(response, req, edge.http));
    if (req.method === 'GET' && req.url?.split('?')[0] === '/api/openapi.json') {
      return write({ status: 200, headers: { 'Content-Type': 'application/json' }, body: openApi });
    }
    dispatch(req, res, compiled, host, edge, requestLog).catch((error: unknown) => {
      requestLog({ method: req.method ?? '-', operation: '(host)', status: 500, ms: 0, error });
      if (!res.headersSent) write(problemResponse(new AppError('internal', 'Unexpected error')));
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

function compileRoute(route: RouteRow, edge: Edge, log: RequestLogSink): CompiledRoute {
  const paramNames: string[] = [];
  const source = route.operation.path
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
    handler: createHandler(route, edge, { log }),
  };
}

async function dispatch(
  req: IncomingMessage,
  res: ServerResponse,
  routes: CompiledRoute[],
  host: string,
  edge: Edge,
  requestLog: RequestLogSink,
) {
  const started = performance.now();
  // Answers the host gives itself (no route, bad path, oversized body) get a request line too.
  const write = (response: HttpResponseInit, operation = '(host)') => {
    requestLog({
      method: req.method ?? '-',
      operation,
      status: response.status ?? 200,
      ms: performance.now() - started,
    });
    writeResponse(res, edgeHeaders(response, req, edge.http));
  };
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
  const matches = routes.filter((r) => r.pattern.test(url.pathname));
  if (matches.length === 0) {
    req.resume();
    return write(problemResponse(new AppError('not-found', 'No such route.')));
  }
  if (req.method === 'OPTIONS')
    return write(
      preflight(
        req,
        matches.map((r) => r.route.operation.method),
        edge.http,
      ),
    );
  const match = matches.find((r) => r.route.operation.method === req.method);
  if (!match) {
    req.resume();
    return write({
      status: 405,
      headers: {
        Allow: matches.map((r) => r.route.operation.method).join(', '),
        'Content-Type': 'application/problem+json',
      },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Method not allowed',
        status: 405,
        code: 'method-not-allowed',
      }),
    });
  }

  const values = match.pattern.exec(url.pathname)?.slice(1) ?? [];
  const params: Record<string, string> = {};
  for (const [i, name] of match.paramNames.entries()) {
    const decoded = decodePathSegment(values[i] ?? '');
    // The Functions host refuses a path it cannot decode before any function runs; so does this one.
    if (decoded === undefined) {
      const reason = 'Not a valid percent-encoded path segment';
      req.resume();
      return write(
        problemResponse(new AppError('invalid-input', reason, { errors: [{ field: name, reason }] })),
        match.route.operation.name,
      );
    }
    params[name] = decoded;
  }
  const body = await readGuardedBody(req, Boolean(match.route.operation.body));
  if (!(body instanceof Uint8Array)) {
    // Refused before a token is looked at or the rest of the body is read; the socket is closed after.
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.destroy());
    return write(body, match.route.operation.name);
  }
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
    functionName: match.route.operation.name,
    logHandler: (level, ...args) => {
      if (level === 'error' || level === 'warning') console.error(`[${match.route.operation.name}]`, ...args);
    },
  });
  writeResponse(res, await match.handler(request, context));
}

function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
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
