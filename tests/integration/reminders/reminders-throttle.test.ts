import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TenantUser } from '../../../dev/demo-tenant/tenant-schema';
import { startReminderStack } from './reminders-stack-support';

// DEMO_THROTTLE=every=2: every second Graph request (tokens aside) answers 429 with Retry-After.
let fx: Awaited<ReturnType<typeof startReminderStack>>;
const dueSoon: string[] = [];
const invited: string[] = [];

beforeAll(async () => {
  fx = await startReminderStack('2026-12-07T12:00:00Z', { throttle: 'every=2' });
  // London people on 09:00–17:00, in pairs across departments: everyone is due on the same hour.
  const london = fx.stack.tenant.data.users.filter(
    (u) => u.managerId && u.appInstalled !== false && u.timeZone === 'GMT Standard Time',
  );
  const pairs: Array<[TenantUser, TenantUser]> = [];
  const free = [...london];
  while (free.length > 1 && pairs.length < 4) {
    const a = free.shift()!;
    const i = free.findIndex((u) => u.department !== a.department);
    if (i < 0) break;
    pairs.push([a, free.splice(i, 1)[0]!]);
  }
  // Two pairs accept (due soon on the 14th), two invitations stay unanswered (pending since the 10th):
  // two kinds, so the pass makes at least two bulk calls and the storm must hit one of them.
  for (const [i, [a, b]] of pairs.entries()) {
    const rel = await fx.as(a, 'POST', '/relationships', { peer: b.id, goal: 'ideas', cadenceWeeks: 2 });
    expect(rel.status).toBe(201);
    if (i < 2) {
      expect((await fx.as(b, 'POST', `/relationships/${rel.json.id}/respond`, { action: 'accept' })).status).toBe(200);
      dueSoon.push(a.id, b.id);
    } else invited.push(b.id);
  }
}, 90_000);
afterAll(() => fx?.stack.close());

it('a 429 storm delays the reminders without losing or doubling any', async () => {
  // Due soon from Monday 14 December 12:00Z; 13:05Z is inside London working hours.
  fx.setNow('2026-12-14T13:05:00Z');
  const first = await fx.pass();
  expect(first.throttled).toBeGreaterThan(0);
  // Whatever the storm kept from this pass is retried on the next, never lost.
  fx.setNow('2026-12-14T14:05:00Z');
  await fx.pass();
  const ids = async (kind: string) => (await fx.reminders(kind)).map((n) => n.recipientId).sort();
  expect(dueSoon).toHaveLength(4);
  expect(await ids('peerDueSoon')).toEqual([...dueSoon].sort());
  expect(await ids('invitationPending')).toEqual([...invited].sort());
  expect(invited).toHaveLength(2);
});
