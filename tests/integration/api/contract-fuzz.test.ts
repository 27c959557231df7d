import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { operationList } from '../../../shared/contracts';
import type { Operation } from '../../../shared/contracts/operation';
import { TABLE_NAMES } from '../../../functions/src/storage/tables';
import { acceptedPair, startFaultStack, type FaultStack } from '../faults/fault-stack';

/**
 * Every row of the contract table, fuzzed at its path, query, body and headers: the API answers
 * only 2xx or 4xx, every 4xx is problem+json, a 4xx changes nothing in storage, and an outsider
 * cannot tell someone else's relationship from one that does not exist.
 */
const RUNS_PER_OPERATION = 5;
const hostile = [
  '%2500',
  '00000000-0000-0000-0000-000000000000',
  '..',
  'a/b\\c#d?e',
  '\u0000',
  '\u202Egnp.exe',
  '\uD800',
  "' or 1 eq 1",
  '$filter',
  'x'.repeat(600),
  '',
];

let stack: FaultStack;
let pair: Awaited<ReturnType<typeof acceptedPair>>;
let outsider: { id: string };
let known: string[] = [];
beforeAll(async () => {
  stack = await startFaultStack();
  pair = await acceptedPair(stack);
  outsider = stack.users.find((u) => u.id !== pair.alice.id && u.id !== pair.bob.id && u.managerId)!;
  const item = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/agenda`, { text: 'fuzz target' });
  const commitment = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/commitments`, {
    text: 'fuzz target',
    owner: pair.alice.id,
  });
  const meeting = await stack.call(pair.alice, 'POST', `/relationships/${pair.id}/meetings`, {
    start: new Date(Date.now() - 7200_000).toISOString(),
    end: new Date(Date.now() - 3600_000).toISOString(),
  });
  known = [pair.id, item.json.id, commitment.json.id, meeting.json.id, pair.alice.id];
});
afterAll(() => stack?.close());

/** A fingerprint of every entity (table, keys, version), to prove a refused request wrote nothing. */
async function storageFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of TABLE_NAMES) {
    for await (const entity of stack.root.tables.client(name).listEntities()) {
      hash.update(`${name}|${entity.partitionKey}|${entity.rowKey}|${entity.etag}\n`);
    }
  }
  return hash.digest('hex');
}

const propertyNames = (schema: z.ZodType | undefined): string[] => {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: object };
  return Object.keys(json.properties ?? {});
};

const segment = () => fc.oneof(fc.constantFrom(...hostile), fc.constantFrom(...known), fc.string({ maxLength: 30 }));
const anyValue = () => fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...hostile), fc.constantFrom(...known));

function requestFor(operation: Operation) {
  const params = propertyNames(operation.params);
  const queryKeys = [...propertyNames(operation.query), 'cursor', '$filter'];
  const bodyKeys = propertyNames(operation.body);
  return fc.record({
    params: fc.tuple(...params.map(() => segment())),
    encode: fc.boolean(),
    query: fc.dictionary(
      fc.constantFrom(...queryKeys),
      fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...hostile)),
      {
        maxKeys: 3,
      },
    ),
    body: fc.oneof(
      fc.dictionary(fc.constantFrom(...(bodyKeys.length ? bodyKeys : ['x'])), anyValue(), { maxKeys: 4 }),
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant(undefined),
    ),
    rawBody: fc.option(fc.constantFrom('{"text":', 'not json', '\u0000', '[]'), { nil: undefined }),
    contentType: fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/xml'),
    ifMatch: fc.option(fc.constantFrom('*', 'W/"x"', '"0"', 'garbage', '"a","b"'), { nil: undefined }),
  });
}
type Fuzzed = ReturnType<typeof requestFor> extends fc.Arbitrary<infer T> ? T : never;

/** Percent-encoding that turns a lone surrogate into the bytes of one (invalid UTF-8), as an attacker might. */
const percentEncode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
};

function urlOf(operation: Operation, input: Fuzzed, override?: Record<string, string>) {
  const names = propertyNames(operation.params);
  let path = operation.path;
  names.forEach((name, i) => {
    const value = override?.[name] ?? String(input.params[i] ?? '');
    const encoded = input.encode ? percentEncode(value) : value.replace(/[/?#%]/g, (c) => encodeURIComponent(c));
    path = path.replace(`{${name}}`, encoded || '%20');
  });
  const query = new URLSearchParams(input.query as Record<string, string>).toString();
  return `/api/${path}${query ? `?${query}` : ''}`;
}

async function send(
  operation: Operation,
  input: Fuzzed,
  user: { id: string } | undefined,
  override?: Record<string, string>,
) {
  const sendsBody = operation.method !== 'GET' && (input.rawBody !== undefined || input.body !== undefined);
  const body = sendsBody ? (input.rawBody ?? JSON.stringify(input.body)) : undefined;
  const response = await fetch(`${stack.apiUrl}${urlOf(operation, input, override)}`, {
    method: operation.method,
    headers: {
      ...(user ? { Authorization: `Bearer ${await stack.tokenFor(user.id)}` } : {}),
      ...(body !== undefined ? { 'Content-Type': input.contentType } : {}),
      ...(input.ifMatch ? { 'If-Match': input.ifMatch } : {}),
    },
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

function expectWellFormed(answer: { status: number; type: string; text: string }, label: string) {
  expect(answer.status, `${label}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  expect(answer.status, label).toBeGreaterThanOrEqual(200);
  if (answer.status >= 400) {
    expect(answer.type, label).toContain('application/problem+json');
    expect(JSON.parse(answer.text), label).toHaveProperty('code');
  }
}

// Erasing the insider's own data would leave nothing to fuzz; outsiders and anonymous callers cover it.
const insiderOperations = operationList.filter((o) => o.name !== 'deleteMyData');

describe('the contract table under fuzzed input', () => {
  it('answers a member only 2xx or problem+json 4xx, and a 4xx writes nothing', async () => {
    let before = await storageFingerprint();
    for (const operation of insiderOperations) {
      await fc.assert(
        fc.asyncProperty(requestFor(operation), async (input) => {
          const answer = await send(operation, input, pair.alice);
          const label = `${operation.name} ${urlOf(operation, input)}`;
          expectWellFormed(answer, label);
          const after = await storageFingerprint();
          if (answer.status >= 400) expect(after, `${label} wrote on ${answer.status}`).toBe(before);
          before = after;
        }),
        { numRuns: RUNS_PER_OPERATION },
      );
    }
  }, 120_000);

  it('gives outsiders and anonymous callers the same answer for a real relationship as for a missing one', async () => {
    const withId = operationList.filter((o) => propertyNames(o.params).includes('id'));
    const missing = 'AAAAAAAAAAAAAAAAAAAAAA';
    let compared = 0;
    for (const operation of withId) {
      await fc.assert(
        fc.asyncProperty(requestFor(operation), async (input) => {
          for (const user of [outsider, undefined]) {
            const real = await send(operation, input, user, { id: pair.id });
            const absent = await send(operation, input, user, { id: missing });
            const label = `${operation.name} as ${user ? 'outsider' : 'anonymous'}`;
            expectWellFormed(real, label);
            expect(real.status, label).toBeGreaterThanOrEqual(400);
            expect([real.status, JSON.parse(real.text).code], label).toEqual([
              absent.status,
              JSON.parse(absent.text).code,
            ]);
            compared += 1;
          }
        }),
        { numRuns: 3 },
      );
    }
    expect(compared).toBe(withId.length * 3 * 2);
  }, 120_000);
});
