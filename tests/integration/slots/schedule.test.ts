import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationshipListSchema } from '../../../shared/relationships/relationship-schemas';
import { slotsResponseSchema } from '../../../shared/scheduling/slots-response';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
type User = TestStack['tenant']['data']['users'][number];
let organiser: User;
let peer: User;

const call: TestStack['callAs'] = (...args) => stack.callAs(...args);

beforeAll(async () => {
  stack = await startTestStack();
  organiser = stack.tenant.data.users.find(
    (u) => u.department === 'Product' && u.timeZone === 'Eastern Standard Time',
  )!;
  peer = stack.tenant.data.users.find((u) => u.department === 'Engineering' && u.timeZone === 'GMT Standard Time')!;
});
afterAll(() => stack?.close());

describe('POST /relationships/{id}/schedule', () => {
  it('creates the recurring Teams meeting in both calendars, records it, and the slot is gone afterwards', async () => {
    const id = (
      await call(organiser, 'POST', '/relationships', {
        peer: peer.id,
        goal: 'workload',
        cadenceWeeks: 2,
        format: 'video',
      })
    ).json.id;
    // Booking writes into the peer's calendar, so it waits for their accept.
    expect(
      (
        await call(organiser, 'POST', `/relationships/${id}/schedule`, {
          start: new Date(Date.now() + 86_400_000).toISOString(),
          end: new Date(Date.now() + 88_200_000).toISOString(),
        })
      ).status,
    ).toBe(409);
    expect((await call(peer, 'POST', `/relationships/${id}/respond`, { action: 'accept' })).status).toBe(200);
    const request = { peers: [peer.id], cadenceWeeks: 2, days: 14 };
    const before = slotsResponseSchema.parse((await call(organiser, 'POST', '/slots', request)).json);
    const slot = before.slots[0]!;

    const scheduled = await call(organiser, 'POST', `/relationships/${id}/schedule`, {
      start: slot.start,
      end: slot.end,
    });
    expect(scheduled.status).toBe(201);
    expect(scheduled.json).toMatchObject({ start: slot.start, end: slot.end, held: false });
    expect(scheduled.json.eventId).toBeTruthy();
    expect(scheduled.json.joinUrl).toBeTruthy();

    // A retry is idempotent: same event, no second meeting.
    const retried = await call(organiser, 'POST', `/relationships/${id}/schedule`, {
      start: slot.start,
      end: slot.end,
    });
    expect(retried.json.id).toBe(scheduled.json.id);
    expect((await call(organiser, 'GET', `/relationships/${id}/meetings`)).json.meetings).toHaveLength(1);

    // The peer's calendar holds every occurrence of the series (Graph's own view of it).
    const windowEnd = new Date(Date.parse(slot.occurrences[2]!.end) + 3_600_000).toISOString();
    const view = await fetch(
      `${stack.tenant.url}/v1.0/me/calendarView?startDateTime=${slot.start}&endDateTime=${windowEnd}&$top=1000`,
      { headers: { Authorization: `Bearer ${await stack.tokenFor(peer.id)}`, Prefer: 'outlook.timezone="UTC"' } },
    );
    const events = ((await view.json()) as { value: Array<{ subject: string; start: { dateTime: string } }> }).value;
    const series = events.filter((e) => e.subject.startsWith('Peer 1:1 ·'));
    expect(series.map((e) => new Date(`${e.start.dateTime.slice(0, 19)}Z`).toISOString())).toEqual(
      slot.occurrences.map((o) => o.start),
    );

    // Both see the next meeting in their list; the slot is no longer offered.
    for (const user of [organiser, peer]) {
      const row = relationshipListSchema
        .parse((await call(user, 'GET', '/relationships')).json)
        .relationships.find((r) => r.id === id)!;
      expect(row.nextMeetingAt).toBe(slot.start);
    }
    const after = slotsResponseSchema.parse((await call(organiser, 'POST', '/slots', request)).json);
    expect(after.slots.map((s) => s.start)).not.toContain(slot.start);
  });

  it('answers 404 to someone outside the relationship and 400 for a bad slot', async () => {
    const outsider = stack.tenant.data.users.find((u) => u.department === 'Sales')!;
    const id = (await call(organiser, 'POST', '/relationships', { peer: peer.id, goal: 'workload', cadenceWeeks: 2 }))
      .json.id;
    expect(
      (
        await call(outsider, 'POST', `/relationships/${id}/schedule`, {
          start: '2030-01-01T10:00:00Z',
          end: '2030-01-01T10:30:00Z',
        })
      ).status,
    ).toBe(404);
    const bad = await call(organiser, 'POST', `/relationships/${id}/schedule`, {
      start: '2030-01-01T10:00:00Z',
      end: '2030-01-01T09:30:00Z',
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].field).toBe('end');
  });
});
