import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Caller } from '../auth/caller';
import type { TokenValidator } from '../auth/token-validator';
import { withApiHeaders } from '../limits/api-headers';
import { checkBodyHeaders } from '../limits/request-body-guard';
import { withRequestTelemetry } from '../telemetry/request-telemetry';
import type { Telemetry } from '../telemetry/telemetry';
import type { UseCases } from '../use-cases';
import { corsHeaders } from './cors';
import { limitWrites, type EdgePolicy } from './edge-policy';
import type { HandlerContext, RouteRow } from './handler';
import { failureResponse } from './problem-mapping';
import { listEtag, notModified, pageOfBody } from './list-answers';
import { invocationRequestLog, type RequestLogSink } from './request-log';
import { readInput } from './request-input';

export type AzureHttpHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

/** What the edge needs from the composition root. */
export interface Edge {
  authenticate: TokenValidator;
  /** Resolves once storage is ready (immediately after the first request). */
  ready(): Promise<void>;
  useCases: UseCases;
  /** Write limits and web origins; absent: neither (tests that build an edge by hand). */
  http?: EdgePolicy;
  /** Request spans and metrics; absent where an edge is built by hand. */
  telemetry?: Telemetry;
}

export interface HandlerOptions {
  /** Where the request line goes; the invocation's structured log when absent (Azure). */
  log?: RequestLogSink;
}

/**
 * Wraps a route row in what every route needs, in an order that spends nothing on a request that
 * will be refused: body headers (415/413, token-free, so anonymous callers cost nothing), the
 * token, the caller's write bucket (429), then the input the contract row describes (the body
 * read with a streaming byte limit), then the handler; a list is cut to the page asked for, and a
 * GET whose `If-None-Match` names the current ETag gets 304. Every answer carries the API headers, and
 * any failure is answered as problem+json by the one mapping.
 */
export function createHandler(row: RouteRow, edge: Edge, options: HandlerOptions = {}): AzureHttpHandler {
  const { operation } = row;
  return withRequestTelemetry(edge.telemetry, operation.name, async (request, context) => {
    const started = performance.now();
    let unexpected: unknown;
    const response = await answer(row, edge, request).catch((error: unknown) =>
      failureResponse(error, (cause) => (unexpected = cause)),
    );
    const headers = {
      ...withApiHeaders(response.headers as Record<string, string> | undefined),
      ...corsHeaders(request.headers.get('origin'), edge.http?.webOrigins ?? new Set()),
    };
    const status = response.status ?? 200;
    (options.log ?? invocationRequestLog(context))({
      method: request.method,
      operation: operation.name,
      status,
      ms: performance.now() - started,
      ...(unexpected !== undefined ? { error: unexpected } : {}),
    });
    return { ...response, headers };
  });
}

async function answer(row: RouteRow, edge: Edge, request: HttpRequest): Promise<HttpResponseInit> {
  const { operation } = row;
  if (operation.body) checkBodyHeaders(request.headers);
  // Anonymous rows (health) read no token and must not wait on storage set-up.
  const caller = operation.anonymous ? undefined : await edge.authenticate(request.headers.get('authorization'));
  if (caller) limitWrites(edge.http, operation.method, caller);
  const input = (await readInput(operation, request)) as unknown as HandlerContext<typeof operation>['input'];
  if (!operation.anonymous) await edge.ready();
  const reply = await row.handle({ caller: caller as Caller, input, useCases: edge.useCases });
  const etag = listEtag(operation, reply.body) ?? reply.etag;
  // An unchanged list (the live signal's poll) costs a bodiless 304.
  if (operation.method === 'GET' && notModified(request.headers.get('if-none-match'), etag)) {
    return { status: 304, headers: { 'Cache-Control': 'no-store', ...(etag ? { ETag: etag } : {}) } };
  }
  const body = pageOfBody(operation, reply.body, input.query ?? {});
  return success(reply.status ?? operation.success[0], body, etag);
}

function success(status: number, body: unknown, etag: string | undefined): HttpResponseInit {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...(etag ? { ETag: etag } : {}) };
  if (status === 204) return { status, headers };
  headers['Content-Type'] = 'application/json; charset=utf-8';
  return { status, headers, body: JSON.stringify(body) };
}
