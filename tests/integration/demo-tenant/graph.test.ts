/* eslint-disable @typescript-eslint/no-explicit-any -- tests probe Graph-shaped JSON field by field */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair } from 'jose';
import { startDemoTenant, type DemoTenant } from '../../../dev/demo-tenant/server';

const NOW = new Date('2026-11-24T11:00:00Z');
let tenant: DemoTenant;
let token: string;
let ava: { id: string; mail: string };

beforeAll(async () => {
  tenant = await startDemoTenant({ port: 0, now: () => NOW });
  const first = tenant.data.users[0]!;
  ava = { id: first.id, mail: first.mail };
  token = await tenant.issueToken(ava.mail);
});
afterAll(async () => {
  await tenant.close();
});

async function graph(
  path: string,
  init: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  const t = init.token === undefined ? token : init.token;
  if (t) headers['authorization'] = `Bearer ${t}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path.startsWith('http') ? path : `${tenant.url}/v1.0${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

function scheduleBody(schedules: string[], start: string, end: string, interval = 30): unknown {
  return {
    schedules,
    startTime: { dateTime: start, timeZone: 'UTC' },
    endTime: { dateTime: end, timeZone: 'UTC' },
    availabilityViewInterval: interval,
  };
}

describe('identity', () => {
  it('publishes OpenID configuration and a JWKS that match the issuer', async () => {
    const config = await (await fetch(`${tenant.issuer}/.well-known/openid-configuration`)).json();
    expect(config.issuer).toBe(tenant.issuer);
    expect(config.jwks_uri).toBe(tenant.jwksUri);
    const jwks = await (await fetch(tenant.jwksUri)).json();
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0].kid).toEqual(expect.any(String));
  });

  it('issues Entra v2-like tokens from POST /demo/token and rejects unknown users', async () => {
    const res = await fetch(`${tenant.url}/demo/token`, { method: 'POST', body: JSON.stringify({ user: ava.id }) });
    const body = await res.json();
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({
      iss: tenant.issuer,
      aud: tenant.audience,
      oid: ava.id,
      sub: ava.id,
      tid: tenant.tenantId,
      preferred_username: ava.mail,
      scp: 'access_as_user',
      ver: '2.0',
    });
    expect(claims.exp - claims.iat).toBe(3600);
    const bad = await fetch(`${tenant.url}/demo/token`, {
      method: 'POST',
      body: JSON.stringify({ user: 'nobody@contoso.example' }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toEqual(expect.any(String));
  });

  it('answers 401 in Graph error format without a token, with an expired token and with a token from another key', async () => {
    const none = await graph('/me', { token: null });
    expect(none.status).toBe(401);
    expect(none.body.error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      innerError: { 'request-id': expect.any(String), date: expect.any(String) },
    });

    const expired = await tenant.issueToken(ava.mail, { expiresInSeconds: -120 });
    expect((await graph('/me', { token: expired })).status).toBe(401);

    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ oid: ava.id, tid: tenant.tenantId, scp: 'access_as_user', ver: '2.0' })
      .setProtectedHeader({ alg: 'RS256', kid: 'other' })
      .setIssuer(tenant.issuer)
      .setAudience(tenant.audience)
      .setSubject(ava.id)
      .setIssuedAt(Math.floor(NOW.getTime() / 1000))
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 600)
      .sign(privateKey);
    const res = await graph('/me', { token: forged });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('InvalidAuthenticationToken');
  });

  it('serves a sign-in page grouped by department that redirects with a token, only to loopback', async () => {
    const page = await fetch(`${tenant.url}/signin?redirect_uri=${encodeURIComponent('http://localhost:5173/auth')}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<h1>');
    expect(html).toContain('<h2 id="dept-0">Customer Success</h2>');
    expect(html).toContain(ava.id);
    const post = await fetch(`${tenant.url}/signin`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ user: ava.id, redirect_uri: 'http://localhost:5173/auth', state: 'xyz' }).toString(),
    });
    expect(post.status).toBe(302);
    const location = new URL(post.headers.get('location') ?? '');
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(location.origin + location.pathname).toBe('http://localhost:5173/auth');
    expect(fragment.get('expires_in')).toBe('3600');
    expect(fragment.get('state')).toBe('xyz');
    expect((await graph('/me', { token: fragment.get('access_token') })).body.id).toBe(ava.id);
    const evil = await fetch(`${tenant.url}/signin?redirect_uri=${encodeURIComponent('https://evil.example/cb')}`);
    expect(evil.status).toBe(400);
  });

  it('answers CORS preflight for Graph, but serves /demo/* only to its own origin', async () => {
    const res = await fetch(`${tenant.url}/v1.0/me`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-headers': 'authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const preflight = await fetch(`${tenant.url}/demo/token`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const users = await fetch(`${tenant.url}/demo/users`, { headers: { origin: 'http://localhost:5173' } });
    expect(users.headers.get('access-control-allow-origin')).toBeNull();
    expect((await users.json()).length).toBe(tenant.data.users.length);
  });
});

describe('directory', () => {
  it('returns /me for the token user, with $select', async () => {
    const me = await graph('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: ava.id,
      mail: ava.mail,
      displayName: 'Ava Chen',
      department: expect.any(String),
      jobTitle: expect.any(String),
    });
    const sel = await graph('/me?$select=id,displayName');
    expect(
      Object.keys(sel.body)
        .filter((k) => !k.startsWith('@'))
        .sort(),
    ).toEqual(['displayName', 'id']);
  });

  it('pages /users with $top and follows @odata.nextLink to every user once', async () => {
    const seen: string[] = [];
    let next: string | undefined = '/users?$top=25&$select=id,mail';
    while (next) {
      const res = await graph(next);
      expect(res.status).toBe(200);
      seen.push(...res.body.value.map((u: { id: string }) => u.id));
      next = res.body['@odata.nextLink'];
    }
    expect(seen.sort()).toEqual(tenant.data.users.map((u) => u.id).sort());
  });

  it('filters /users by id in, mail eq, department eq and startswith', async () => {
    const [a, b] = tenant.data.users.slice(3, 5);
    const byIds = await graph(`/users?$filter=${encodeURIComponent(`id in ('${a!.id}','${b!.id}')`)}`);
    expect(byIds.body.value.map((u: { id: string }) => u.id).sort()).toEqual([a!.id, b!.id].sort());
    const byMail = await graph(`/users?$filter=${encodeURIComponent(`mail eq '${a!.mail.toUpperCase()}'`)}`);
    expect(byMail.body.value).toHaveLength(1);
    const sales = await graph(`/users?$filter=${encodeURIComponent("department eq 'Sales'")}`);
    expect(sales.body.value.length).toBe(tenant.data.users.filter((u) => u.department === 'Sales').length);
    const prefix = a!.displayName.slice(0, 2);
    const starts = await graph(`/users?$filter=${encodeURIComponent(`startswith(displayName,'${prefix}')`)}`);
    expect(starts.body.value.every((u: { displayName: string }) => u.displayName.startsWith(prefix))).toBe(true);
    const bad = await graph(`/users?$filter=${encodeURIComponent('jobTitle ne 1')}`);
    expect(bad.status).toBe(400);
  });

  it('finds users by id or mail and answers 404 for unknown ones', async () => {
    expect((await graph(`/users/${ava.mail}`)).body.id).toBe(ava.id);
    const missing = await graph('/users/nobody@contoso.example');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('links managers and direct reports, with 404 for someone without a manager', async () => {
    const report = tenant.data.users.find((u) => u.managerId === ava.id)!;
    expect((await graph(`/users/${report.id}/manager`)).body.id).toBe(ava.id);
    const reports = await graph('/me/directReports');
    expect(reports.body.value.map((u: { id: string }) => u.id)).toContain(report.id);
    const noManager = await graph('/me/manager');
    expect(noManager.status).toBe(404);
  });

  it('ranks /me/people by recent co-attendance with relevance scores', async () => {
    const res = await graph('/me/people?$top=5');
    expect(res.body.value).toHaveLength(5);
    const scores = res.body.value.map((p: any) => p.scoredEmailAddresses[0].relevanceScore);
    expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x));
    expect(res.body.value[0]).toMatchObject({
      id: expect.any(String),
      displayName: expect.any(String),
      department: expect.any(String),
      jobTitle: expect.any(String),
    });
    expect(res.body.value.map((p: any) => p.id)).not.toContain(ava.id);
  });
});

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
