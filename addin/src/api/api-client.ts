import type { z } from 'zod';
import {
  operationPath,
  queryString,
  type BodyInputOf,
  type OperationDefinition,
  type ParamsInputOf,
  type QueryInputOf,
  type ResponseOf,
} from '../../../shared/contracts';
import type { AppErrorCode } from '../../../shared/errors/app-error';
import { problemSchema, type Problem } from '../../../shared/http/problem';
import { loadAppConfig } from '../host/app-config';
import { getToken } from '../host/get-token';

/** An API error with the server's problem details, so views can show the detail and react by type. */
export class ApiProblem extends Error {
  /** On a 412, the ETag of the current version the problem carries. */
  constructor(
    readonly problem: Problem,
    readonly etag: string | null = null,
    /** The server's `Retry-After` in seconds (a 503 or 429 says when to come back). */
    readonly retryAfterSeconds: number | undefined = undefined,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
  }
  get status(): number {
    return this.problem.status;
  }
  /** The server's error code (the vocabulary in shared/errors), when it sent one. */
  get code(): AppErrorCode | undefined {
    return typeof this.problem.code === 'string' ? (this.problem.code as AppErrorCode) : undefined;
  }
}

export interface ApiResult<T> {
  data: T;
  etag: string | null;
}

/** What one call of an operation sends; each part is present exactly when the contract row has it. */
export type CallInput<O extends OperationDefinition> = (O['params'] extends object
  ? { params: ParamsInputOf<O> }
  : { params?: undefined }) &
  (O['query'] extends object ? { query?: QueryInputOf<O> } : { query?: undefined }) &
  (O['body'] extends object ? { body: BodyInputOf<O> } : { body?: undefined }) &
  (O['ifMatch'] extends true ? { ifMatch: string } : { ifMatch?: undefined }) & { signal?: AbortSignal };

/**
 * Calls one operation of the contract table: the URL is built (and encoded) from the row's path,
 * and the answer is validated against the row's response schema.
 */
export async function callOperation<O extends OperationDefinition>(
  operation: O,
  input: CallInput<O>,
): Promise<ApiResult<ResponseOf<O>>> {
  const { params, query, body, ifMatch, signal } = input as {
    params?: object;
    query?: object;
    body?: unknown;
    ifMatch?: string;
    signal?: AbortSignal;
  };
  const path = operationPath(operation, params) + queryString(query);
  const result = await apiRequest(path, (operation.response ?? noContent) as z.ZodType, {
    method: operation.method,
    ...(body !== undefined ? { body } : {}),
    ...(ifMatch ? { ifMatch } : {}),
    ...(signal ? { signal } : {}),
  });
  return result as ApiResult<ResponseOf<O>>;
}

const noContent = { parse: () => undefined } as unknown as z.ZodType;

/**
 * A GET that costs a bodiless 304 when the list still has the ETag the caller holds (the live
 * signal's poll): `{ status: 304 }`, or `{ status: 200, etag }` once it changed.
 */
export async function callIfChanged<O extends OperationDefinition>(
  operation: O,
  input: CallInput<O>,
  etag: string | null,
): Promise<{ status: 304 } | { status: 200; etag: string | null }> {
  const { params, query, signal } = input as { params?: object; query?: object; signal?: AbortSignal };
  const [config, token] = await Promise.all([loadAppConfig(), getToken()]);
  const response = await fetch(`${config.apiBaseUrl}${operationPath(operation, params)}${queryString(query)}`, {
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      ...(etag ? { 'If-None-Match': etag } : {}),
    },
    ...(signal ? { signal } : {}),
  });
  await response.body?.cancel();
  if (response.status === 304) return { status: 304 };
  if (!response.ok) throw new ApiProblem({ type: 'about:blank', title: response.statusText, status: response.status });
  return { status: 200, etag: response.headers.get('ETag') };
}

/** Calls the API with the caller's token and validates the answer against the shared schema. */
async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  init: { method?: string; body?: unknown; ifMatch?: string; signal?: AbortSignal } = {},
): Promise<ApiResult<z.infer<S>>> {
  const [config, token] = await Promise.all([loadAppConfig(), getToken()]);
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.ifMatch) headers['If-Match'] = init.ifMatch;

  let response: Response;
  try {
    response = await fetch(`${config.apiBaseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      ...(init.signal ? { signal: init.signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiProblem({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: 'The service could not be reached. Check your connection and retry.',
    });
  }

  const text = await response.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const parsed = problemSchema.safeParse(json);
    throw new ApiProblem(
      parsed.success
        ? parsed.data
        : { type: 'about:blank', title: response.statusText || 'Error', status: response.status },
      response.headers.get('ETag'),
      retryAfterSeconds(response.headers.get('Retry-After')),
    );
  }
  return { data: schema.parse(json), etag: response.headers.get('ETag') };
}

/** `Retry-After` as seconds (a number of seconds; an HTTP date is not sent by this API). */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || !/^\d{1,6}$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
