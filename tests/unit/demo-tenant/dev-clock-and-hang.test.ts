import { describe, expect, it } from 'vitest';
import { createDevClock, DevClockError } from '../../../dev/dev-clock';
import { parseHang } from '../../../dev/demo-tenant/hang';

describe('createDevClock', () => {
  it('starts at DEV_NOW and ticks with the monotonic timer', () => {
    let mono = 5_000;
    const now = createDevClock('2026-12-07T08:30:00Z', () => mono);
    expect(now().toISOString()).toBe('2026-12-07T08:30:00.000Z');
    mono += 90_500;
    expect(now().toISOString()).toBe('2026-12-07T08:31:30.500Z');
  });

  it('accepts offsets and refuses instants without a zone or that do not parse', () => {
    expect(createDevClock('2026-12-07T09:30:00+01:00', () => 0)().toISOString()).toBe('2026-12-07T08:30:00.000Z');
    expect(() => createDevClock('2026-12-07T08:30:00')).toThrow(DevClockError);
    expect(() => createDevClock('next tuesday')).toThrow(/DEV_NOW/);
  });

  it('is the real clock without DEV_NOW', () => {
    const before = Date.now();
    const at = createDevClock(undefined)().getTime();
    expect(at).toBeGreaterThanOrEqual(before);
  });
});

describe('parseHang', () => {
  it('matches method and path globs, several patterns, and nothing when unset', () => {
    const hang = parseHang('POST /me/calendar/getSchedule, /users/*/mailboxSettings');
    expect(hang.matches('POST', '/me/calendar/getSchedule')).toBe(true);
    expect(hang.matches('GET', '/me/calendar/getSchedule')).toBe(false);
    expect(hang.matches('GET', '/users/abc/mailboxSettings')).toBe(true);
    expect(hang.matches('GET', '/users/abc/calendarView')).toBe(false);
    expect(parseHang('*').matches('DELETE', '/me/events/x')).toBe(true);
    expect(parseHang(undefined).matches('GET', '/me')).toBe(false);
    expect(() => parseHang('me/events')).toThrow(/DEMO_HANG/);
  });
});
