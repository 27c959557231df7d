import { z } from 'zod';
import { AppError } from '../errors/app-error';

/**
 * How a list operation is paged: which property of the response holds the list, how many items a
 * page has unless the caller asks for fewer, and the most it may ask for.
 */
export interface PageSpec {
  items: string;
  defaultSize: number;
  maxSize: number;
}

/** What a paged list answer adds: the continuation token to send back as `?cursor=`, while more follow. */
export function pagedList<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  return schema.extend({ nextCursor: z.string().optional() });
}

// Opaque to clients; here it is the position after the last item sent and that item's id, so a
// list that changed between pages resumes after the same item when it is still there.
const CURSOR = /^(\d{1,6})\.([A-Za-z0-9_-]{1,64})$/;

/** `cursor` and `limit` for a paged row's query (merged with any query the row has). */
export const pageQuery = (spec: PageSpec) =>
  z.object({
    cursor: z.string().regex(CURSOR, 'Not a cursor this API sent').optional(),
    limit: z.coerce.number().int('limit must be a whole number').min(1).max(spec.maxSize).optional(),
  });

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** One page of an ordered list, from a cursor this module wrote (or the start without one). */
export function takePage<T extends { id: string }>(
  all: readonly T[],
  request: { cursor?: string | undefined; limit?: number | undefined },
  spec: PageSpec,
): Page<T> {
  const size = Math.min(request.limit ?? spec.defaultSize, spec.maxSize);
  const start = request.cursor === undefined ? 0 : startAfter(all, request.cursor);
  const items = all.slice(start, start + size);
  const last = items.at(-1);
  const end = start + items.length;
  return end < all.length && last ? { items, nextCursor: `${end}.${last.id}` } : { items };
}

function startAfter(all: readonly { id: string }[], cursor: string): number {
  const match = CURSOR.exec(cursor);
  if (!match) {
    throw new AppError('invalid-input', 'The request is not valid.', {
      errors: [{ field: 'cursor', reason: 'Not a cursor this API sent' }],
    });
  }
  const found = all.findIndex((item) => item.id === match[2]);
  return found >= 0 ? found + 1 : Math.min(Number(match[1]), all.length);
}
