import { describe, expect, it } from 'vitest';
import { seedTenant, sortedDemoUsers, DEMO_TENANT_ID } from '../../../dev/demo-tenant/seed';
import { parseTenant, type TenantUser } from '../../../dev/demo-tenant/tenant-schema';
import { userCalendar } from '../../../dev/demo-tenant/calendar';
import { localToInstant, resolveTimeZone } from '../../../dev/demo-tenant/time-zones';

const NOW = new Date('2026-11-24T11:00:00Z'); // a Tuesday
const tenant = seedTenant(NOW);
const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Share of the user's working hours covered by non-free meetings over `days` days from startMs. */
function calendarLoad(user: TenantUser, startMs: number, days: number): number {
  const zone = resolveTimeZone(user.timeZone) ?? 'UTC';
  const items = userCalendar(tenant, user.id, { startMs, endMs: startMs + days * DAY_MS }).filter(
    (i) => i.event.showAs !== 'free',
  );
  let work = 0;
  let busy = 0;
  for (let d = 0; d < days; d++) {
    const date = new Date(startMs + d * DAY_MS + 12 * 3_600_000);
    if (!user.workingHours.daysOfWeek.includes(WEEKDAYS[date.getUTCDay()] as never)) continue;
    const at = (hms: string): number => {
      const [hour, minute] = hms.split(':').map(Number) as [number, number];
      return localToInstant(zone, {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour,
        minute,
        second: 0,
      });
    };
    const ws = at(user.workingHours.startTime);
    const we = at(user.workingHours.endTime);
    work += we - ws;
    const clipped = items
      .map((i) => [Math.max(i.startMs, ws), Math.min(i.endMs, we)] as const)
      .filter(([a, b]) => b > a)
      .sort((a, b) => a[0] - b[0]);
    let covered = -Infinity;
    for (const [a, b] of clipped) {
      const from = Math.max(a, covered);
      if (b > from) {
        busy += b - from;
        covered = b;
      }
    }
  }
  return busy / work;
}

describe('seedTenant', () => {
  it('is deterministic: the same now, or any now in the same ISO week, gives a deep-equal tenant', () => {
    expect(seedTenant(new Date(NOW))).toEqual(tenant);
    expect(seedTenant(new Date('2026-11-29T23:59:00Z'))).toEqual(tenant);
    expect(seedTenant(new Date('2026-11-23T00:00:00Z'))).toEqual(tenant);
  });

  it('moves the calendar with the week but keeps the organisation', () => {
    const nextWeek = seedTenant(new Date('2026-12-01T11:00:00Z'));
    expect(nextWeek.users).toEqual(tenant.users);
    expect(nextWeek.events[0]?.start).not.toEqual(tenant.events[0]?.start);
  });

  it('passes its own schema, so every manager and attendee exists and mails are unique', () => {
    expect(() => parseTenant(tenant)).not.toThrow();
    const ids = new Set(tenant.users.map((u) => u.id));
    for (const u of tenant.users) if (u.managerId) expect(ids.has(u.managerId)).toBe(true);
    expect(tenant.tenantId).toBe(DEMO_TENANT_ID);
  });

  it('has about 60 people in at least six departments and three time zones', () => {
    expect(tenant.users.length).toBeGreaterThanOrEqual(55);
    expect(tenant.users.length).toBeLessThanOrEqual(65);
    const departments = new Set(tenant.users.map((u) => u.department));
    expect([...departments].sort()).toEqual([
      'Customer Success',
      'Design',
      'Engineering',
      'Marketing',
      'Product',
      'Sales',
    ]);
    const zones = new Set(tenant.users.map((u) => u.timeZone));
    for (const z of ['Pacific Standard Time', 'Eastern Standard Time', 'GMT Standard Time'])
      expect(zones.has(z)).toBe(true);
    expect(new Set(tenant.users.map((u) => u.jobTitle)).size).toBeGreaterThanOrEqual(15);
    for (const u of tenant.users) expect(u.mail).toMatch(/^[a-z]+\.[a-z]+@contoso\.example$/);
    for (const u of tenant.users)
      expect(u.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives each department one head and managers with direct reports', () => {
    for (const dept of new Set(tenant.users.map((u) => u.department))) {
      const people = tenant.users.filter((u) => u.department === dept);
      const heads = people.filter((u) => !u.managerId);
      expect(heads).toHaveLength(1);
      const managers = people.filter((m) => people.some((r) => r.managerId === m.id) && m.managerId);
      expect(managers.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps calendars busy but not full: 30–60% of working hours on average over four weeks', () => {
    const start = Date.parse('2026-11-30T00:00:00Z');
    const loads = tenant.users.map((u) => calendarLoad(u, start, 28));
    const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
    expect(mean).toBeGreaterThanOrEqual(0.3);
    expect(mean).toBeLessThanOrEqual(0.6);
    for (const load of loads) {
      expect(load).toBeGreaterThan(0.1);
      expect(load).toBeLessThan(0.8);
    }
  });

  it('covers 13 weeks either side of now with recurring, tentative, OOF and working-elsewhere time', () => {
    const starts = tenant.events.map((e) => Date.parse(e.start));
    expect(Math.min(...starts)).toBeLessThan(NOW.getTime() - 12 * 7 * DAY_MS);
    expect(Math.max(...starts)).toBeGreaterThan(NOW.getTime() + 12 * 7 * DAY_MS);
    const showAs = new Set(tenant.events.map((e) => e.showAs));
    for (const s of ['busy', 'tentative', 'oof', 'workingElsewhere']) expect(showAs.has(s as never)).toBe(true);
    expect(tenant.events.filter((e) => e.recurrence).length).toBeGreaterThan(50);
    const allHands = tenant.events.find((e) => e.subject === 'Company all-hands');
    expect(allHands?.attendeeIds.length).toBe(tenant.users.length - 1);
  });

  it('gives product managers regular small meetings with designers and engineers', () => {
    const pms = tenant.users.filter((u) => /^(Senior |Associate )?Product Manager$/.test(u.jobTitle));
    expect(pms.length).toBeGreaterThanOrEqual(3);
    const departmentOf = new Map(tenant.users.map((u) => [u.id, u.department]));
    for (const pm of pms) {
      const small = tenant.events.filter((e) => e.recurrence && e.organizerId === pm.id && e.attendeeIds.length <= 3);
      const met = new Set(small.flatMap((e) => e.attendeeIds.map((id) => departmentOf.get(id))));
      expect(met.has('Design')).toBe(true);
      expect(met.has('Engineering')).toBe(true);
    }
  });

  it('lists demo users for sign-in sorted by department, then name', () => {
    const list = sortedDemoUsers(tenant.users);
    expect(list).toHaveLength(tenant.users.length);
    const keys = list.map((u) => `${u.department}\u0000${u.displayName}`);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(['department', 'displayName', 'id', 'jobTitle', 'mail']);
  });
});
