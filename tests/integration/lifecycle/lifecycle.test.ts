import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../../support/test-stack';
import { demoApiConfig } from '../../../dev/stack';
import { createCompositionRoot } from '../../../functions/src/composition-root';
import {
  bookedAnyPair,
  futureOccurrences,
  outboxFor,
  pairWithSlots,
  pairs,
  seriesBetween,
  sharedSlots,
  type User,
} from './lifecycle-support';

// Issue 13's defects, each against Azurite and the demo tenant (calendars and activity outbox).

let stack: TestStack;
let nextPair: () => readonly [User, User];
beforeAll(async () => {
  stack = await startTestStack();
  nextPair = pairs(stack);
});
afterAll(() => stack?.close());
const call: TestStack['callAs'] = (...args) => stack.callAs(...args);

describe('the relationship life cycle', () => {
  it('refuses the caller’s manager and direct report with 422 not-a-peer, and oneself with 400', async () => {
    const report = stack.tenant.data.users.find((u) => u.managerId)!;
    const manager = stack.tenant.data.users.find((u) => u.id === report.managerId)!;
    const up = await call(report, 'POST', '/relationships', { peer: manager.id, goal: 'rapport', cadenceWeeks: 4 });
    expect(up.status).toBe(422);
    expect(up.json.code ?? up.json.type).toBeTruthy();
    expect(JSON.stringify(up.json)).toContain('manager');
    const down = await call(manager, 'POST', '/relationships', { peer: report.mail, goal: 'rapport', cadenceWeeks: 4 });
    expect(down.status).toBe(422);
    expect(JSON.stringify(down.json)).toContain('reports to you');
    expect(
      (await call(report, 'POST', '/relationships', { peer: report.id, goal: 'rapport', cadenceWeeks: 4 })).status,
    ).toBe(400);
    expect(await outboxFor(stack, manager.id)).toHaveLength(0);
  });

  it('books only once both agreed: the accept books the proposed time once, /schedule then conflicts, a reschedule replaces it', async () => {
    const [a, b] = nextPair();
    const created = await call(a, 'POST', '/relationships', { peer: b.id, goal: 'ideas', cadenceWeeks: 2 });
    const start = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const end = new Date(Date.now() + 3 * 86_400_000 + 1_800_000).toISOString();
    const early = await call(a, 'POST', `/relationships/${created.json.id}/schedule`, { start, end });
    expect(early.status).toBe(409);
    expect(seriesBetween(stack, a, b)).toEqual([]);

    const { a: c, b: d, id, seriesId, slots } = await bookedAnyPair(stack, nextPair);
    for (const person of [c, d]) expect((await futureOccurrences(stack, person, seriesId)).length).toBeGreaterThan(0);
    const meetings = (await call(d, 'GET', `/relationships/${id}/meetings`)).json.meetings;
    expect(meetings).toMatchObject([{ eventId: seriesId, start: new Date(Date.parse(slots[0]!.start)).toISOString() }]);
    expect((await call(d, 'GET', `/relationships/${id}`)).json.nextMeetingAt).toBe(meetings[0].start);

    const other = slots.find((s) => Date.parse(s.start) > Date.parse(slots[0]!.start) + 86_400_000) ?? slots[1]!;
    const second = await call(c, 'POST', `/relationships/${id}/schedule`, { start: other.start, end: other.end });
    expect(second.status).toBe(409);
    expect(seriesBetween(stack, c, d)).toHaveLength(1);
    const again = await call(c, 'POST', `/relationships/${id}/reschedule`, { start: other.start, end: other.end });
    expect(again.status).toBe(201);
    expect(again.json.eventId).not.toBe(seriesId);
    for (const person of [c, d]) {
      expect(await futureOccurrences(stack, person, seriesId)).toEqual([]);
      expect((await futureOccurrences(stack, person, again.json.eventId)).length).toBeGreaterThan(0);
    }
  });

  it('a proposed time that passed before the accept books nothing and offers times; /schedule then books once', async () => {
    const { a, b, slots: free } = await pairWithSlots(stack, nextPair);
    const slot = free[0]!;
    const created = await call(a, 'POST', '/relationships', {
      peer: b.id,
      goal: 'rapport',
      cadenceWeeks: 2,
      proposedSlot: { start: slot.start, end: slot.end },
    });
    expect(created.status).toBe(201);
    // The invitee answers after the proposed time: an app instance on the same storage, its clock later.
    const later = createCompositionRoot(demoApiConfig(stack.tenant, stack.tablesConnectionString), {
      clock: { now: () => new Date(Date.parse(slot.end) + 3_600_000) },
    });
    const caller = { tenantId: stack.tenant.tenantId, userId: b.id, token: await stack.tokenFor(b.id) };
    const accepted = await later.useCases.relationships.respond(caller, created.json.id, { action: 'accept' });
    expect(accepted.value).toMatchObject({ status: 'active', offerTimes: true });
    expect(accepted.value.series).toBeUndefined();
    expect(seriesBetween(stack, a, b)).toEqual([]);
    const slots = await sharedSlots(stack, a, b);
    const booked = await call(a, 'POST', `/relationships/${created.json.id}/schedule`, {
      start: slots[0]!.start,
      end: slots[0]!.end,
    });
    expect(booked.status).toBe(201);
    expect(seriesBetween(stack, a, b)).toHaveLength(1);
  });

  it('ending cancels every future occurrence for both people, and the ended relationship is read-only', async () => {
    const { a, b, id, seriesId } = await bookedAnyPair(stack, nextPair);
    expect((await futureOccurrences(stack, b, seriesId)).length).toBeGreaterThan(0);
    const read = await call(a, 'GET', `/relationships/${id}`);
    const sneaky = await call(
      a,
      'PATCH',
      `/relationships/${id}`,
      { status: 'ended', goal: 'ideas' },
      { 'If-Match': read.etag! },
    );
    expect(sneaky.status).toBe(400);
    const ended = await call(a, 'PATCH', `/relationships/${id}`, { status: 'ended' }, { 'If-Match': read.etag! });
    expect(ended.status).toBe(200);
    for (const person of [a, b]) expect(await futureOccurrences(stack, person, seriesId)).toEqual([]);

    const writes = [
      await call(b, 'POST', `/relationships/${id}/agenda`, { text: 'after the end' }),
      await call(b, 'POST', `/relationships/${id}/commitments`, { text: 'x', owner: a.id }),
      await call(a, 'PATCH', `/relationships/${id}`, { goal: 'ideas' }, { 'If-Match': ended.etag! }),
      await call(a, 'PATCH', `/relationships/${id}`, { status: 'ended', goal: 'ideas' }, { 'If-Match': ended.etag! }),
      await call(a, 'POST', `/relationships/${id}/schedule`, {
        start: new Date(Date.now() + 86_400_000).toISOString(),
        end: new Date(Date.now() + 88_200_000).toISOString(),
      }),
    ];
    expect(writes.map((w) => w.status)).toEqual([409, 409, 409, 409, 409]);
    expect(writes.every((w) => JSON.stringify(w.json).includes('ended'))).toBe(true);
  });

  it('pausing cancels the occurrences inside the pause window for both, and keeps the ones after it', async () => {
    const { a, b, id, seriesId } = await bookedAnyPair(stack, nextPair);
    const series = (await call(a, 'GET', `/relationships/${id}`)).json.series as { firstStart: string };
    const first = Date.parse(series.firstStart);
    // Every 2 weeks: pausing until 3 weeks after the first meeting takes the first two, not the third.
    const until = new Date(first + 21 * 86_400_000).toISOString().slice(0, 10);
    const read = await call(a, 'GET', `/relationships/${id}`);
    const paused = await call(a, 'PATCH', `/relationships/${id}`, { pausedUntil: until }, { 'If-Match': read.etag! });
    expect(paused.status).toBe(200);
    expect(paused.json).toMatchObject({ status: 'paused', pausedUntil: until });
    for (const person of [a, b]) {
      const starts = (await futureOccurrences(stack, person, seriesId)).map((e) =>
        Date.parse(`${String(e.start.dateTime).slice(0, 19)}Z`),
      );
      expect(starts.filter((s) => s < first + 21 * 86_400_000)).toEqual([]);
      expect(starts).toContain(first + 28 * 86_400_000);
    }
    const resumed = await call(a, 'PATCH', `/relationships/${id}`, { pausedUntil: null }, { 'If-Match': paused.etag! });
    expect(resumed.json).toMatchObject({ status: 'active', offerTimes: true });
    expect(seriesBetween(stack, a, b)).toHaveLength(1);
  });

  it('an unknown or empty peer is bad input naming peer, and notifies nobody', async () => {
    const [a] = nextPair();
    const before = (await (await fetch(`${stack.tenant.url}/demo/outbox`)).json()) as unknown[];
    for (const peer of ['nobody@example.invalid', '00000000-0000-0000-0000-000000000000', ' ']) {
      const answer = await call(a, 'POST', '/relationships', { peer, goal: 'rapport', cadenceWeeks: 4 });
      expect(answer.status).toBe(400);
      expect(JSON.stringify(answer.json)).toContain('peer');
    }
    expect(await (await fetch(`${stack.tenant.url}/demo/outbox`)).json()).toHaveLength(before.length);
  });

  it('declining clears both calendars and notifies nobody; restarting answers 201 with a clean slate', async () => {
    const [a, b] = nextPair();
    const proposedSlot = {
      start: new Date(Date.now() + 4 * 86_400_000).toISOString(),
      end: new Date(Date.now() + 4 * 86_400_000 + 1_800_000).toISOString(),
    };
    const created = await call(a, 'POST', '/relationships', {
      peer: b.id,
      goal: 'rapport',
      cadenceWeeks: 4,
      proposedSlot,
    });
    const id = created.json.id as string;
    await call(a, 'POST', `/relationships/${id}/agenda`, { text: 'first generation item' });
    const before = (await outboxFor(stack, a.id)).length;
    expect((await call(b, 'POST', `/relationships/${id}/respond`, { action: 'decline' })).status).toBe(200);
    expect(await outboxFor(stack, a.id)).toHaveLength(before);
    // The proposed time was never booked, for either of them.
    expect(seriesBetween(stack, a, b)).toEqual([]);
    // The declined generation is read-only: every write answers `ended`.
    const declinedWrites = [
      await call(a, 'POST', `/relationships/${id}/agenda`, { text: 'after the decline' }),
      await call(b, 'POST', `/relationships/${id}/commitments`, { text: 'x', owner: b.id }),
      await call(a, 'POST', `/relationships/${id}/meetings`, proposedSlot),
    ];
    expect(declinedWrites.map((w) => w.status)).toEqual([409, 409, 409]);
    expect(declinedWrites.every((w) => JSON.stringify(w.json).includes('ended'))).toBe(true);

    const restarted = await call(b, 'POST', '/relationships', { peer: a.id, goal: 'ideas', cadenceWeeks: 6 });
    expect(restarted.status).toBe(201);
    expect(restarted.json).toMatchObject({ id, status: 'invited', generation: 2, initiatedBy: b.id, goal: 'ideas' });
    expect((await call(a, 'GET', `/relationships/${id}/agenda`)).json.items).toEqual([]);
    expect((await call(a, 'GET', `/relationships/${id}/meetings`)).json.meetings).toEqual([]);
    expect((await outboxFor(stack, a.id)).map((n) => n.activityType)).toContain('peerInvitation');
  });

  it('accepting and proposing notify the initiator; the invitee sees goal, cadence, format and proposed time', async () => {
    const [a, b] = nextPair();
    const proposedSlot = {
      start: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      end: new Date(Date.now() + 5 * 86_400_000 + 1_800_000).toISOString(),
    };
    const created = await call(a, 'POST', '/relationships', {
      peer: b.id,
      goal: 'barriers',
      goalNote: 'How product and sales hand over',
      cadenceWeeks: 4,
      format: 'walk',
      proposedSlot,
    });
    const id = created.json.id as string;
    const seen = await call(b, 'GET', `/relationships/${id}`);
    expect(seen.json).toMatchObject({
      goal: 'barriers',
      goalNote: 'How product and sales hand over',
      cadenceWeeks: 4,
      format: 'walk',
      proposedSlot,
    });
    const listed = (await call(b, 'GET', '/relationships')).json.relationships.find((r: { id: string }) => r.id === id);
    expect(listed).toMatchObject({ goalNote: 'How product and sales hand over', proposedSlot });

    expect((await call(b, 'POST', `/relationships/${id}/respond`, { action: 'propose', cadenceWeeks: 8 })).status).toBe(
      200,
    );
    expect((await outboxFor(stack, a.id)).map((n) => n.activityType)).toEqual(['peerProposed']);
    const accepted = await call(a, 'POST', `/relationships/${id}/respond`, { action: 'accept' });
    // Both agreed: the proposed time is booked in the initiator's mailbox, every 8 weeks as proposed.
    expect(accepted.json).toMatchObject({
      status: 'active',
      series: { organizer: a.id, firstStart: proposedSlot.start, cadenceWeeks: 8, eventId: expect.any(String) },
    });
    expect(accepted.json.offerTimes).toBeUndefined();
    expect(seriesBetween(stack, a, b)).toHaveLength(1);
    expect((await futureOccurrences(stack, b, accepted.json.series.eventId)).length).toBeGreaterThan(0);
    expect((await outboxFor(stack, b.id)).map((n) => n.activityType)).toEqual(['peerInvitation', 'peerAccepted']);
  });

  it('refuses "held" and a rating before the meeting starts', async () => {
    const { a, id } = await bookedAnyPair(stack, nextPair);
    const meeting = (await call(a, 'GET', `/relationships/${id}/meetings`)).json.meetings[0];
    const held = await call(
      a,
      'PATCH',
      `/relationships/${id}/meetings/${meeting.id}`,
      { held: true },
      { 'If-Match': meeting.etag },
    );
    expect(held.status).toBe(409);
    const rated = await call(
      a,
      'PATCH',
      `/relationships/${id}/meetings/${meeting.id}`,
      { rating: 5 },
      { 'If-Match': meeting.etag },
    );
    expect(rated.status).toBe(409);
    expect((await call(a, 'GET', `/relationships/${id}`)).json.lastMetAt).toBeUndefined();
  });

  it('erasure cancels what the erased person organised, in both calendars', async () => {
    const { a, b, id, seriesId } = await bookedAnyPair(stack, nextPair);
    expect((await call(a, 'DELETE', '/me')).status).toBeLessThan(300);
    for (const person of [a, b]) expect(await futureOccurrences(stack, person, seriesId)).toEqual([]);
    expect((await call(a, 'GET', `/relationships/${id}`)).status).toBe(404);
    const again = await call(b, 'POST', '/relationships', { peer: a.id, goal: 'rapport', cadenceWeeks: 4 });
    expect(again.status).toBe(201);
    expect(again.json.generation).toBe(2);
  });
});
