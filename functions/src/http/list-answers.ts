import type { OperationDefinition } from '../../../shared/contracts/operation';
import { takePage } from '../../../shared/contracts/pagination';
import { collectionEtag } from './collection-etag';

/**
 * A paged row's body cut to the page the query asks for (`cursor`, `limit`), with `nextCursor`
 * while more follow. Other rows' bodies pass through.
 */
export function pageOfBody(operation: OperationDefinition, body: unknown, query: Record<string, unknown>): unknown {
  const spec = operation.page;
  if (!spec || typeof body !== 'object' || body === null) return body;
  const all = (body as Record<string, unknown>)[spec.items];
  if (!Array.isArray(all)) return body;
  const request = {
    cursor: typeof query.cursor === 'string' ? query.cursor : undefined,
    limit: typeof query.limit === 'number' ? query.limit : undefined,
  };
  const { items, nextCursor } = takePage(all as Array<{ id: string }>, request, spec);
  return { ...body, [spec.items]: items, ...(nextCursor ? { nextCursor } : {}) };
}

/**
 * Whether a GET's `If-None-Match` names the version about to be sent (RFC 9110 weak comparison,
 * a list of tags or `*`), so the answer can be a bodiless 304.
 */
export function notModified(ifNoneMatch: string | null, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const current = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === current);
}

/**
 * A paged list's ETag from everything the caller is about to read of it (the whole list, before
 * paging), so a 304 is never stale: derived members such as the tab list's open-commitment counts
 * or a meeting's private rating change it too, not only the stored rows' versions.
 */
export function listEtag(operation: OperationDefinition, body: unknown): string | undefined {
  if (!operation.page || operation.method !== 'GET' || body === undefined) return undefined;
  return collectionEtag([JSON.stringify(body)]);
}
