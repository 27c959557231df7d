/* eslint-disable @typescript-eslint/no-explicit-any -- Graph-shaped JSON read field by field */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../dev/demo-tenant/server';
import { createGraphClientFactory } from '../../../functions/src/graph/graph-client-factory';
import { passthroughTokenProvider } from '../../../functions/src/graph/passthrough-token-provider';
import { createGraphCalendarEvents } from '../../../functions/src/adapters/graph-calendar-events';
import type { Caller } from '../../../functions/src/auth/caller';
import type { CalendarEvents, Mailbox } from '../../../functions/src/ports/calendar-events';

// The life-cycle engine's calendar effects, through the real Graph client against the demo tenant.

const NOW = new Date('2026-12-02T12:00:00Z');
const DAY = 86_400_000;
let tenant: DemoTenant;
let events: CalendarEvents;
let app: Caller;
const people: Array<{ id: string; mail: string; displayName: string; token: string }> = [];

beforeAll(async () => {
  tenant = await startDemoTenant({ port: 0, now: () => NOW });
  for (const u of tenant.data.users.slice(10, 20))
    people.push({ id: u.id, mail: u.mail, displayName: u.displayName, token: await tenant.issueToken(u.id) });
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: tenant.app.clientId,
    client_secret: tenant.app.clientSecret,
    scope: 'https://graph.microsoft.com/.default',
  });
  const token = (await (await fetch(tenant.app.tokenEndpoint, { method: 'POST', body: form })).json()).access_token;
  app = { tenantId: tenant.tenantId, userId: tenant.app.clientId, token };
  events = createGraphCalendarEvents(
    createGraphClientFactory({ baseUrl: tenant.url, tokens: passthroughTokenProvider, maxRetries: 3 }),
  );
});
afterAll(async () => {
  await tenant.close();
});

