import type { HttpResponseInit } from '@azure/functions';

/** A JSON response, with an ETag when the body is a versioned resource. */
export function jsonResponse(status: number, body: unknown, etag?: string): HttpResponseInit {
  return {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(etag ? { ETag: etag } : {}),
    },
    body: JSON.stringify(body),
  };
}

export function noContent(): HttpResponseInit {
  return { status: 204, headers: { 'Cache-Control': 'no-store' } };
}
