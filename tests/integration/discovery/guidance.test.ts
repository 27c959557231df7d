import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cadenceAdviceResponseSchema, promptsResponseSchema } from '../../../shared/discovery/guidance-schemas';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
type User = TestStack['tenant']['data']['users'][number];
let a: User;
let b: User;
let id: string;

const call: TestStack['callAs'] = (...args) => stack.callAs(...args);

beforeAll(async () => {
  stack = await startTestStack();
  a = stack.tenant.data.users.find((u) => u.department === 'Product' && u.managerId)!;
  b = stack.tenant.data.users.find((u) => u.department === 'Customer Success' && u.managerId)!;
  id = (await call(a, 'POST', '/relationships', { peer: b.id, goal: 'barriers', cadenceWeeks: 4 })).json.id;
  await call(b, 'POST', `/relationships/${id}/respond`, { action: 'accept' });
});
afterAll(() => stack?.close());

describe('GET /relationships/{id}/prompts', () => {
  it('gives the same prompts for the same meeting to both peers, for the goal and stage', async () => {
    const first = promptsResponseSchema.parse((await call(a, 'GET', `/relationships/${id}/prompts?count=5`)).json);
    expect(first.prompts).toHaveLength(5);
    expect(first).toMatchObject({ goal: 'barriers', stage: 'first', meetingKey: 'next' });
    expect(first.prompts.every((p) => p.goal === 'barriers')).toBe(true);
    const again = promptsResponseSchema.parse((await call(b, 'GET', `/relationships/${id}/prompts?count=5`)).json);
    expect(again.prompts.map((p) => p.id)).toEqual(first.prompts.map((p) => p.id));
  });

  it('does not repeat what the pair saw for earlier meetings', async () => {
    const seen = promptsResponseSchema.parse((await call(a, 'GET', `/relationships/${id}/prompts?count=5`)).json);
    const meeting = await call(a, 'POST', `/relationships/${id}/meetings`, {
      start: '2099-01-06T16:00:00Z',
      end: '2099-01-06T16:30:00Z',
    });
    const forMeeting = promptsResponseSchema.parse(
      (await call(a, 'GET', `/relationships/${id}/prompts?count=5&meeting=${meeting.json.id}`)).json,
    );
    expect(forMeeting.meetingKey).toBe(meeting.json.id);
    const overlap = forMeeting.prompts.filter((p) => seen.prompts.some((s) => s.id === p.id));
    expect(overlap).toEqual([]);
  });

  it('rejects a bad count naming the field', async () => {
    const answer = await call(a, 'GET', `/relationships/${id}/prompts?count=99`);
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].field).toBe('count');
  });
});

describe('GET /relationships/{id}/cadence-advice', () => {
  it('keeps the cadence without history, and suggests longer after low private ratings', async () => {
    const fresh = cadenceAdviceResponseSchema.parse((await call(a, 'GET', `/relationships/${id}/cadence-advice`)).json);
    expect(fresh).toMatchObject({ current: 4, suggested: 4, change: 'keep', reasonFacts: { outcome: 'noneYet' } });

    for (const day of ['2025-09-01', '2025-09-29', '2025-10-27']) {
      const meeting = await call(a, 'POST', `/relationships/${id}/meetings`, {
        start: `${day}T16:00:00Z`,
        end: `${day}T16:30:00Z`,
      });
      await call(
        a,
        'PATCH',
        `/relationships/${id}/meetings/${meeting.json.id}`,
        { held: true, rating: 1 },
        { 'If-Match': meeting.etag! },
      );
    }
    const advice = cadenceAdviceResponseSchema.parse(
      (await call(a, 'GET', `/relationships/${id}/cadence-advice`)).json,
    );
    expect(advice.change).toBe('longer');
    expect(advice.suggested).toBeGreaterThan(4);
    expect(advice.reason).toBe(
      'The last 3 meetings were rated 1.0 out of 5 on average: try every 6 weeks instead of 4',
    );
    expect(advice.reasonFacts).toEqual({ lowRatings: { count: 3, mean: 1 }, outcome: 'longer' });
    // Advice is never applied by itself, and the peer's advice does not reveal the caller's ratings.
    expect((await call(a, 'GET', `/relationships/${id}`)).json.cadenceWeeks).toBe(4);
    const peers = cadenceAdviceResponseSchema.parse((await call(b, 'GET', `/relationships/${id}/cadence-advice`)).json);
    expect(peers.change).not.toBe('longer');
    expect(peers.reasonFacts).not.toHaveProperty('lowRatings');
  });
});
