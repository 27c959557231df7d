/* eslint-disable @typescript-eslint/no-explicit-any -- tests probe Graph-shaped JSON field by field */
import { describe, expect, it } from 'vitest';
import { ava, graph, scheduleBody, tenant, useDemoTenant } from './graph-fixture';

useDemoTenant();

describe('calendars', () => {
  const start = '2026-11-23T00:00:00Z';
  const end = '2026-11-28T00:00:00Z';

  it('pages calendarView via nextLink, returning every occurrence exactly once', async () => {
    const all = await graph(`/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=1000`);
    const expected = all.body.value.map((e: { id: string }) => e.id);
    expect(expected.length).toBeGreaterThan(10);
    expect(all.body['@odata.nextLink']).toBeUndefined();
    const seen: string[] = [];
    let next: string | undefined = `/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=7`;
    while (next) {
      const res = await graph(next);
      expect(res.body.value.length).toBeLessThanOrEqual(7);
      seen.push(...res.body.value.map((e: { id: string }) => e.id));
      next = res.body['@odata.nextLink'];
      if (next) expect(next).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/me\/calendarView\?.*\$skiptoken=/);
    }
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('defaults calendarView to 10 per page and shapes occurrences like Graph', async () => {
    const res = await graph(`/me/calendarView?startDateTime=${start}&endDateTime=${end}`);
    expect(res.body.value).toHaveLength(10);
    const occurrence = res.body.value.find((e: any) => e.type === 'occurrence');
    expect(occurrence).toMatchObject({
      id: expect.any(String),
      iCalUId: expect.any(String),
      subject: expect.any(String),
      seriesMasterId: expect.any(String),
      start: { dateTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0000000$/), timeZone: 'UTC' },
      showAs: expect.any(String),
      isAllDay: false,
      organizer: { emailAddress: { address: expect.any(String), name: expect.any(String) } },
    });
    const sel = await graph(`/me/calendarView?startDateTime=${start}&endDateTime=${end}&$select=subject`);
    expect(Object.keys(sel.body.value[0]).sort()).toEqual(['@odata.etag', 'id', 'subject']);
    expect((await graph('/me/calendarView')).status).toBe(400);
  });

  it('honours Prefer: outlook.timezone for calendarView times', async () => {
    const utc = await graph(`/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=1`);
    const pacific = await graph(`/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=1`, {
      headers: { prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(pacific.body.value[0].start.timeZone).toBe('Pacific Standard Time');
    const hours = (s: string): number => Number(s.slice(11, 13));
    expect((hours(utc.body.value[0].start.dateTime) - hours(pacific.body.value[0].start.dateTime) + 24) % 24).toBe(8);
  });

  it('rejects getSchedule with 21 schedules, a 62-day window, end before start and a bad interval', async () => {
    const mails = tenant.data.users.slice(0, 21).map((u) => u.mail);
    const tooMany = await graph('/me/calendar/getSchedule', {
      body: scheduleBody(mails, '2026-11-24T00:00:00', '2026-11-25T00:00:00'),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({ code: expect.any(String), message: expect.stringMatching(/20/) });
    const long = await graph('/me/calendar/getSchedule', {
      body: scheduleBody([ava.mail], '2026-11-01T00:00:00', '2027-01-02T00:00:00'),
    });
    expect(long.status).toBe(400);
    const backwards = await graph('/me/calendar/getSchedule', {
      body: scheduleBody([ava.mail], '2026-11-25T00:00:00', '2026-11-24T00:00:00'),
    });
    expect(backwards.status).toBe(400);
    const interval = await graph('/me/calendar/getSchedule', {
      body: scheduleBody([ava.mail], '2026-11-24T00:00:00', '2026-11-25T00:00:00', 4),
    });
    expect(interval.status).toBe(400);
  });

  it('answers getSchedule with free/busy only, working hours and an error item for unknown addresses', async () => {
    const people = tenant.data.users.slice(0, 20).map((u) => u.mail);
    people[19] = 'ghost@contoso.example';
    const res = await graph('/me/calendar/getSchedule', {
      body: scheduleBody(people, '2026-11-24T00:00:00', '2026-11-25T00:00:00', 30),
    });
    expect(res.status).toBe(200);
    expect(res.body.value).toHaveLength(20);
    const first = res.body.value[0];
    expect(first.scheduleId).toBe(ava.mail);
    expect(first.availabilityView).toMatch(/^[0-4]{48}$/);
    expect(first.availabilityView).toMatch(/[1-4]/);
    expect(first.workingHours).toMatchObject({
      daysOfWeek: expect.any(Array),
      startTime: expect.stringMatching(/^\d\d:\d\d:\d\d/),
      timeZone: { name: expect.any(String) },
    });
    for (const item of first.scheduleItems) {
      expect(Object.keys(item).sort()).toEqual(['end', 'isPrivate', 'start', 'status']);
      expect(item.start.timeZone).toBe('UTC');
    }
    expect(res.body.value[19]).toMatchObject({
      scheduleId: 'ghost@contoso.example',
      error: { responseCode: 'ErrorMailRecipientNotFound', message: expect.any(String) },
    });
  });

  it('creates a weekly series with POST /me/events that shows in the attendee getSchedule, idempotently', async () => {
    // A free window at 07:00 Eastern (before anyone's working hours) on Wednesdays.
    const attendee = tenant.data.users.find((u) => u.department === 'Sales')!;
    const event = {
      subject: 'Peer 1:1',
      body: { contentType: 'html', content: '<p>Peer catch-up</p>' },
      start: { dateTime: '2026-12-02T07:00:00', timeZone: 'Eastern Standard Time' },
      end: { dateTime: '2026-12-02T07:30:00', timeZone: 'Eastern Standard Time' },
      attendees: [{ emailAddress: { address: attendee.mail, name: attendee.displayName }, type: 'required' }],
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['wednesday'] },
        range: { type: 'noEnd', startDate: '2026-12-02', recurrenceTimeZone: 'Eastern Standard Time' },
      },
      transactionId: 'peer-1on1-test-1',
    };
    const created = await graph('/me/events', { body: event });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      iCalUId: expect.any(String),
      type: 'seriesMaster',
      onlineMeeting: { joinUrl: expect.any(String) },
    });
    const again = await graph('/me/events', { body: event });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(created.body.id);
    expect(tenant.data.events.filter((e) => e.transactionId === 'peer-1on1-test-1')).toHaveLength(1);

    // 2026-12-09 07:00 EST = 12:00Z; on 2027-03-17 (after US DST, which starts 2027-03-14) 07:00 EDT = 11:00Z.
    const attendeeToken = await tenant.issueToken(attendee.id);
    const dec = await graph(`/users/${attendee.id}/calendar/getSchedule`, {
      token: attendeeToken,
      body: scheduleBody([attendee.mail], '2026-12-09T12:00:00', '2026-12-09T12:30:00', 30),
    });
    expect(dec.body.value[0].availabilityView).toBe('2');
    const march = await graph('/me/calendar/getSchedule', {
      body: scheduleBody([attendee.mail, ava.mail], '2027-03-17T11:00:00', '2027-03-17T11:30:00', 30),
    });
    expect(march.body.value.map((v: any) => v.availabilityView)).toEqual(['2', '2']);
    const view = await graph(
      `/users/${attendee.id}/calendarView?startDateTime=2026-12-16T00:00:00Z&endDateTime=2026-12-17T00:00:00Z&$top=100`,
    );
    const occ = view.body.value.find((e: any) => e.seriesMasterId === created.body.id);
    expect(occ).toMatchObject({
      type: 'occurrence',
      start: { dateTime: '2026-12-16T12:00:00.0000000', timeZone: 'UTC' },
    });
  });
});
