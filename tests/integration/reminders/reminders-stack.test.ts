import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantUser } from '../../../dev/demo-tenant/tenant-schema';
import { startReminderStack } from './reminders-stack-support';

// Monday 7 December 2026, 12:00Z. London is on UTC in December, Pacific on UTC−8.
const T0 = '2026-12-07T12:00:00Z';
let fx: Awaited<ReturnType<typeof startReminderStack>>;
let london: TenantUser;
let pacific: TenantUser;
let pacific2: TenantUser;
let eastern: TenantUser;
let london2: TenantUser;
let pairId: string;
let prepPairId: string;
let quiet: TenantUser[];

const nineToFive = (u: TenantUser) =>
  u.managerId !== undefined &&
  u.appInstalled !== false &&
  u.workingHours.startTime === '09:00:00' &&
  u.workingHours.endTime === '17:00:00' &&
  u.workingHours.daysOfWeek.length === 5;

beforeAll(async () => {
  fx = await startReminderStack(T0);
  const users = fx.stack.tenant.data.users.filter(nineToFive);
  const inZone = (zone: string) => users.filter((u) => u.timeZone === zone);
  [london, london2] = inZone('GMT Standard Time').filter(
    (u, i, all) => all.findIndex((o) => o.department === u.department) === i,
  ) as [TenantUser, TenantUser];
  [pacific, pacific2] = inZone('Pacific Standard Time').filter(
    (u) => u.department !== london.department && u.department !== london2.department,
  ) as [TenantUser, TenantUser];
  eastern = inZone('Eastern Standard Time').find((u) => ![london, london2].some((o) => o.department === u.department))!;
  const call = fx.stack.callAs;
  expect((await call(london, 'GET', '/me')).status).toBe(200);

  // London invites Pacific every 2 weeks, who accepts at once: due soon from Monday 14 December
  // 12:00Z, due on the 21st. A meeting is recorded for Wednesday 16 December 16:00–16:30Z.
  const created = await call(london, 'POST', '/relationships', { peer: pacific.id, goal: 'rapport', cadenceWeeks: 2 });
  expect(created.status).toBe(201);
  pairId = created.json.id as string;
  expect((await call(pacific, 'POST', `/relationships/${pairId}/respond`, { action: 'accept' })).status).toBe(200);
  // London invites a second Pacific person who never answers: reminded after 3 days.
  expect(
    (await call(london, 'POST', '/relationships', { peer: pacific2.id, goal: 'ideas', cadenceWeeks: 4 })).status,
  ).toBe(201);

  // Pacific turns overdue reminders off.
  const prefs = await call(pacific, 'GET', '/me/preferences');
  expect(prefs.json).toEqual({
    reminders: {
      invitationPending: true,
      peerDueSoon: true,
      peerOverdue: true,
      meetingPrep: true,
      meetingFollowUp: true,
    },
  });
  const patched = await call(
    pacific,
    'PATCH',
    '/me/preferences',
    { reminders: { peerOverdue: false } },
    { 'If-Match': prefs.etag! },
  );
  expect(patched.status).toBe(200);
  expect(patched.json.reminders).toMatchObject({ peerOverdue: false, peerDueSoon: true });

  // A second pair with a meeting recorded for Wednesday 16 December 16:00–16:30Z.
  const second = await call(london2, 'POST', '/relationships', { peer: eastern.id, goal: 'barriers', cadenceWeeks: 2 });
  prepPairId = second.json.id as string;
  expect((await call(eastern, 'POST', `/relationships/${prepPairId}/respond`, { action: 'accept' })).status).toBe(200);
  const meeting = await call(london2, 'POST', `/relationships/${prepPairId}/meetings`, {
    start: '2026-12-16T16:00:00Z',
    end: '2026-12-16T16:30:00Z',
  });
  expect(meeting.status).toBe(201);
  expect(
    (await call(eastern, 'POST', `/relationships/${prepPairId}/agenda`, { text: 'Release handover' })).status,
  ).toBe(201);
  // Written after the meeting put the pair in the due index: the due row's snapshot must follow.
  expect(
    (
      await call(eastern, 'POST', `/relationships/${prepPairId}/commitments`, {
        text: 'Draft the handover notes',
        owner: london2.id,
      })
    ).status,
  ).toBe(201);

  // One pair paused past the due date and one ended: neither hears anything.
  const used = new Set([london, london2, pacific, pacific2, eastern].map((u) => u.id));
  const others = fx.stack.tenant.data.users.filter((u) => u.managerId && u.appInstalled !== false && !used.has(u.id));
  const a = others[0]!;
  const b = others.find((u) => u.department !== a.department)!;
  const c = others.find((u) => u !== a && u !== b)!;
  const d = others.find((u) => u !== a && u !== b && u !== c && u.department !== c.department)!;
  quiet = [a, b, c, d];
  for (const [x, y, patch] of [
    [a, b, { pausedUntil: '2027-01-31' }],
    [c, d, { status: 'ended' }],
  ] as const) {
    const rel = await call(x, 'POST', '/relationships', { peer: y.id, goal: 'rapport', cadenceWeeks: 2 });
    const accepted = await call(y, 'POST', `/relationships/${rel.json.id}/respond`, { action: 'accept' });
    expect(accepted.status).toBe(200);
    const current = await call(x, 'GET', `/relationships/${rel.json.id}`);
    const changed = await call(x, 'PATCH', `/relationships/${rel.json.id}`, patch, { 'If-Match': current.etag! });
    expect(changed.status).toBe(200);
  }
}, 60_000);
afterAll(() => fx?.stack.close());