async function graph(token: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<any> {
  const res = await fetch(`${tenant.url}/v1.0${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', prefer: 'outlook.timezone="UTC"' },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** A weekly Wednesday 15:00 London series that started four weeks before NOW. */
async function weeklySeries(organizer: (typeof people)[number], attendee: (typeof people)[number]): Promise<string> {
  const created = await graph(organizer.token, '/me/events', {
    body: {
      subject: 'Peer 1:1',
      start: { dateTime: '2026-11-04T15:00:00', timeZone: 'Europe/London' },
      end: { dateTime: '2026-11-04T15:30:00', timeZone: 'Europe/London' },
      attendees: [{ emailAddress: { address: attendee.mail, name: attendee.displayName }, type: 'required' }],
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'] },
        range: { type: 'noEnd', startDate: '2026-11-04', recurrenceTimeZone: 'Europe/London' },
      },
    },
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** Start instants (ms) of the series' occurrences in a person's calendarView. */
async function occurrences(person: (typeof people)[number], seriesId: string, fromMs: number, toMs: number) {
  const q = `startDateTime=${new Date(fromMs).toISOString()}&endDateTime=${new Date(toMs).toISOString()}&$top=1000`;
  const view = await graph(person.token, `/me/calendarView?${q}`);
  expect(view.status).toBe(200);
  return view.body.value
    .filter((e: any) => e.seriesMasterId === seriesId)
    .map((e: any) => Date.parse(`${e.start.dateTime}Z`));
}

const mailbox = (person: { id: string }): Mailbox => ({ as: app, userId: person.id });

describe('calendar effects of the life cycle', () => {
  it('ending a series leaves no future occurrence in either calendar, keeps past ones, and a rerun is a no-op', async () => {
    const [organizer, attendee] = [people[0]!, people[1]!];
    const id = await weeklySeries(organizer, attendee);
    const past = NOW.getTime() - 40 * DAY;
    const future = NOW.getTime() + 120 * DAY;
    expect(await occurrences(attendee, id, NOW.getTime(), future)).not.toHaveLength(0);
    const first = await events.endSeriesFrom(mailbox(organizer), id, NOW);
    expect(first.changed).toBe(1);
    for (const person of [organizer, attendee]) {
      expect(await occurrences(person, id, NOW.getTime(), future)).toEqual([]);
      // Nov 4, 11, 18, 25 started before NOW (Dec 2 12:00Z); Dec 2 15:00 London is after it.
      expect(await occurrences(person, id, past, NOW.getTime())).toHaveLength(4);
    }
    expect((await events.endSeriesFrom(mailbox(organizer), id, NOW)).changed).toBe(0);
    expect(await occurrences(organizer, id, past, future)).toHaveLength(4);
    const free = await graph(attendee.token, '/me/calendar/getSchedule', {
      body: {
        schedules: [attendee.mail],
        startTime: { dateTime: '2026-12-09T15:00:00', timeZone: 'UTC' },
        endTime: { dateTime: '2026-12-09T15:30:00', timeZone: 'UTC' },
        availabilityViewInterval: 30,
      },
    });
    expect(free.body.value[0].scheduleItems.filter((i: any) => i.status === 'busy')).toHaveLength(0);
  });

  it('ending before the first occurrence cancels the whole series for both; a rerun is a no-op', async () => {
    const [organizer, attendee] = [people[2]!, people[3]!];
    const id = await weeklySeries(organizer, attendee);
    expect((await events.endSeriesFrom(mailbox(organizer), id, new Date('2026-11-01T00:00:00Z'))).changed).toBe(1);
    for (const person of [organizer, attendee])
      expect(await occurrences(person, id, NOW.getTime() - 60 * DAY, NOW.getTime() + 60 * DAY)).toEqual([]);
    expect((await events.endSeriesFrom(mailbox(organizer), id, NOW)).changed).toBe(0);
    expect((await events.cancelSeries(mailbox(organizer), id)).changed).toBe(0);
  });

  it('a pause cancels only the occurrences inside the window, and a rerun is a no-op', async () => {
    const [organizer, attendee] = [people[4]!, people[5]!];
    const id = await weeklySeries(organizer, attendee);
    const window = { start: new Date('2026-12-08T00:00:00Z'), end: new Date('2026-12-20T00:00:00Z') };
    const before = await occurrences(attendee, id, NOW.getTime(), NOW.getTime() + 35 * DAY);
    expect(before).toHaveLength(5);
    expect((await events.cancelOccurrencesBetween(mailbox(organizer), id, window, 'Paused')).changed).toBe(2);
    for (const person of [organizer, attendee]) {
      const after = await occurrences(person, id, NOW.getTime(), NOW.getTime() + 35 * DAY);
      expect(after).toEqual(before.filter((ms: number) => ms < window.start.getTime() || ms >= window.end.getTime()));
    }
    expect((await events.cancelOccurrencesBetween(mailbox(organizer), id, window)).changed).toBe(0);
  });

  it('an attendee declining from an instant keeps earlier occurrences; the organiser keeps the series', async () => {
    const [organizer, attendee] = [people[6]!, people[7]!];
    const id = await weeklySeries(organizer, attendee);
    const future = NOW.getTime() + 60 * DAY;
    const declined = await events.declineSeriesFrom(mailbox(attendee), id, NOW);
    expect(declined.changed).toBeGreaterThan(50);
    expect(await occurrences(attendee, id, NOW.getTime(), future)).toEqual([]);
    expect(await occurrences(attendee, id, NOW.getTime() - 40 * DAY, NOW.getTime())).toHaveLength(4);
    expect(await occurrences(organizer, id, NOW.getTime(), future)).not.toHaveLength(0);
    expect((await events.declineSeriesFrom(mailbox(attendee), id, NOW)).changed).toBe(0);
  });

  it('cancelling a series clears both calendars; an attendee may not cancel and a user may not act in another mailbox', async () => {
    const [organizer, attendee] = [people[8]!, people[9]!];
    const id = await weeklySeries(organizer, attendee);
    const asAttendee = await graph(attendee.token, `/me/events/${id}/cancel`, { method: 'POST', body: {} });
    expect(asAttendee.status).toBe(400);
    expect(asAttendee.body.error.message).toContain('organizer');
    const intruder = await graph(attendee.token, `/users/${organizer.id}/events/${id}/cancel`, {
      method: 'POST',
      body: {},
    });
    expect(intruder).toMatchObject({ status: 403, body: { error: { code: 'ErrorAccessDenied' } } });
    const outsider = await graph(people[0]!.token, `/me/events/${id}`, {});
    expect(outsider).toMatchObject({ status: 404, body: { error: { code: 'ErrorItemNotFound' } } });
    expect((await events.cancelSeries(mailbox(organizer), id, 'We stopped')).changed).toBe(1);
    for (const person of [organizer, attendee])
      expect(await occurrences(person, id, NOW.getTime() - 60 * DAY, NOW.getTime() + 60 * DAY)).toEqual([]);
    expect((await events.cancelSeries(mailbox(organizer), id)).changed).toBe(0);
  });

  it('deletes an occurrence for one attendee only, refuses an organiser decline, and replays a transactionId', async () => {
    const [organizer, attendee] = [people[0]!, people[2]!];
    const id = await weeklySeries(organizer, attendee);
    const [next] = (
      await graph(
        attendee.token,
        `/me/events/${id}/instances?startDateTime=${NOW.toISOString()}&endDateTime=2026-12-31T00:00:00Z`,
      )
    ).body.value;
    expect(next.id).toMatch(new RegExp(`^${id}_\\d{8}T\\d{6}Z$`));
    expect((await graph(attendee.token, `/me/events/${next.id}`, { method: 'DELETE' })).status).toBe(204);
    const nextMs = Date.parse(`${next.start.dateTime}Z`);
    expect(await occurrences(attendee, id, nextMs, nextMs + 1)).toEqual([]);
    expect(await occurrences(organizer, id, nextMs, nextMs + 1)).toEqual([nextMs]);
    expect((await graph(attendee.token, `/me/events/${next.id}`, { method: 'DELETE' })).status).toBe(404);
    const own = await graph(organizer.token, `/me/events/${id}/decline`, { body: { sendResponse: false } });
    expect(own.status).toBe(400);
    const event = {
      subject: 'Once',
      start: { dateTime: '2026-12-10T10:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-10T10:30:00', timeZone: 'UTC' },
      transactionId: 'lifecycle-retry-1',
    };
    const first = await graph(app.token, `/users/${organizer.id}/events`, { body: event });
    const replay = await graph(app.token, `/users/${organizer.id}/events`, { body: event });
    expect([first.status, replay.status]).toEqual([201, 200]);
    expect(replay.body.id).toBe(first.body.id);
    expect((await graph(app.token, `/me/events`, { body: event })).status).toBe(400);
  });
});
