import type { HttpResponseInit } from '@azure/functions';
import type { IncomingMessage } from 'node:http';
import { AppError } from '../shared/errors/app-error';
import { corsHeaders, preflightHeaders } from '../functions/src/http/cors';
import type { EdgePolicy } from '../functions/src/http/edge-policy';
import { problemResponse } from '../functions/src/http/problem-mapping';
import { withApiHeaders } from '../functions/src/limits/api-headers';
import { checkBodyHeaders, readBodyText } from '../functions/src/limits/request-body-guard';

/**
 * The dev host's share of the edge, ahead of the handler: the body is checked by its headers and
 * read with a streaming byte limit before any token is looked at, as the Functions host caps
 * bodies before a function runs. Answers a refusal instead of the bytes.
 */
export async function readGuardedBody(
  req: IncomingMessage,
  routeTakesBody: boolean,
): Promise<Uint8Array | HttpResponseInit> {
  if (!routeTakesBody) {
    req.resume(); // discarded as it arrives, never buffered
    return new Uint8Array();
  }
  try {
    const headers = { get: (name: string) => headerValue(req, name) };
    if (!checkBodyHeaders(headers).hasBody) return new Uint8Array();
    return Buffer.from(await readBodyText(undestroyed(req)), 'utf8');
  } catch (error) {
    if (error instanceof AppError) return problemResponse(error);
    throw error;
  }
}

/**
 * The request's chunks, without destroying the socket when reading stops early (a Node stream's
 * iterator does): the refusal still has to be written to it.
 */
function undestroyed(req: IncomingMessage): AsyncIterable<Buffer> {
  return {
    [Symbol.asyncIterator]() {
      const chunks = req[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      return {
        next: () => chunks.next(),
        return: () => {
          req.pause();
          return Promise.resolve({ done: true as const, value: undefined });
        },
      };
    },
  };
}

/** API headers and CORS on every answer the host gives, routed or not. */
export function edgeHeaders(response: HttpResponseInit, req: IncomingMessage, policy: EdgePolicy | undefined) {
  const own = new Headers(response.headers as HeadersInit | undefined);
  const headers: Record<string, string> = {};
  own.forEach((value, name) => (headers[name] = value));
  return {
    ...response,
    headers: {
      ...withApiHeaders(headers),
      ...corsHeaders(headerValue(req, 'origin'), policy?.webOrigins ?? new Set()),
    },
  };
}

/** `OPTIONS` on a route: the methods it has, with CORS grants only for the configured origins. */
export function preflight(req: IncomingMessage, methods: string[], policy: EdgePolicy | undefined): HttpResponseInit {
  return {
    status: 204,
    headers: {
      Allow: methods.join(', '),
      ...preflightHeaders(headerValue(req, 'origin'), policy?.webOrigins ?? new Set(), methods),
    },
  };
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}
