import type { IncomingMessage, ServerResponse } from 'node:http';

// Reading request bodies and writing answers for the demo tenant's node:http server.

export const MAX_BODY_BYTES = 1_000_000;

/** Graph and the identity endpoints allow any origin; /demo/* helpers answer only their own origin. */
const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, Prefer, client-request-id',
  'access-control-expose-headers': 'Retry-After, request-id, Location',
  'access-control-max-age': '600',
};

export class BodyError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
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

export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError('request body is not valid JSON');
  }
}

export function corsFor(path: string): Record<string, string> {
  return path.startsWith('/demo/') || path === '/demo' ? {} : CORS_HEADERS;
}

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  cors: Record<string, string> = CORS_HEADERS,
): void {
  const isText = typeof body === 'string';
  const payload = body === undefined ? '' : isText ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...cors,
    ...(body === undefined ? {} : { 'content-type': isText ? 'text/html; charset=utf-8' : 'application/json' }),
    ...headers,
  });
  res.end(payload);
}
