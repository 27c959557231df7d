import { z } from 'zod';
import { problemSchema } from '../http/problem';
import { commonProblems, type Operation, type ParamsSchema } from './operation';
import { statusOfCode } from './problem-statuses';

type JsonObject = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonObject => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  return rest;
};

/** Path or query parameters, one entry per property of the row's object schema. */
function parameters(schema: ParamsSchema | undefined, location: 'path' | 'query'): JsonObject[] {
  if (!schema) return [];
  const described = jsonSchema(schema, 'input') as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(described.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (described.required ?? []).includes(name),
    schema: property,
  }));
}

function responses(operation: Operation): JsonObject {
  const out: JsonObject = {};
  for (const status of operation.success) {
    const headers = operation.etag
      ? { ETag: { schema: { type: 'string' }, description: 'Send back as If-Match' } }
      : {};
    out[String(status)] = operation.response
      ? {
          description: status === 201 ? 'Created' : 'OK',
          headers,
          content: { 'application/json': { schema: jsonSchema(operation.response, 'output') } },
        }
      : { description: 'No content' };
  }
  const statuses = new Set([...commonProblems, ...operation.problems].map(statusOfCode));
  for (const status of [...statuses].sort()) {
    out[String(status)] = { $ref: `#/components/responses/Problem${status}` };
  }
  return out;
}

/** The OpenAPI 3.1 description of the contract table (the table is the source, this is derived). */
export function openApiDocument(rows: ReadonlyArray<Operation>, options: { serverUrl: string; version?: string }) {
  const paths: Record<string, Record<string, JsonObject>> = {};
  const problemStatuses = new Set<number>();
  for (const row of rows) {
    for (const code of [...commonProblems, ...row.problems]) problemStatuses.add(statusOfCode(code));
    const ifMatch = row.ifMatch
      ? [
          {
            name: 'If-Match',
            in: 'header',
            required: true,
            schema: { type: 'string' },
            description: 'The ETag you read',
          },
        ]
      : [];
    const item: JsonObject = {
      operationId: row.name,
      summary: row.summary,
      security: row.anonymous ? [] : [{ bearer: [] }],
      parameters: [...parameters(row.params, 'path'), ...parameters(row.query, 'query'), ...ifMatch],
      responses: responses(row),
      'x-problem-codes': [...commonProblems, ...row.problems],
    };
    if (row.body) {
      item.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(row.body, 'input') } } };
    }
    (paths[`/${row.path}`] ??= {})[row.method.toLowerCase()] = item;
  }
  const problemResponses = Object.fromEntries(
    [...problemStatuses].sort().map((status) => [
      `Problem${status}`,
      {
        description: `Problem (${status})`,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'Peer 1:1s API', version: options.version ?? '1' },
    servers: [{ url: options.serverUrl }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          ...jsonSchema(problemSchema, 'output'),
          description: 'RFC 9457 problem details; `code` is one of the error vocabulary',
        },
      },
      responses: problemResponses,
    },
  };
}
