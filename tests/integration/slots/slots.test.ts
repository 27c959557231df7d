import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphCalendars } from '../../../functions/src/adapters/graph-calendars';
import { slotsResponseSchema } from '../../../shared/scheduling/slots-response';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
type User = TestStack['tenant']['data']['users'][number];
let organiser: User;
let peer: User;
let token: string;

async function graphStats(s: TestStack) {
  return (await (await fetch(`${s.tenant.url}/demo/stats`)).json()) as {
    total: number;
    byRoute: Record<string, number>;
  };
}
const resetStats = (s: TestStack) => fetch(`${s.tenant.url}/demo/stats/reset`, { method: 'POST' });

async function slots(s: TestStack, bearer: string, body: unknown) {
  const response = await s.api('/slots', {
    method: 'POST',
    token: bearer,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

beforeAll(async () => {
  stack = await startTestStack();
  organiser = stack.tenant.data.users.find((u) => u.department === 'Product' && u.managerId)!;
  // A pair across two zones whose working days overlap: a New York product manager and a London designer.
  organiser = stack.tenant.data.users.find(
    (u) => u.department === 'Product' && u.timeZone === 'Eastern Standard Time',
  )!;
  peer = stack.tenant.data.users.find((u) => u.department === 'Design' && u.timeZone === 'GMT Standard Time')!;
  token = await stack.tokenFor(organiser.id);
  const created = await stack.api('/relationships', {
    method: 'POST',
    token,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ peer: peer.id, goal: 'rapport', cadenceWeeks: 2 }),
  });
  expect(created.status).toBe(201);
});
afterAll(() => stack?.close());

describe('POST /api/slots', () => {
  it('finds slots for a pair with exactly one Graph request, with both local times', async () => {
    await resetStats(stack);
    const answer = await slots(stack, token, {
      peers: [peer.id],
      durationMinutes: 30,
      cadenceWeeks: 2,
      occurrences: 3,
      days: 14,
    });
    expect(answer.status).toBe(200);
    const body = slotsResponseSchema.parse(answer.json);
    expect(body.slots.length).toBeGreaterThan(0);
    const first = body.slots[0]!;
    expect(first.occurrences).toHaveLength(3);
    expect(Object.keys(first.local).sort()).toEqual([organiser.id, peer.id].sort());
    expect(first.reasons.length).toBeGreaterThan(0);
    const stats = await graphStats(stack);
    expect(stats.total).toBe(1);
    expect(stats.byRoute['POST /me/calendar/getSchedule']).toBe(1);
  });

  it('no longer offers a time once an event is created there in the demo calendars', async () => {
    const request = { peers: [peer.mail], durationMinutes: 30, cadenceWeeks: 2, occurrences: 3, days: 14 };
    const before = slotsResponseSchema.parse((await slots(stack, token, request)).json);
    const taken = before.slots[0]!;
    const event = await fetch(`${stack.tenant.url}/v1.0/me/events`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        subject: 'Peer 1:1',
        start: { dateTime: taken.start.replace('Z', ''), timeZone: 'UTC' },
        end: { dateTime: taken.end.replace('Z', ''), timeZone: 'UTC' },
        attendees: [{ emailAddress: { address: peer.mail, name: peer.displayName }, type: 'required' }],
      }),
    });
    expect(event.status).toBe(201);
    const after = slotsResponseSchema.parse((await slots(stack, token, request)).json);
    expect(after.slots.map((s) => s.start)).not.toContain(taken.start);
    for (const slot of after.slots) {
      for (const o of slot.occurrences) {
        expect(Date.parse(o.end) <= Date.parse(taken.start) || Date.parse(o.start) >= Date.parse(taken.end)).toBe(true);
      }
    }
  });

  it('answers 400 naming the field for bad input', async () => {
    const cases: Array<[unknown, string]> = [
      [{ peers: [peer.id], durationMinutes: 10 }, 'durationMinutes'],
      [{ peers: [peer.id], durationMinutes: 150 }, 'durationMinutes'],
      [{ peers: [peer.id], days: 62 }, 'days'],
      [{ peers: Array.from({ length: 20 }, (_, i) => `someone${i}@contoso.example`) }, 'peers'],
      [{ peers: ['nobody@nowhere.example'] }, 'peers[0]'],
      [{ peers: [] }, 'peers'],
      [{ peers: [peer.id], from: 'tomorrow' }, 'from'],
    ];
    for (const [body, field] of cases) {
      const answer = await slots(stack, token, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.json.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('fetches free/busy for many people in ⌈(n+1)/20⌉ getSchedule calls', async () => {
    const others = stack.tenant.data.users.filter((u) => u.id !== organiser.id).slice(0, 25);
    await resetStats(stack);
    const calendars = createGraphCalendars(stack.root.graph);
    const now = Date.now();
    const result = await calendars.freeBusy(
      { tenantId: stack.tenant.tenantId, userId: organiser.id, username: organiser.mail, token },
      {
        schedules: [organiser.mail, ...others.map((u) => u.mail)],
        ranges: [{ start: now, end: now + 14 * 86_400_000 }],
        intervalMinutes: 30,
      },
    );
    expect(result.people.size).toBe(26);
    expect(result.graphRequests).toBe(2);
    expect((await graphStats(stack)).byRoute['POST /me/calendar/getSchedule']).toBe(2);
  });
});

describe('POST /api/slots when Graph throttles', () => {
  it('retries a 429 honouring Retry-After and answers', async () => {
    const throttled = await startTestStack({ throttle: 'every=2' });
    try {
      const p = throttled.tenant.data.users.find((u) => u.department === 'Design')!;
      const o = throttled.tenant.data.users.find((u) => u.department === 'Product')!;
      const answer = await slots(throttled, await throttled.tokenFor(o.id), {
        peers: [p.mail],
        cadenceWeeks: 2,
        days: 7,
      });
      expect(answer.status).toBe(200);
      expect(slotsResponseSchema.parse(answer.json).slots.length).toBeGreaterThan(0);
    } finally {
      await throttled.close();
    }
  });

  it('answers 503 with Retry-After when Graph keeps refusing', async () => {
    const refusing = await startTestStack({ throttle: 'every=1' });
    try {
      const o = refusing.tenant.data.users.find((u) => u.department === 'Product')!;
      const p = refusing.tenant.data.users.find((u) => u.department === 'Design')!;
      const answer = await slots(refusing, await refusing.tokenFor(o.id), {
        peers: [p.mail],
        cadenceWeeks: 2,
        days: 7,
      });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await refusing.close();
    }
  });
});
