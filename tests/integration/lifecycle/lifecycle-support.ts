/* eslint-disable @typescript-eslint/no-explicit-any -- Graph-shaped JSON read field by field */
import { expect } from 'vitest';
import { slotsResponseSchema } from '../../../shared/scheduling/slots-response';
import type { TestStack } from '../../support/test-stack';

export type User = TestStack['tenant']['data']['users'][number];
const DAY = 86_400_000;

/** Pairs of colleagues outside each other's reporting line, a fresh pair per call. */
export function pairs(stack: TestStack) {
  const users = stack.tenant.data.users.filter((u) => u.managerId);
  const used = new Set<string>();
  return () => {
    for (const a of users) {
      if (used.has(a.id)) continue;
      const b = users.find(
        (u) =>
          !used.has(u.id) &&
          u.id !== a.id &&
          u.department !== a.department &&
          u.managerId !== a.id &&
          a.managerId !== u.id,
      );
      if (!b) continue;
      used.add(a.id).add(b.id);
      return [a, b] as const;
    }
    throw new Error('no pair left');
  };
}

/** Starts of the series' occurrences from now on in a person's calendar (Graph's own view). */
export async function futureOccurrences(stack: TestStack, person: User, seriesId: string, days = 120) {
  const from = new Date(Date.now()).toISOString();
  const to = new Date(Date.now() + days * DAY).toISOString();
  const res = await fetch(
    `${stack.tenant.url}/v1.0/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=1000`,
    { headers: { Authorization: `Bearer ${await stack.tokenFor(person.id)}`, Prefer: 'outlook.timezone="UTC"' } },
  );
  expect(res.status).toBe(200);
  const body = (await res.json()) as { value: any[] };
  return body.value.filter((e) => (e.seriesMasterId === seriesId || e.id === seriesId) && !e.isCancelled);
}

/** Free slots both share over the next two weeks (the slot finder needs no relationship). */
export async function sharedSlots(stack: TestStack, a: User, b: User) {
  return slotsResponseSchema.parse(
    (await stack.callAs(a, 'POST', '/slots', { peers: [b.id], cadenceWeeks: 2, days: 14 })).json,
  ).slots;
}

/** Peer 1:1 series in the demo tenant organised by one of the pair with the other invited (cancelled or not). */
export function seriesBetween(stack: TestStack, a: User, b: User) {
  return stack.tenant.data.events.filter(
    (e) =>
      e.recurrence &&
      e.subject.startsWith('Peer 1:1') &&
      ((e.organizerId === a.id && e.attendeeIds.includes(b.id)) ||
        (e.organizerId === b.id && e.attendeeIds.includes(a.id))),
  );
}

/**
 * Invites with the first free slot proposed, and the invitee accepts: the accept books the series
 * in the initiator's mailbox. Answers the relationship id and the series id.
 */
export async function bookedPair(stack: TestStack, a: User, b: User) {
  const slots = await sharedSlots(stack, a, b);
  const slot = slots[0]!;
  const created = await stack.callAs(a, 'POST', '/relationships', {
    peer: b.id,
    goal: 'rapport',
    cadenceWeeks: 2,
    proposedSlot: { start: slot.start, end: slot.end },
  });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  expect(seriesBetween(stack, a, b)).toEqual([]);
  const accepted = await stack.callAs(b, 'POST', `/relationships/${id}/respond`, { action: 'accept' });
  expect(accepted.status).toBe(200);
  expect(accepted.json).toMatchObject({ status: 'active', series: { organizer: a.id, eventId: expect.any(String) } });
  expect(seriesBetween(stack, a, b)).toHaveLength(1);
  return { id, seriesId: accepted.json.series.eventId as string, slots };
}

export async function outboxFor(stack: TestStack, recipientId: string) {
  const all = (await (await fetch(`${stack.tenant.url}/demo/outbox`)).json()) as Array<{
    recipientId: string;
    activityType: string;
  }>;
  return all.filter((n) => n.recipientId === recipientId);
}

/** The first fresh pair whose calendars share a free slot, with those slots. */
export async function pairWithSlots(stack: TestStack, next: () => readonly [User, User]) {
  for (let tries = 0; tries < 10; tries += 1) {
    const [a, b] = next();
    const slots = await sharedSlots(stack, a, b);
    if (slots.length > 0) return { a, b, slots };
  }
  throw new Error('no pair with a shared free slot');
}

/** The first fresh pair whose calendars share a free slot, booked. */
export async function bookedAnyPair(stack: TestStack, next: () => readonly [User, User]) {
  const { a, b } = await pairWithSlots(stack, next);
  return { a, b, ...(await bookedPair(stack, a, b)) };
}
