import type { OperationDefinition, PageSpec, ResponseOf } from '../../../shared/contracts';
import { callOperation, type ApiResult, type CallInput } from './api-client';

// Far past any list a relationship holds (caps of 200 and 500 open items); stops a server that
// kept sending cursors from looping the page forever.
export const MAX_PAGES = 50;

type Body = Record<string, unknown>;

/** Joins the pages of a list: follows `nextCursor` from the first page until it is absent. */
export async function collectPages(
  spec: PageSpec,
  first: Body,
  next: (cursor: string) => Promise<Body>,
): Promise<Body> {
  const items = [...((first[spec.items] as unknown[] | undefined) ?? [])];
  let cursor = first.nextCursor as string | undefined;
  for (let page = 1; cursor && page < MAX_PAGES; page += 1) {
    const data = await next(cursor);
    items.push(...((data[spec.items] as unknown[] | undefined) ?? []));
    cursor = data.nextCursor as string | undefined;
  }
  const { nextCursor: _done, ...rest } = first;
  return { ...rest, [spec.items]: items };
}

/**
 * Calls a paged list operation and follows its cursors, so pages see one whole list. The ETag is
 * the first page's: the server tags the whole collection, not the page.
 */
export async function callAllPages<O extends OperationDefinition>(
  operation: O,
  input: CallInput<O>,
): Promise<ApiResult<ResponseOf<O>>> {
  const first = await callOperation(operation, input);
  if (!operation.page) return first;
  const query = (input as { query?: object }).query ?? {};
  const data = await collectPages(operation.page, first.data as Body, async (cursor) => {
    const next = await callOperation(operation, { ...input, query: { ...query, cursor } } as CallInput<O>);
    return next.data as Body;
  });
  return { data: data as ResponseOf<O>, etag: first.etag };
}
