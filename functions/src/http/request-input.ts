import type { HttpRequest } from '@azure/functions';
import type { z } from 'zod';
import type { OperationDefinition } from '../../../shared/contracts/operation';
import { AppError } from '../../../shared/errors/app-error';
import { fieldErrorsFromZod } from '../../../shared/http/problem';
import { requireIfMatch } from './if-match';

const MAX_BODY_BYTES = 256 * 1024;

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
  const body = operation.body ? await readJsonBody(request, operation.body) : undefined;
  return {
    params: params as Record<string, string>,
    query: query as Record<string, string>,
    ...(ifMatch !== undefined ? { ifMatch } : {}),
    ...(operation.body ? { body } : {}),
  };
}

/** Reads and validates a JSON body; any failure is a 400 naming the field, before anything is written. */
async function readJsonBody(request: HttpRequest, schema: z.ZodType): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) invalid('(body)', `Body exceeds ${MAX_BODY_BYTES} bytes.`);
  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    invalid('(body)', 'Body is not valid JSON.');
  }
  return parseWith(schema, json);
}

function parseWith(schema: z.ZodType, value: unknown): unknown {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('invalid-input', 'The request is not valid.', { errors: fieldErrorsFromZod(parsed.error) });
  }
  return parsed.data;
}

function invalid(field: string, reason: string): never {
  throw new AppError('invalid-input', 'The request is not valid.', { errors: [{ field, reason }] });
}
