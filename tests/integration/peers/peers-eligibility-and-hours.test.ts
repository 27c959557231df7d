import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peerSuggestionsResponseSchema } from '../../../shared/discovery';
import { peopleSearchResultSchema } from '../../../shared/discovery/search-eligibility';
import { offsetAt, resolveTimeZone } from '../../../shared/scheduling';
import { slotsResponseSchema } from '../../../shared/scheduling/slots-response';
import { startTestStack, type TestStack } from '../../support/test-stack';

let stack: TestStack;
type User = TestStack['tenant']['data']['users'][number];
const users = () => stack.tenant.data.users;
const byId = (id: string) => users().find((u) => u.id === id)!;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

async function graphStats() {
  return (await (await fetch(`${stack.tenant.url}/demo/stats`)).json()) as { byRoute: Record<string, number> };
}
const resetStats = () => fetch(`${stack.tenant.url}/demo/stats/reset`, { method: 'POST' });

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
/** Today's working hours of a person as UTC minutes of the day (a plain check, independent of the rule). */
function utcHours(user: User, at: number) {
  const offset = offsetAt(resolveTimeZone(user.timeZone)!, at) / 60_000;
  return { start: minutes(user.workingHours.startTime) - offset, end: minutes(user.workingHours.endTime) - offset };
}
function overlapMinutes(a: User, b: User, at: number) {
  const x = utcHours(a, at);
  const y = utcHours(b, at);
  return Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
}
/** Ava Chen, the seed's first person: VP of Product in Los Angeles. */
const ava = () => users().find((u) => u.displayName === 'Ava Chen')!;

describe('GET /api/peers/search marks who cannot be a peer', () => {
  it('returns the caller’s manager marked ineligible with the reason, asking Graph for the reporting line once', async () => {
    const me = users().find((u) => u.managerId && users().some((r) => r.managerId === u.id))!;
    const manager = byId(me.managerId!);
    const token = await stack.tokenFor(me.id);
    await resetStats();
    const answer = await stack.api(`/peers/search?q=${encodeURIComponent(manager.displayName)}`, { token });
    expect(answer.status).toBe(200);
    const { people } = peopleSearchResultSchema.parse(await answer.json());
    expect(people.find((p) => p.id === manager.id)?.eligibility).toEqual({ eligible: false, reason: 'manager' });
    const stats = await graphStats();
    expect(stats.byRoute['GET /me/manager']).toBe(1);
    expect(stats.byRoute['GET /me/directReports']).toBe(1);

    // A direct report, and a colleague outside the line, by the first letters of their names.
    const report = users().find((u) => u.managerId === me.id)!;
    const reportAnswer = await stack.api(`/peers/search?q=${encodeURIComponent(report.displayName)}`, { token });
    const found = peopleSearchResultSchema.parse(await reportAnswer.json()).people;
    expect(found.find((p) => p.id === report.id)?.eligibility).toEqual({ eligible: false, reason: 'direct-report' });
    const other = users().find((u) => u.id !== me.id && u.id !== me.managerId && u.managerId !== me.id)!;
    const otherAnswer = await stack.api(`/peers/search?q=${encodeURIComponent(other.displayName)}`, { token });
    const others = peopleSearchResultSchema.parse(await otherAnswer.json()).people;
    expect(others.find((p) => p.id === other.id)?.eligibility).toEqual({ eligible: true });

    // The same rule holds at the door: POST /relationships refuses the manager with the reason.
    const refused = await stack.callAs(me, 'POST', '/relationships', {
      peer: manager.id,
      goal: 'rapport',
      cadenceWeeks: 4,
    });
    expect(refused.status).toBe(422);
    expect(refused.json.code ?? refused.json.type).toMatch(/not-a-peer/);
  });
});

describe('suggestions and working hours', () => {
  it('lists a London peer whose hours never overlap a Los Angeles user’s last, with only that reason', async () => {
    const me = ava();
    expect(me.timeZone).toBe('Pacific Standard Time');
    const token = await stack.tokenFor(me.id);
    await resetStats();
    const response = await stack.api('/peers/suggestions?limit=10', { token });
    expect(response.status).toBe(200);
    const { suggestions } = peerSuggestionsResponseSchema.parse(await response.json());
    const now = Date.now();
    const apart = suggestions.filter((s) => overlapMinutes(me, byId(s.user.id), now) === 0);
    expect(apart.length).toBeGreaterThan(0);
    const london = apart.find((s) => byId(s.user.id).timeZone === 'GMT Standard Time')!;
    const hours = byId(london.user.id).workingHours;
    expect(london.reasons).toEqual([
      `Your working hours don't overlap (London ${hours.startTime.slice(0, 5)}–${hours.endTime.slice(0, 5)})`,
    ]);
    expect(london.hoursOverlapMinutes).toBe(0);
    // Everyone whose hours overlap comes first, with the overlap measured.
    const firstApart = suggestions.findIndex((s) => s.hoursOverlapMinutes === 0);
    for (const [i, s] of suggestions.entries()) {
      const shared = overlapMinutes(me, byId(s.user.id), now);
      expect(s.hoursOverlapMinutes).toBe(shared);
      expect(i < firstApart).toBe(shared > 0);
    }
    // Working hours for all of them cost one getSchedule request.
    expect((await graphStats()).byRoute['POST /me/calendar/getSchedule']).toBe(1);
  });

  it('offers that pair times outside working hours, each flagged for whoever it is outside', async () => {
    const me = ava();
    const token = await stack.tokenFor(me.id);
    const { suggestions } = peerSuggestionsResponseSchema.parse(
      await (await stack.api('/peers/suggestions?limit=10', { token })).json(),
    );
    const peer = byId(suggestions.find((s) => s.hoursOverlapMinutes === 0)!.user.id);
    const ask = (preferences: object) =>
      stack.callAs(me, 'POST', '/slots', { peers: [peer.id], cadenceWeeks: 4, durationMinutes: 30, preferences });
    const inside = await ask({});
    expect(inside.status).toBe(200);
    expect(inside.json.slots).toEqual([]);

    const outside = await ask({ requireWorkingHours: false, avoidDays: ['saturday', 'sunday'] });
    expect(outside.status).toBe(200);
    const { slots } = slotsResponseSchema.parse(outside.json);
    expect(slots.length).toBeGreaterThan(0);
    // In the person's own zone: a weekday they work, from their start to their end.
    const outsideFor = (user: User, start: string) => {
      const t = Date.parse(start);
      const local = t + offsetAt(resolveTimeZone(user.timeZone)!, t);
      const minute = Math.floor((local % 86_400_000) / 60_000);
      const day = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][
        new Date(local).getUTCDay()
      ]!;
      const { startTime, endTime, daysOfWeek } = user.workingHours;
      const inHours =
        (daysOfWeek as string[]).includes(day) && minute >= minutes(startTime) && minute + 30 <= minutes(endTime);
      return !inHours;
    };
    for (const slot of slots) {
      const mine = slot.local[me.id]!;
      const theirs = slot.local[peer.id]!;
      expect(mine.outsideWorkingHours || theirs.outsideWorkingHours).toBe(true);
      expect(mine.outsideWorkingHours).toBe(slot.occurrences.some((o) => outsideFor(me, o.start)));
      expect(theirs.outsideWorkingHours).toBe(slot.occurrences.some((o) => outsideFor(peer, o.start)));
    }
  });
});
