import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRemindersPass } from '../../../functions/src/jobs/reminders-job';
import { ThrottledError } from '../../../functions/src/ports/reminder-notifier';
import { createPreferencesUseCases, DEFAULT_PREFERENCES_ETAG } from '../../../functions/src/use-cases/preferences';
import { startRemindersFixture } from './reminders-fixture';

// Pairs last met on Monday 2 November 2026 at 10:00Z, every 4 weeks: due soon from Monday 23
// November 10:00Z, overdue from Monday 30 November 10:00Z. Nobody has working hours on file, so
// Monday to Friday 09:00–17:00 UTC applies.
const lastMetAt = '2026-11-02T10:00:00Z';
let fx: Awaited<ReturnType<typeof startRemindersFixture>>;

beforeAll(async () => {
  fx = await startRemindersFixture('2026-11-20T10:00:00Z');
});
afterAll(async () => {
  await fx?.close();
});

/** One pass over every tenant; the figures returned are the named tenant's. */
const pass = async (tenant: string) => {
  const summary = await runRemindersPass(fx.deps);
  return summary.byTenant[tenant]!;
};
const key = (
  tenant: string,
  recipient: string,
  kind: 'peerDueSoon' | 'peerOverdue',
  relationshipId: string,
  occurrence: string,
) => fx.deps.ledger.get(tenant, { recipient, kind, relationshipId, occurrence });

