import { type z } from 'zod';
import type { AppErrorCode } from '../errors/app-error';
import type { PageSpec } from './pagination';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type SuccessStatus = 200 | 201 | 204;

/** A schema for a group of named string values (path parameters, query parameters). */
export type ParamsSchema = z.ZodObject<Record<string, z.ZodType>>;

/**
 * One API operation: everything the server, the add-in's client and the OpenAPI document need.
 * `path` uses the Azure Functions template syntax (`relationships/{id}`), relative to `/api`.
 */
export interface OperationDefinition {
  method: HttpMethod;
  path: string;
  summary: string;
  /** Decoded path parameters, validated before the handler runs (400 naming the parameter). */
  params?: ParamsSchema;
  query?: ParamsSchema;
  body?: z.ZodType;
  /** The success body; `null` for 204 No Content. */
  response: z.ZodType | null;
  /** Success statuses, the usual one first (e.g. 201 created, 200 when it already existed). */
  success: readonly [SuccessStatus, ...SuccessStatus[]];
  /** The operation changes a versioned resource: `If-Match` is required (428 without it). */
  ifMatch?: boolean;
  /** The response carries an `ETag` the client can send back as `If-Match`. */
  etag?: boolean;
  /**
   * The list is paged: `?cursor=` (the `nextCursor` of the previous page) and `?limit=` in the query,
   * at most `maxSize` items per page; clients follow `nextCursor` until it is absent.
   */
  page?: PageSpec;
  /** No token is asked for or validated, and the handler gets no caller (health probes only). */
  anonymous?: true;
  /** Every problem code the operation can answer, besides `unauthenticated` and `internal`. */
  problems: readonly AppErrorCode[];
}

export type Operation<Name extends string = string> = OperationDefinition & { name: Name };

/** Gives each row its key as its `name`, so a name is written once. */
export function defineOperations<const T extends Record<string, OperationDefinition>>(
  rows: T,
): { [K in keyof T & string]: T[K] & { name: K } } {
  return Object.fromEntries(Object.entries(rows).map(([name, row]) => [name, { ...row, name }])) as never;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type In<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What the server hands a handler after validation (defaults applied). */
export type ParamsOf<O extends OperationDefinition> = Out<O['params']>;
export type QueryOf<O extends OperationDefinition> = Out<O['query']>;
export type BodyOf<O extends OperationDefinition> = Out<O['body']>;
/** What a client may send (defaults not yet applied). */
export type ParamsInputOf<O extends OperationDefinition> = In<O['params']>;
export type QueryInputOf<O extends OperationDefinition> = In<O['query']>;
export type BodyInputOf<O extends OperationDefinition> = In<O['body']>;
/** What the client receives after parsing with the response schema. */
export type ResponseOf<O extends OperationDefinition> = O['response'] extends z.ZodType
  ? z.output<O['response']>
  : undefined;
/** What a handler may answer (before the client's parse). */
export type ResponseInputOf<O extends OperationDefinition> = O['response'] extends z.ZodType
  ? z.input<O['response']>
  : undefined;

/** Codes every authenticated operation can answer, whatever its row says. */
export const commonProblems: readonly AppErrorCode[] = ['unauthenticated', 'internal'];
