import { afterEach, describe, expect, it } from 'vitest';
import { startFaultStack, type FaultStack } from './fault-stack';

const GRAPH_DEADLINE_MS = 2_500;
const SLACK_MS = 1_500;
let stack: FaultStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const caller = (s: FaultStack) => s.users.find((u) => u.department === 'Marketing' && u.managerId)!;

function expectUnavailable(answer: Awaited<ReturnType<FaultStack['call']>>) {
  expect(answer.status).toBe(503);
  expect(answer.headers.get('content-type')).toContain('application/problem+json');
  expect(answer.json).toMatchObject({ code: 'dependency-unavailable' });
  expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
}

describe('a sick Graph answers 503 within the deadline', () => {
  it('retries throttling after Retry-After while the deadline allows, then answers 503', async () => {
    // Every Graph request answers 429 with Retry-After: 1.
    stack = await startFaultStack({ throttle: 'every=1', limits: { graphDeadlineMs: GRAPH_DEADLINE_MS } });
    const answer = await stack.call(caller(stack), 'GET', '/peers/search?q=a');
    expectUnavailable(answer);
    // Two waits of one second fit in 2.5 s; a third would not, so it stops before the deadline.
    expect(answer.ms).toBeGreaterThanOrEqual(2_000);
    expect(answer.ms).toBeLessThan(GRAPH_DEADLINE_MS + SLACK_MS);
  });

  it('rides out occasional throttling by honouring Retry-After', async () => {
    stack = await startFaultStack({ throttle: 'every=2', limits: { graphDeadlineMs: GRAPH_DEADLINE_MS } });
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await stack.call(caller(stack), 'GET', `/peers/search?q=${'abc'[i]}`));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    // At least one of them met a 429 and waited its second before the retry succeeded.
    expect(Math.max(...answers.map((a) => a.ms))).toBeGreaterThanOrEqual(950);
  });

  it('aborts a Graph call that never answers (DEMO_HANG) at the deadline with 503', async () => {
    stack = await startFaultStack({ hang: 'GET /users', limits: { graphDeadlineMs: GRAPH_DEADLINE_MS } });
    const answer = await stack.call(caller(stack), 'GET', '/peers/search?q=a');
    expectUnavailable(answer);
    expect(answer.ms).toBeGreaterThanOrEqual(GRAPH_DEADLINE_MS - 100);
    expect(answer.ms).toBeLessThan(GRAPH_DEADLINE_MS + SLACK_MS);
  });
});
