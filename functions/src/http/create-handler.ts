import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Caller } from '../auth/caller';
import type { TokenValidator } from '../auth/token-validator';
import { withRequestTelemetry } from '../telemetry/request-telemetry';
import type { Telemetry } from '../telemetry/telemetry';
import type { UseCases } from '../use-cases';
import type { HandlerContext, RouteRow } from './handler';
import { failureResponse } from './problem-mapping';
import { readInput } from './request-input';

export type AzureHttpHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

/** What the edge needs from the composition root. */
export interface Edge {
  authenticate: TokenValidator;
  /** Resolves once storage is ready (immediately after the first request). */
  ready(): Promise<void>;
  useCases: UseCases;
  /** Request spans and metrics; absent where an edge is built by hand. */
  telemetry?: Telemetry;
}

/**
 * Wraps a route row in what every route needs: token validation first, then the input the contract
 * row describes, then the handler, with any failure answered as problem+json by the one mapping.
 */
export function createHandler(row: RouteRow, edge: Edge): AzureHttpHandler {
  const { operation } = row;
  return withRequestTelemetry(edge.telemetry, operation.name, async (request, context) => {
    try {
      // Anonymous rows (health) read no token and must not wait on storage set-up.
      const caller = operation.anonymous ? undefined : await edge.authenticate(request.headers.get('authorization'));
      const input = (await readInput(operation, request)) as unknown as HandlerContext<typeof operation>['input'];
      if (!operation.anonymous) await edge.ready();
      const reply = await row.handle({ caller: caller as Caller, input, useCases: edge.useCases });
      return success(reply.status ?? operation.success[0], reply.body, reply.etag);
    } catch (error) {
      return failureResponse(error, (cause) => context.error(`${operation.name} failed`, cause));
    }
  });
}

function success(status: number, body: unknown, etag: string | undefined): HttpResponseInit {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...(etag ? { ETag: etag } : {}) };
  if (status === 204) return { status, headers };
  headers['Content-Type'] = 'application/json; charset=utf-8';
  return { status, headers, body: JSON.stringify(body) };
}
