import type { HttpRequest } from '@azure/functions';
import type { z } from 'zod';
import type { OperationDefinition } from '../../../shared/contracts/operation';
import { AppError } from '../../../shared/errors/app-error';
import { fieldErrorsFromZod } from '../../../shared/http/problem';
import { readJsonBody, type BodySource } from '../limits/request-body-guard';
import { requireIfMatch } from './if-match';

export interface RawInput {
  params: Record<string, string>;
  query: Record<string, string>;
  ifMatch?: string;
  body?: unknown;
}

/**
 * Everything the contract row says about the request, checked in a fixed order before the handler
 * runs: path parameters, query, If-Match, then the body. Each failure is a 4xx naming the field.
 */
export async function readInput(operation: OperationDefinition, request: HttpRequest): Promise<RawInput> {
  const params = operation.params ? parseWith(operation.params, request.params) : {};
  const query = operation.query ? parseWith(operation.query, Object.fromEntries(request.query)) : {};
  const ifMatch = operation.ifMatch ? requireIfMatch(request.headers) : undefined;
  const body = operation.body ? await readBody(request, operation.body) : undefined;
  return {
    params: params as Record<string, string>,
    query: query as Record<string, string>,
    ...(ifMatch !== undefined ? { ifMatch } : {}),
    ...(operation.body ? { body } : {}),
  };
}

/** Headers, a streamed byte-limited read, then JSON and the schema: 415/413/400 before anything is written. */
async function readBody(request: HttpRequest, schema: z.ZodType): Promise<unknown> {
  // Azure's HttpRequest body is a web ReadableStream, which is async-iterable in Node 20.
  const body = request.body as unknown as BodySource | null;
  return parseWith(schema, await readJsonBody({ headers: request.headers, body }));
}

function parseWith(schema: z.ZodType, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('invalid-input', 'The request is not valid.', { errors: fieldErrorsFromZod(parsed.error) });
  }
  return parsed.data;
}
