/* eslint-disable @typescript-eslint/no-explicit-any -- Graph-shaped JSON read field by field */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../dev/demo-tenant/server';
import { createGraphClientFactory } from '../../../functions/src/graph/graph-client-factory';
import { passthroughTokenProvider } from '../../../functions/src/graph/passthrough-token-provider';
import { createGraphNotifier } from '../../../functions/src/adapters/graph-notifier';

const NOW = new Date('2026-12-02T09:00:00Z');
let tenant: DemoTenant;
/** The rate limits' clock, moved by the tests (and by the notifier's waits) instead of sleeping. */
let monoMs = 0;
const nextSecond = () => (monoMs += 1000);

beforeAll(async () => {
  tenant = await startDemoTenant({ port: 0, now: () => NOW, monotonicMs: () => monoMs });
});
afterAll(async () => {
  await tenant.close();
});

function tokenRequest(fields: Record<string, string>): Promise<Response> {
  return fetch(tenant.app.tokenEndpoint, { method: 'POST', body: new URLSearchParams(fields) });
}

const credentials = () => ({
  grant_type: 'client_credentials',
  client_id: tenant.app.clientId,
  client_secret: tenant.app.clientSecret,
  scope: 'https://graph.microsoft.com/.default',
});

async function appToken(): Promise<string> {
  return (await (await tokenRequest(credentials())).json()).access_token;
}

