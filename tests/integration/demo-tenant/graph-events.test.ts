/* eslint-disable @typescript-eslint/no-explicit-any -- tests probe Graph-shaped JSON field by field */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../dev/demo-tenant/server';
import { NOW, ava, graph, scheduleBody, tenant, token, useDemoTenant } from './graph-fixture';

useDemoTenant();

describe('event lifecycle', () => {
  it('reads an event back by id and deletes it for everyone when the organiser deletes it', async () => {
    const attendee = tenant.data.users[5]!;
    const created = await graph('/me/events', {
      body: {
        subject: 'One-off',
        start: { dateTime: '2026-12-03T15:00:00', timeZone: 'Europe/London' },
        end: { dateTime: '2026-12-03T15:30:00', timeZone: 'Europe/London' },
        attendees: [
          { emailAddress: { address: attendee.mail } },
          { emailAddress: { address: 'guest@fabrikam.example', name: 'Guest' } },
        ],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'singleInstance',
      start: { dateTime: '2026-12-03T15:00:00.0000000', timeZone: 'UTC' },
      onlineMeeting: null,
    });
    expect(created.body.attendees.map((a: any) => a.emailAddress.address)).toEqual([
      attendee.mail,
      'guest@fabrikam.example',
    ]);
    const read = await graph(`/me/events/${created.body.id}`, {
      headers: { prefer: 'outlook.timezone="Eastern Standard Time"' },
    });
    expect(read.body.start).toEqual({ dateTime: '2026-12-03T10:00:00.0000000', timeZone: 'Eastern Standard Time' });

    const attendeeToken = await tenant.issueToken(attendee.mail);
    const window = 'startDateTime=2026-12-03T14:00:00Z&endDateTime=2026-12-03T16:00:00Z&$top=100';
    const before = await graph(`/me/calendarView?${window}`, { token: attendeeToken });
    expect(before.body.value.map((e: any) => e.id)).toContain(created.body.id);
    const del = await fetch(`${tenant.url}/v1.0/me/events/${created.body.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(del.status).toBe(204);
    expect((await graph(`/me/events/${created.body.id}`)).status).toBe(404);
    const after = await graph(`/me/calendarView?${window}`, { token: attendeeToken });
    expect(after.body.value.map((e: any) => e.id)).not.toContain(created.body.id);
  });

  it('accepts a recurrence exactly as Graph serialises it (unused fields as 0, noEnd with 0001-01-01)', async () => {
    const res = await graph('/me/events', {
      body: {
        subject: 'Graph-shaped series',
        start: { dateTime: '2026-12-07T16:00:00.0000000', timeZone: 'UTC' },
        end: { dateTime: '2026-12-07T16:30:00.0000000', timeZone: 'UTC' },
        recurrence: {
          pattern: {
            type: 'weekly',
            interval: 2,
            month: 0,
            dayOfMonth: 0,
            daysOfWeek: ['monday'],
            firstDayOfWeek: 'sunday',
            index: 'first',
          },
          range: {
            type: 'noEnd',
            startDate: '2026-12-07',
            endDate: '0001-01-01',
            recurrenceTimeZone: 'UTC',
            numberOfOccurrences: 0,
          },
        },
      },
    });
    expect(res.status).toBe(201);
    const view = await graph(
      '/me/calendarView?startDateTime=2026-12-07T00:00:00Z&endDateTime=2027-01-05T00:00:00Z&$top=1000',
    );
    const starts = view.body.value
      .filter((e: any) => e.seriesMasterId === res.body.id)
      .map((e: any) => e.start.dateTime.slice(0, 10));
    expect(starts).toEqual(['2026-12-07', '2026-12-21', '2027-01-04']);
  });

  it('rejects an event with an unknown time zone or an end before its start', async () => {
    const bad = await graph('/me/events', {
      body: {
        subject: 'x',
        start: { dateTime: '2026-12-03T15:00:00', timeZone: 'Mars/Olympus' },
        end: { dateTime: '2026-12-03T16:00:00', timeZone: 'UTC' },
      },
    });
    expect(bad.status).toBe(400);
    const backwards = await graph('/me/events', {
      body: {
        subject: 'x',
        start: { dateTime: '2026-12-03T15:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-12-03T14:00:00', timeZone: 'UTC' },
      },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toEqual(expect.any(String));
  });
});

describe('batch, notifications, stats', () => {
  it('runs up to 20 requests in a $batch with their own statuses, and rejects more', async () => {
    const res = await graph('/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method: 'GET', url: '/me/people?$top=2' },
          { id: '3', method: 'GET', url: '/users/nobody@contoso.example' },
          { id: '4', method: 'GET', url: 'users?$top=1&$select=id' },
        ],
      },
    });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.responses.map((r: any) => [r.id, r]));
    expect(byId['1']).toMatchObject({ status: 200, body: { id: ava.id } });
    expect(byId['2'].body.value).toHaveLength(2);
    expect(byId['3'].status).toBe(404);
    expect(byId['4'].body.value).toHaveLength(1);
    const tooMany = await graph('/$batch', {
      body: { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })) },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.code).toBe('BadRequest');
  });

  it('stores activity notifications in the outbox', async () => {
    const recipient = tenant.data.users[1]!;
    const res = await graph(`/users/${recipient.id}/teamwork/sendActivityNotification`, {
      body: {
        topic: { source: 'text', value: 'Peer 1:1s', webUrl: 'http://localhost/tab' },
        activityType: 'peerSuggested',
        previewText: { content: 'You have a new peer' },
        templateParameters: [{ name: 'peer', value: 'Ava' }],
      },
    });
    expect(res.status).toBe(204);
    const outbox = await (await fetch(`${tenant.url}/demo/outbox`)).json();
    expect(outbox.at(-1)).toMatchObject({ recipientId: recipient.id, senderId: ava.id, activityType: 'peerSuggested' });
  });

  it('counts Graph requests by route template, batch parts individually, and resets', async () => {
    await fetch(`${tenant.url}/demo/stats/reset`, { method: 'POST' });
    const other = tenant.data.users[2]!;
    await graph('/me');
    await graph('/me');
    await graph(`/users/${other.id}`);
    await graph('/$batch', {
      body: {
        requests: [
          { id: 'a', method: 'GET', url: '/me' },
          {
            id: 'b',
            method: 'POST',
            url: '/me/calendar/getSchedule',
            body: scheduleBody([ava.mail], '2026-11-24T00:00:00', '2026-11-25T00:00:00'),
          },
        ],
      },
    });
    const stats = await (await fetch(`${tenant.url}/demo/stats`)).json();
    expect(stats).toEqual({
      total: 6,
      byRoute: { 'GET /me': 3, 'GET /users/{id}': 1, 'POST /$batch': 1, 'POST /me/calendar/getSchedule': 1 },
    });
    await fetch(`${tenant.url}/demo/stats/reset`, { method: 'POST' });
    expect(await (await fetch(`${tenant.url}/demo/stats`)).json()).toEqual({ total: 0, byRoute: {} });
  });
});

describe('throttling', () => {
  let throttled: DemoTenant;
  beforeAll(async () => {
    throttled = await startDemoTenant({ port: 0, now: () => NOW, throttle: 'every=2', tenant: tenant.data });
  });
  afterAll(async () => {
    await throttled.close();
  });

  it('answers every 2nd Graph request with 429 TooManyRequests and Retry-After: 1, counted in stats', async () => {
    const t = await throttled.issueToken(ava.mail);
    const call = () => fetch(`${throttled.url}/v1.0/me`, { headers: { authorization: `Bearer ${t}` } });
    const first = await call();
    const second = await call();
    expect(first.status).toBe(200);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('1');
    expect((await second.json()).error.code).toBe('TooManyRequests');
    expect((await call()).status).toBe(200);
    const stats = await (await fetch(`${throttled.url}/demo/stats`)).json();
    expect(stats.byRoute['GET /me']).toBe(3);
  });
});
