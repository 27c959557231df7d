import type {
  BodyOf,
  Operation,
  OperationDefinition,
  ParamsOf,
  QueryOf,
  ResponseInputOf,
} from '../../../shared/contracts/operation';
import type { Caller } from '../auth/caller';
import type { UseCases } from '../use-cases';

/** What the edge hands a handler: the proven caller, input validated against the contract row, use cases. */
export interface HandlerContext<O extends OperationDefinition> {
  /** Absent exactly for the rows marked `anonymous` (no token is read for them). */
  caller: O['anonymous'] extends true ? undefined : Caller;
  input: {
    params: ParamsOf<O>;
    query: QueryOf<O>;
    body: BodyOf<O>;
    /** Present (and required) exactly when the row says `ifMatch: true`. */
    ifMatch: O['ifMatch'] extends true ? string : undefined;
  };
  useCases: UseCases;
}

/** A handler's answer: the body the row's response schema describes, its ETag, and the status if not the usual. */
export type Reply<O extends OperationDefinition> = {
  status?: O['success'][number];
  etag?: string;
} & (O['response'] extends null ? { body?: undefined } : { body: ResponseInputOf<O> });

export type Handler<O extends OperationDefinition> = (context: HandlerContext<O>) => Promise<Reply<O>>;

/** One row of the route table: a contract row and its handler. */
export interface RouteRow {
  operation: Operation;
  handle: Handler<OperationDefinition>;
}

/** Handlers for a group of contract rows, one per row (the compiler rejects a missing one). */
export type HandlersFor<T extends Record<string, OperationDefinition>> = { [K in keyof T]: Handler<T[K]> };
