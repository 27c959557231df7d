import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedPair, startFaultStack, type FaultStack } from '../faults/fault-stack';

const APP_ORIGIN = 'https://peers.contoso.example';
let stack: FaultStack;
let pair: Awaited<ReturnType<typeof acceptedPair>>;
beforeAll(async () => {
  // Two writes for setting up the pair (one each), then three for the test's caller.
  stack = await startFaultStack({
    limits: { writes: { capacity: 3, refillMs: 60_000 } },
    webOrigins: [APP_ORIGIN],
  });
  pair = await acceptedPair(stack);
});
afterAll(() => stack?.close());

describe('per-caller write bucket', () => {
  it('answers 429 with Retry-After past the burst, keeps reads and other callers going, and stores nothing more', async () => {
    const path = `/relationships/${pair.id}/agenda`;
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await stack.call(pair.alice, 'POST', path, { text: `item ${i}` }));
    // Alice used one write to invite; two more fit, then the bucket is empty.
    expect(answers.map((a) => a.status)).toEqual([201, 201, 429, 429]);
    const refused = answers[2]!;
    expect(refused.json).toMatchObject({ code: 'rate-limited', status: 429 });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const read = await stack.call(pair.alice, 'GET', path);
    expect(read.status).toBe(200);
    expect(read.json.items).toHaveLength(2);
    const bobWrites = await stack.call(pair.bob, 'POST', path, { text: 'from bob' });
    expect(bobWrites.status).toBe(201);
  });
});

describe('CORS only for the configured web origins', () => {
  it('grants the app origin, and gives any other origin nothing it could read', async () => {
    const allowed = await stack.call(pair.alice, 'GET', '/relationships', undefined, { Origin: APP_ORIGIN });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('ETag');
    const other = await stack.call(pair.alice, 'GET', '/relationships', undefined, { Origin: 'https://evil.example' });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toContain('Origin');
  });

  it('answers a preflight with methods and headers for the app origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${stack.apiUrl}/api/relationships/${pair.id}/agenda`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
    const granted = await preflight(APP_ORIGIN);
    expect(granted.status).toBe(204);
    expect(granted.headers.get('access-control-allow-methods')).toContain('POST');
    expect(granted.headers.get('access-control-allow-headers')).toContain('If-Match');
    const denied = await preflight('https://evil.example');
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    expect(denied.headers.get('access-control-allow-methods')).toBeNull();
  });
});
