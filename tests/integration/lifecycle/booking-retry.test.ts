import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoApiConfig } from '../../../dev/stack';
import { createCompositionRoot } from '../../../functions/src/composition-root';
import { findJob, type JobServices } from '../../../functions/src/jobs/job-table';
import type { CalendarEvents } from '../../../functions/src/ports/calendar-events';
import { startTestStack, type TestStack } from '../../support/test-stack';
import { futureOccurrences, pairWithSlots, pairs, seriesBetween } from './lifecycle-support';

// The accept books through the outbox with the app's identity; Graph's transactionId (from the
// outbox row) makes a retry after a lost answer return the event it made instead of a second one.

let stack: TestStack;
let nextPair: ReturnType<typeof pairs>;
beforeAll(async () => {
  stack = await startTestStack();
  nextPair = pairs(stack);
});
afterAll(() => stack?.close());

async function appToken() {
  const { tokenEndpoint, clientId, clientSecret } = stack.tenant.app;
  const answer = await fetch(tokenEndpoint, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      scope: 'https://graph.microsoft.com/.default',
    }),
  });
  return ((await answer.json()) as { access_token: string }).access_token;
}

it('the demo tenant honours transactionId on an app-only POST /users/{id}/events, per mailbox', async () => {
  const [organizer, attendee] = stack.tenant.data.users.filter((u) => u.managerId);
  const token = await appToken();
  const post = (mailbox: string) =>
    fetch(`${stack.tenant.url}/v1.0/users/${mailbox}/events`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        subject: 'Peer 1:1 · transaction test',
        start: { dateTime: '2027-01-12T15:00:00', timeZone: 'UTC' },
        end: { dateTime: '2027-01-12T15:30:00', timeZone: 'UTC' },
        attendees: [{ emailAddress: { address: attendee!.mail }, type: 'required' }],
        transactionId: 'rel~00000002~0',
      }),
    });
  const first = await post(organizer!.id);
  expect(first.status).toBe(201);
  const again = await post(organizer!.id);
  expect(again.status).toBe(200);
  const [a, b] = (await Promise.all([first.json(), again.json()])) as Array<{ id: string }>;
  expect(b!.id).toBe(a!.id);
  expect(stack.tenant.data.events.filter((e) => e.transactionId === 'rel~00000002~0')).toHaveLength(1);
  // Another mailbox with the same id is another transaction.
  expect((await post(attendee!.id)).status).toBe(201);
  expect(stack.tenant.data.events.filter((e) => e.transactionId === 'rel~00000002~0')).toHaveLength(2);
});

it('a booking whose answer was lost is finished by the job: one series in both calendars, one first meeting', async () => {
  const { a, b, slots } = await pairWithSlots(stack, nextPair);
  let lose = true;
  let creates = 0;
  // A second app instance on the same storage whose Graph answer to the booking is lost once.
  const faulty = createCompositionRoot(demoApiConfig(stack.tenant, stack.tablesConnectionString), {
    wrapCalendarEvents: (events): CalendarEvents => ({
      ...events,
      async createSeries(...args) {
        creates += 1;
        const created = await events.createSeries(...args);
        if (lose) throw new Error('connection reset after Graph created the event');
        return created;
      },
    }),
  });
  const created = await stack.callAs(a, 'POST', '/relationships', {
    peer: b.id,
    goal: 'ideas',
    cadenceWeeks: 2,
    proposedSlot: { start: slots[0]!.start, end: slots[0]!.end },
  });
  const id = created.json.id as string;
  const caller = { tenantId: stack.tenant.tenantId, userId: b.id, token: await stack.tokenFor(b.id) };
  const accepted = await faulty.useCases.relationships.respond(caller, id, { action: 'accept' });
  // Recorded as active with its series; Graph made the event, but its id never came back.
  expect(accepted.value).toMatchObject({ status: 'active', series: { organizer: a.id } });
  expect(accepted.value.series?.eventId).toBeUndefined();
  expect(seriesBetween(stack, a, b)).toHaveLength(1);

  lose = false;
  const services = { lifecycleEffects: faulty.lifecycle } as JobServices;
  const job = findJob('lifecycle-effects')!;
  expect((await job.handler(services)) as { applied: number }).toMatchObject({ applied: 1 });
  expect(creates).toBe(2);
  const series = seriesBetween(stack, a, b);
  expect(series).toHaveLength(1);
  const detail = (await stack.callAs(b, 'GET', `/relationships/${id}`)).json;
  expect(detail.series.eventId).toBe(series[0]!.id);
  const meetings = (await stack.callAs(b, 'GET', `/relationships/${id}/meetings`)).json.meetings;
  expect(meetings).toMatchObject([{ eventId: series[0]!.id }]);
  for (const person of [a, b])
    expect((await futureOccurrences(stack, person, series[0]!.id)).length).toBeGreaterThan(0);

  // A rerun has nothing left: no third booking, no second meeting.
  expect(await job.handler(services)).toMatchObject({ applied: 0, failed: 0 });
  expect(creates).toBe(2);
  expect((await stack.callAs(b, 'GET', `/relationships/${id}/meetings`)).json.meetings).toHaveLength(1);
});

it('a relationship ended before its booking was retried books nothing', async () => {
  const { a, b, slots } = await pairWithSlots(stack, nextPair);
  const failing = createCompositionRoot(demoApiConfig(stack.tenant, stack.tablesConnectionString), {
    wrapCalendarEvents: (events): CalendarEvents => ({
      ...events,
      createSeries: () => Promise.reject(new Error('Graph went away')),
    }),
  });
  const created = await stack.callAs(a, 'POST', '/relationships', {
    peer: b.id,
    goal: 'rapport',
    cadenceWeeks: 4,
    proposedSlot: { start: slots[0]!.start, end: slots[0]!.end },
  });
  const id = created.json.id as string;
  const caller = { tenantId: stack.tenant.tenantId, userId: b.id, token: await stack.tokenFor(b.id) };
  const accepted = await failing.useCases.relationships.respond(caller, id, { action: 'accept' });
  expect(seriesBetween(stack, a, b)).toEqual([]);
  const ended = await stack.callAs(
    a,
    'PATCH',
    `/relationships/${id}`,
    { status: 'ended' },
    { 'If-Match': accepted.etag },
  );
  expect(ended.status).toBe(200);
  // The job (with a working Graph) finds the booking pending and drops it: the relationship moved on.
  const job = findJob('lifecycle-effects')!;
  const services = { lifecycleEffects: stack.root.lifecycle } as JobServices;
  const first = (await job.handler(services)) as { applied: number; failed: number };
  expect(first.applied).toBeGreaterThanOrEqual(1);
  expect(first.failed).toBe(0);
  expect(seriesBetween(stack, a, b)).toEqual([]);
  expect(await job.handler(services)).toMatchObject({ applied: 0, failed: 0 });
});
