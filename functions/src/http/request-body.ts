import type { HttpRequest } from '@azure/functions';
import type { z } from 'zod';
import { fieldErrorsFromZod } from '../../../shared/http/problem';
import { problems } from './http-problem';

const MAX_BODY_BYTES = 256 * 1024;

/** Reads and validates a JSON body; any failure is a 400 naming the field, before anything is written. */
export async function readJsonBody<S extends z.ZodType>(request: HttpRequest, schema: S): Promise<z.infer<S>> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) {
    throw problems.validation([{ field: '(body)', reason: `Body exceeds ${MAX_BODY_BYTES} bytes.` }]);
  }
  let json: unknown;
  try {
    json = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    throw problems.validation([{ field: '(body)', reason: 'Body is not valid JSON.' }]);
  }
  return parseWith(schema, json);
}

/** Validates query parameters (or any plain object) against a schema, answering 400 on failure. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw problems.validation(fieldErrorsFromZod(parsed.error, prefix));
  return parsed.data;
}
