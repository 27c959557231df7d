import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantToWall, offsetAt, resolveTimeZone, wallToInstant } from '../../../shared/scheduling/time-zones';
import { expandDailyWindows, parseTimeOfDay } from '../../../shared/scheduling/working-hours';

const H = 3_600_000;

describe('time zones', () => {
  it('maps Windows names to IANA and accepts IANA names as they are', () => {
    expect(resolveTimeZone('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(resolveTimeZone('GMT Standard Time')).toBe('Europe/London');
    expect(['Asia/Kolkata', 'Asia/Calcutta']).toContain(resolveTimeZone('India Standard Time'));
    expect(resolveTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(resolveTimeZone('Not A Zone')).toBeNull();
  });

  it('finds the US spring-forward instant and the UK one weeks later', () => {
    const ny = 'America/New_York';
    expect(offsetAt(ny, Date.UTC(2026, 2, 8, 6, 59, 59))).toBe(-5 * H);
    expect(offsetAt(ny, Date.UTC(2026, 2, 8, 7, 0, 0))).toBe(-4 * H);
    expect(offsetAt('Europe/London', Date.UTC(2026, 2, 29, 0, 59, 59))).toBe(0);
    expect(offsetAt('Europe/London', Date.UTC(2026, 2, 29, 1, 0, 0))).toBe(H);
    expect(offsetAt('Asia/Kolkata', Date.UTC(2026, 5, 1))).toBe(5.5 * H);
  });

  it('moves a wall time in a spring-forward gap forward and picks the earlier of an ambiguous one', () => {
    const ny = 'America/New_York';
    // 02:30 does not exist on 8 March 2026 in New York: it becomes 03:30 EDT.
    expect(wallToInstant(ny, Date.UTC(2026, 2, 8, 2, 30))).toBe(Date.UTC(2026, 2, 8, 7, 30));
    // 01:30 happens twice on 1 November 2026: the first (EDT) is used.
    expect(wallToInstant(ny, Date.UTC(2026, 10, 1, 1, 30))).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('round-trips any instant through wall time', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Asia/Kolkata',
      'America/Los_Angeles',
      'Australia/Sydney',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        (zone, t) => {
          const instant = Math.floor(t / 60_000) * 60_000;
          const back = wallToInstant(zone, instantToWall(zone, instant));
          // Equal except in a fall-back hour, where the earlier of the two instants is returned.
          expect(instantToWall(zone, back)).toBe(instantToWall(zone, instant));
          expect(back <= instant).toBe(true);
        },
      ),
    );
  });

  it('expands working hours day by day so the UTC hours follow DST', () => {
    const days = new Set([1, 2, 3, 4, 5]);
    const list = expandDailyWindows(
      'America/New_York',
      days,
      parseTimeOfDay('09:00:00.0000000'),
      parseTimeOfDay('17:00'),
      Date.UTC(2026, 2, 5),
      Date.UTC(2026, 2, 11),
    );
    expect(list).toEqual([
      { start: Date.UTC(2026, 2, 5, 14), end: Date.UTC(2026, 2, 5, 22) }, // Thu, EST
      { start: Date.UTC(2026, 2, 6, 14), end: Date.UTC(2026, 2, 6, 22) }, // Fri, EST
      { start: Date.UTC(2026, 2, 9, 13), end: Date.UTC(2026, 2, 9, 21) }, // Mon, EDT
      { start: Date.UTC(2026, 2, 10, 13), end: Date.UTC(2026, 2, 10, 21) },
    ]);
  });

  it('rejects malformed times of day', () => {
    expect(() => parseTimeOfDay('9am')).toThrow(RangeError);
    expect(() => parseTimeOfDay('25:00')).toThrow(RangeError);
  });
});