async function graph(
  token: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; headers: Headers; body: any }> {
  const res = await fetch(`${tenant.url}/v1.0${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const outbox = async (): Promise<any[]> => (await fetch(`${tenant.url}/demo/outbox`)).json();

function bulk(userIds: string[]): unknown {
  return {
    topic: { source: 'text', value: 'Peer 1:1s', webUrl: 'https://teams.microsoft.com/l/entity/x/peers' },
    activityType: 'meetingPrep',
    previewText: { content: 'Your peer 1:1 is tomorrow' },
    templateParameters: [{ name: 'peer', value: 'Ava' }],
    recipients: userIds.map((userId) => ({ '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId })),
  };
}

describe('client credentials', () => {
  it('issues app-only tokens with roles and no scp, the way Entra does', async () => {
    const res = await tokenRequest(credentials());
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ iss: tenant.issuer, aud: 'https://graph.microsoft.com', tid: tenant.tenantId });
    expect(claims).toMatchObject({ idtyp: 'app', azp: tenant.app.clientId });
    expect(claims.roles).toEqual(expect.arrayContaining(['TeamsActivity.Send', 'MailboxSettings.Read']));
    expect(claims.scp).toBeUndefined();
    expect(JSON.parse(Buffer.from(body.access_token.split('.')[0], 'base64url').toString()).alg).toBe('RS256');
  });

  it('refuses a wrong secret, a scope without /.default, another grant and an unknown client', async () => {
    const wrong = await tokenRequest({ ...credentials(), client_secret: 'nope' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });
    const scope = await tokenRequest({ ...credentials(), scope: 'User.Read' });
    expect(scope.status).toBe(400);
    expect((await scope.json()).error).toBe('invalid_scope');
    const grant = await tokenRequest({ ...credentials(), grant_type: 'password' });
    expect((await grant.json()).error).toBe('unsupported_grant_type');
    const client = await tokenRequest({ ...credentials(), client_id: '00000000-0000-0000-0000-000000000000' });
    expect((await client.json()).error).toBe('unauthorized_client');
  });

  it('lets app-only callers use /users/{id}/… but not /me', async () => {
    const token = await appToken();
    const me = await graph(token, '/me');
    expect(me.status).toBe(400);
    expect(me.body.error.message).toContain('/me request is only valid with delegated authentication flow');
    const user = tenant.data.users[3]!;
    const settings = await graph(token, `/users/${user.id}/mailboxSettings`);
    expect(settings.status).toBe(200);
    expect(settings.body).toMatchObject({
      timeZone: user.timeZone,
      workingHours: { timeZone: { name: user.timeZone } },
    });
    expect(settings.body.workingHours.daysOfWeek).toEqual(user.workingHours.daysOfWeek);
    expect((await graph(token, `/users/${user.id}`)).body.id).toBe(user.id);
  });

  it('caps demo user tokens at 24 hours', async () => {
    const post = (expiresInSeconds: number) =>
      fetch(`${tenant.url}/demo/token`, {
        method: 'POST',
        body: JSON.stringify({ user: tenant.data.users[0]!.id, expiresInSeconds }),
      });
    expect((await post(86_400)).status).toBe(200);
    const tooLong = await post(86_401);
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).error_description).toContain('86400');
  });
});

describe('bulk activity notifications', () => {
  it('accepts up to 100 recipients (202), records each in the outbox, undeliverable ones included', async () => {
    const token = await appToken();
    const missing = tenant.data.users.filter((u) => u.appInstalled === false);
    expect(missing.length).toBeGreaterThanOrEqual(2);
    const installed = tenant.data.users.filter((u) => u.appInstalled !== false).slice(0, 3);
    const before = (await outbox()).length;
    const res = await graph(
      token,
      '/teamwork/sendActivityNotificationToRecipients',
      bulk([...installed, missing[0]!].map((u) => u.id)),
    );
    expect(res.status).toBe(202);
    const added = (await outbox()).slice(before);
    expect(added).toHaveLength(4);
    expect(added.filter((n) => n.delivery === 'delivered').map((n) => n.recipientId)).toEqual(
      installed.map((u) => u.id),
    );
    expect(added.find((n) => n.recipientId === missing[0]!.id)).toMatchObject({
      delivery: 'undeliverable',
      reason: 'appNotInstalled',
      mode: 'bulk',
      senderType: 'app',
      senderId: tenant.app.clientId,
      activityType: 'meetingPrep',
      previewText: { content: 'Your peer 1:1 is tomorrow' },
    });
    const tooMany = await graph(
      token,
      '/teamwork/sendActivityNotificationToRecipients',
      bulk(Array.from({ length: 101 }, (_, i) => `u${i}`)),
    );
    expect(tooMany.status).toBe(400);
  });

  it('answers the third bulk request within a second with 429 and Retry-After', async () => {
    const token = await appToken();
    const one = [tenant.data.users[5]!.id];
    nextSecond();
    const answers = await Promise.all(
      [1, 2, 3].map(() => graph(token, '/teamwork/sendActivityNotificationToRecipients', bulk(one))),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([202, 202, 429]);
    const throttled = answers.find((a) => a.status === 429)!;
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(throttled.body.error.code).toBe('TooManyRequests');
  });

  it('sendBulk sends 250 recipients 100 at a time, waits out a 429 within its budget, defers past it', async () => {
    const app = { tenantId: tenant.tenantId, userId: tenant.app.clientId, token: await appToken() };
    const notifier = createGraphNotifier(
      createGraphClientFactory({ baseUrl: tenant.url, tokens: passthroughTokenProvider, maxRetries: 3 }),
      { nowMs: () => monoMs, sleep: async (ms) => void (monoMs += ms) },
    );
    nextSecond();
    const people = tenant.data.users.map((u) => u.id);
    const recipients = Array.from(
      { length: 250 },
      (_, i) => people[i % people.length]! + (i < people.length ? '' : `-${i}`),
    );
    const before = (await outbox()).length;
    const result = await notifier.sendBulk(app, recipients, {
      type: 'peerOverdue',
      previewText: 'Time for a peer 1:1',
      templateParameters: {},
      deepLink: 'https://teams.microsoft.com/l/entity/x/peers',
    });
    expect(result.accepted).toHaveLength(250);
    expect(result.deferred).toEqual([]);
    // Three chunks of 100, 100 and 50; the third meets the 2-per-second limit once and waits it out.
    expect(result.requests).toBe(4);
    expect((await outbox()).length - before).toBe(250);
    nextSecond();
    const tight = await notifier.sendBulk(
      app,
      recipients,
      { type: 'peerOverdue', previewText: 'x', templateParameters: {}, deepLink: 'https://x.example' },
      { budgetMs: 0 },
    );
    expect(tight.accepted.length + tight.deferred.length).toBe(250);
    expect(tight.accepted).toHaveLength(200);
    expect(tight.deferred).toEqual(recipients.slice(200));
  });

  it('limits single notifications to 5 per second and refuses recipients without the app', async () => {
    const sender = await tenant.issueToken(tenant.data.users[0]!.id);
    const recipient = tenant.data.users.find((u) => u.appInstalled !== false && u.id !== tenant.data.users[0]!.id)!;
    const single = {
      topic: { source: 'text', value: 'x', webUrl: 'https://x.example' },
      activityType: 'peerInvitation',
      previewText: { content: 'hi' },
    };
    const answers = await Promise.all(
      Array.from({ length: 7 }, () =>
        graph(sender, `/users/${recipient.id}/teamwork/sendActivityNotification`, single),
      ),
    );
    expect(answers.filter((a) => a.status === 204)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(2);
    nextSecond();
    const missing = tenant.data.users.find((u) => u.appInstalled === false)!;
    const refused = await graph(sender, `/users/${missing.id}/teamwork/sendActivityNotification`, single);
    expect(refused.status).toBe(403);
    expect((await outbox()).at(-1)).toMatchObject({
      recipientId: missing.id,
      delivery: 'undeliverable',
      mode: 'single',
    });
  });
});

describe('DEMO_HANG', () => {
  it('accepts matching Graph requests and never answers them, while others answer', async () => {
    const hung = await startDemoTenant({ port: 0, now: () => NOW, hang: 'POST /me/calendar/getSchedule' });
    try {
      const token = await hung.issueToken(hung.data.users[0]!.id);
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const waited = fetch(`${hung.url}/v1.0/me/calendar/getSchedule`, {
        method: 'POST',
        headers,
        body: '{}',
        signal: AbortSignal.timeout(500),
      }).then(
        () => 'answered',
        (e: Error) => e.name,
      );
      expect((await fetch(`${hung.url}/v1.0/me`, { headers })).status).toBe(200);
      expect(await waited).toBe('TimeoutError');
    } finally {
      await hung.close();
    }
  });
});