describe('reminders job on Azurite with a pinned clock', () => {
  it('fires due-soon at the due hour and not before, a rerun sends nothing new, then overdue a week later', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    const rel = await fx.addRelationship('t-moment', 'ana', 'ben', { lastMetAt });
    fx.setNow('2026-11-23T09:05:00Z');
    expect((await pass('t-moment')).sent).toBe(0);
    expect(fx.notified('peerDueSoon')).toEqual([]);

    fx.setNow('2026-11-23T10:05:00Z');
    const first = await pass('t-moment');
    expect(first).toMatchObject({ sent: 2, dueRelationships: 1, graphRequests: 1 });
    expect(fx.notified('peerDueSoon').sort()).toEqual(['ana', 'ben']);
    expect((await key('t-moment', 'ana', 'peerDueSoon', rel.id, 'due-20261130T1000'))?.state).toBe('sent');

    const rerun = await pass('t-moment');
    expect(rerun.sent).toBe(0);
    expect(fx.notified('peerDueSoon')).toHaveLength(2);

    fx.setNow('2026-11-30T10:05:00Z');
    expect((await pass('t-moment')).sent).toBe(2);
    expect(fx.notified('peerOverdue').sort()).toEqual(['ana', 'ben']);
    fx.setNow('2026-11-30T11:05:00Z');
    expect((await pass('t-moment')).sent).toBe(0);
  });

  it('two passes at once send each reminder exactly once', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    const people = Array.from({ length: 10 }, (_, i) => `p${i}`);
    for (let i = 0; i < people.length; i += 2)
      await fx.addRelationship('t-twice', people[i]!, people[i + 1]!, { lastMetAt });
    const before = fx.notified('peerOverdue').length;
    fx.setNow('2026-12-01T10:05:00Z');
    const [a, b] = await Promise.all([pass('t-twice'), pass('t-twice')]);
    expect(a.sent + b.sent).toBe(10);
    const sent = fx
      .notified('peerOverdue')
      .slice(before)
      .filter((r) => r.startsWith('p'));
    expect(sent.sort()).toEqual(people.sort());
  });

  it('pause and end silence the reminders; the pause lasts until its day is over', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    await fx.addRelationship('t-pause', 'cat', 'dan', { lastMetAt, status: 'paused', pausedUntil: '2026-12-10' });
    await fx.addRelationship('t-pause', 'eve', 'fay', { lastMetAt, status: 'ended' });
    fx.setNow('2026-12-01T10:05:00Z');
    expect((await pass('t-pause')).sent).toBe(0);
    fx.setNow('2026-12-10T10:05:00Z');
    expect((await pass('t-pause')).sent).toBe(0);
    fx.setNow('2026-12-11T10:05:00Z');
    expect((await pass('t-pause')).sent).toBe(2);
    const recent = fx.calls.at(-1)!;
    expect(recent.recipients.sort()).toEqual(['cat', 'dan']);
  });

  it('turning a preference off silences that kind for that person', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    const rel = await fx.addRelationship('t-prefs', 'gus', 'hal', { lastMetAt });
    const prefs = createPreferencesUseCases(fx.deps.preferences);
    const changed = await prefs.patch(
      't-prefs',
      'gus',
      { reminders: { peerOverdue: false } },
      DEFAULT_PREFERENCES_ETAG,
    );
    expect(changed.preferences.reminders).toMatchObject({ peerOverdue: false, peerDueSoon: true });
    fx.setNow('2026-12-01T10:05:00Z');
    const before = fx.calls.length;
    expect((await pass('t-prefs')).sent).toBe(1);
    expect(fx.calls.slice(before).flatMap((c) => c.recipients)).toEqual(['hal']);
    expect(await key('t-prefs', 'gus', 'peerOverdue', rel.id, 'overdue-20261130T1000-w0')).toBeNull();
  });

  it('a 429 storm delays the reminders without losing any', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    await fx.addRelationship('t-storm', 'ida', 'jon', { lastMetAt });
    let throttles = 8;
    fx.behaviour.before = () => {
      if (throttles-- > 0) throw new ThrottledError(3000);
    };
    try {
      fx.setNow('2026-12-01T10:05:00Z');
      const stormy = await pass('t-storm');
      expect(stormy).toMatchObject({ sent: 0, failed: 2, throttled: 5, graphRequests: 6 });
      fx.setNow('2026-12-01T11:05:00Z');
      const after = await pass('t-storm');
      expect(after).toMatchObject({ sent: 2, throttled: 2 });
      expect(fx.calls.at(-1)!.recipients.sort()).toEqual(['ida', 'jon']);
    } finally {
      fx.behaviour.before = undefined;
    }
  });

  it('a recipient without the app is marked undeliverable once and never retried', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    const rel = await fx.addRelationship('t-install', 'kim', 'lou', { lastMetAt });
    fx.behaviour.undeliverable.add('kim');
    fx.setNow('2026-12-01T10:05:00Z');
    expect(await pass('t-install')).toMatchObject({ sent: 1, undeliverable: 1 });
    expect((await key('t-install', 'kim', 'peerOverdue', rel.id, 'overdue-20261130T1000-w0'))?.state).toBe(
      'undeliverable',
    );
    const calls = fx.calls.length;
    fx.setNow('2026-12-02T10:05:00Z');
    expect((await pass('t-install')).sent).toBe(0);
    expect(fx.calls.length).toBe(calls);
  });

  it('held over a weekend, sent on Monday morning', async () => {
    fx.setNow('2026-11-20T10:00:00Z');
    const rel = await fx.addRelationship('t-weekend', 'max', 'ned', { lastMetAt: '2026-11-07T10:00:00Z' });
    // Due Saturday 5 December 10:00Z, outside working hours.
    fx.setNow('2026-12-05T10:05:00Z');
    expect(await pass('t-weekend')).toMatchObject({ sent: 0, held: 2 });
    const held = await key('t-weekend', 'max', 'peerOverdue', rel.id, 'overdue-20261205T1000-w0');
    expect(held).toMatchObject({ state: 'held', holdUntil: Date.parse('2026-12-07T09:00:00Z') });
    fx.setNow('2026-12-07T08:05:00Z');
    expect((await pass('t-weekend')).sent).toBe(0);
    fx.setNow('2026-12-07T09:05:00Z');
    expect((await pass('t-weekend')).sent).toBe(2);
    expect((await key('t-weekend', 'max', 'peerOverdue', rel.id, 'overdue-20261205T1000-w0'))?.state).toBe('sent');
  });
});
