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
});