describe('reminders through the dev host, the demo tenant and Azurite', () => {
  it('invitationPending waits 3 days and for the invitee’s own morning', async () => {
    fx.setNow('2026-12-10T11:05:00Z');
    await fx.pass();
    expect(await fx.reminders('invitationPending')).toEqual([]);
    // 12:05Z is 04:05 in Pacific time: held, not sent.
    fx.setNow('2026-12-10T12:05:00Z');
    expect(await fx.pass()).toMatchObject({ sent: 0, held: 1 });
    expect(await fx.reminders('invitationPending')).toEqual([]);
    fx.setNow('2026-12-10T17:05:00Z');
    expect(await fx.pass()).toMatchObject({ sent: 1 });
    const sent = await fx.reminders('invitationPending');
    expect(sent.map((n) => n.recipientId)).toEqual([pacific2.id]);
    expect(sent[0]).toMatchObject({ senderType: 'app', delivery: 'delivered' });
    expect(sent[0]!.topic.webUrl).toContain(encodeURIComponent('"subEntityId":"activity/invitationPending"'));
  });

  it('peerDueSoon reaches London at its due hour and Pacific in its own morning; a rerun sends nothing new', async () => {
    fx.setNow('2026-12-14T11:05:00Z');
    await fx.pass();
    expect(await fx.reminders('peerDueSoon')).toEqual([]);
    fx.setNow('2026-12-14T12:05:00Z');
    await fx.pass();
    expect((await fx.reminders('peerDueSoon')).map((n) => n.recipientId)).toEqual([london.id]);
    fx.setNow('2026-12-14T16:55:00Z');
    await fx.pass();
    expect(await fx.reminders('peerDueSoon')).toHaveLength(1);
    fx.setNow('2026-12-14T17:05:00Z');
    await fx.pass();
    expect((await fx.reminders('peerDueSoon')).map((n) => n.recipientId).sort()).toEqual(
      [london.id, pacific.id].sort(),
    );
    expect(await fx.pass()).toMatchObject({ sent: 0 });
    expect(await fx.reminders('peerDueSoon')).toHaveLength(2);
  });

  it('meetingPrep goes out the working day before, in each person’s own morning, with the details in Activity', async () => {
    fx.setNow('2026-12-15T08:55:00Z');
    await fx.pass();
    expect(await fx.reminders('meetingPrep')).toEqual([]);
    fx.setNow('2026-12-15T09:05:00Z');
    await fx.pass();
    expect((await fx.reminders('meetingPrep')).map((n) => n.recipientId)).toEqual([london2.id]);
    fx.setNow('2026-12-15T14:05:00Z'); // 09:05 in New York
    await fx.pass();
    expect((await fx.reminders('meetingPrep')).map((n) => n.recipientId).sort()).toEqual(
      [london2.id, eastern.id].sort(),
    );

    const activity = await fx.as(london2, 'GET', '/me/activity');
    expect(activity.status).toBe(200);
    const prep = activity.json.items.find((i: { kind: string }) => i.kind === 'meetingPrep');
    expect(prep).toMatchObject({
      relationshipId: prepPairId,
      state: 'sent',
      details: {
        goal: 'barriers',
        agendaCount: 1,
        meetingStart: '2026-12-16T16:00:00.000Z',
        openMine: 1,
        openTheirs: 0,
        firstMine: 'Draft the handover notes',
      },
      link: { subPageId: `relationship/${prepPairId}` },
    });
    expect(String(prep.details.prompt).length).toBeGreaterThan(0);
    expect(prep.link.teamsUrl).toContain(encodeURIComponent(`"subEntityId":"relationship/${prepPairId}"`));
  });

  it('meetingFollowUp comes about an hour after the end, held for whoever has gone home', async () => {
    fx.setNow('2026-12-16T17:25:00Z');
    await fx.pass();
    expect(await fx.reminders('meetingFollowUp')).toEqual([]);
    fx.setNow('2026-12-16T18:05:00Z'); // 13:05 in New York, 18:05 in London
    await fx.pass();
    expect((await fx.reminders('meetingFollowUp')).map((n) => n.recipientId)).toEqual([eastern.id]);
    fx.setNow('2026-12-17T09:05:00Z');
    await fx.pass();
    expect((await fx.reminders('meetingFollowUp')).map((n) => n.recipientId).sort()).toEqual(
      [eastern.id, london2.id].sort(),
    );
  });

  it('the admin endpoint answers 202 and runs the job; two runs at once send each overdue reminder once', async () => {
    fx.setNow('2026-12-21T12:05:00Z');
    const admin = () =>
      fetch(`${fx.stack.apiUrl}/admin/functions/reminders`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ input: '' }),
      });
    const [first, second] = await Promise.all([admin(), admin()]);
    expect([first.status, second.status]).toEqual([202, 202]);
    const runs = await fx.stack.jobs.settled();
    expect(runs).toHaveLength(2);
    const sent = runs.reduce((sum, r) => sum + (r.summary as { sent: number }).sent, 0);
    expect(sent).toBe(2);
    expect((await fx.reminders('peerOverdue')).map((n) => n.recipientId).sort()).toEqual(
      [london.id, london2.id].sort(),
    );
    expect((await admin()).status).toBe(202);
    await fx.stack.jobs.settled();
    expect(await fx.reminders('peerOverdue')).toHaveLength(2);
    const unknown = await fetch(`${fx.stack.apiUrl}/admin/functions/nope`, { method: 'POST', body: '{"input":""}' });
    expect(unknown.status).toBe(404);
  });

  it('a preference turned off silences that kind: Pacific hears no overdue reminder when New York does', async () => {
    fx.setNow('2026-12-21T17:05:00Z');
    await fx.pass();
    expect(await fx.reminders('peerOverdue', eastern.id)).toHaveLength(1);
    expect(await fx.reminders('peerOverdue', pacific.id)).toEqual([]);
    expect(await fx.reminders('peerDueSoon', pacific.id)).toHaveLength(1);
  });

  it('pause and end silence a pair through its due date and after', async () => {
    fx.setNow('2026-12-28T17:05:00Z');
    await fx.pass();
    const outbox = await fx.outbox();
    for (const person of quiet)
      expect(outbox.filter((n) => n.mode === 'bulk' && n.recipientId === person.id)).toEqual([]);
  });

  it('export carries preferences and reminders; erasure removes them', async () => {
    const exported = await fx.as(pacific, 'GET', '/me/export');
    expect(exported.status).toBe(200);
    expect(exported.json.preferences.reminders.peerOverdue).toBe(false);
    expect(exported.json.reminders.map((r: { kind: string }) => r.kind)).toContain('peerDueSoon');
    expect((await fx.as(pacific, 'DELETE', '/me')).status).toBe(200);
    const after = await fx.as(pacific, 'GET', '/me/export');
    expect(after.json.reminders).toEqual([]);
    expect(after.json.preferences.reminders.peerOverdue).toBe(true);
    expect((await fx.as(pacific, 'GET', '/me/activity')).json.items).toEqual([]);
  });
});
