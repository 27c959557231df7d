import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandRecurrence } from '../../../dev/demo-tenant/recurrence';
import { instantToLocal } from '../../../dev/demo-tenant/time-zones';
import type { PatternedRecurrence } from '../../../dev/demo-tenant/tenant-schema';

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const wide = { startMs: Date.parse('2020-01-01T00:00:00Z'), endMs: Date.parse('2030-01-01T00:00:00Z') };

describe('expandRecurrence', () => {
  it('keeps 09:00 New York wall-clock time across the March DST change (UTC moves an hour)', () => {
    const recurrence: PatternedRecurrence = {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
      range: { type: 'numbered', startDate: '2026-03-03', numberOfOccurrences: 3 },
    };
    const out = expandRecurrence({
      recurrence,
      seriesStartMs: Date.parse('2026-03-03T14:00:00Z'),
      durationMs: HOUR,
      timeZone: 'America/New_York',
      window: wide,
    });
    expect(out.map((o) => iso(o.startMs))).toEqual([
      '2026-03-03T14:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
      '2026-03-17T13:00:00.000Z',
    ]);
    expect(out.every((o) => o.endMs - o.startMs === HOUR)).toBe(true);
  });

  it('expands weekly series on several days every other week up to an inclusive end date', () => {
    const recurrence: PatternedRecurrence = {
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['monday', 'thursday'] },
      range: { type: 'endDate', startDate: '2026-06-01', endDate: '2026-06-18' },
    };
    const out = expandRecurrence({
      recurrence,
      seriesStartMs: Date.parse('2026-06-01T10:00:00Z'),
      durationMs: HOUR,
      timeZone: 'UTC',
      window: wide,
    });
    expect(out.map((o) => iso(o.startMs).slice(0, 10))).toEqual([
      '2026-06-01',
      '2026-06-04',
      '2026-06-15',
      '2026-06-18',
    ]);
  });

  it('counts numbered occurrences from the series start even when the window starts later', () => {
    const recurrence: PatternedRecurrence = {
      pattern: { type: 'daily', interval: 1 },
      range: { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 10 },
    };
    const window = { startMs: Date.parse('2026-01-08T00:00:00Z'), endMs: Date.parse('2026-02-01T00:00:00Z') };
    const out = expandRecurrence({
      recurrence,
      seriesStartMs: Date.parse('2026-01-01T08:00:00Z'),
      durationMs: HOUR,
      timeZone: 'UTC',
      window,
    });
    expect(out.map((o) => iso(o.startMs).slice(0, 10))).toEqual(['2026-01-08', '2026-01-09', '2026-01-10']);
  });

  it('skips months without the day for absoluteMonthly on the 31st', () => {
    const recurrence: PatternedRecurrence = {
      pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
      range: { type: 'endDate', startDate: '2026-01-01', endDate: '2026-06-30' },
    };
    const out = expandRecurrence({
      recurrence,
      seriesStartMs: Date.parse('2026-01-31T12:00:00Z'),
      durationMs: HOUR,
      timeZone: 'UTC',
      window: wide,
    });
    expect(out.map((o) => iso(o.startMs).slice(0, 10))).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });

  it('returns only occurrences overlapping the window, including one that started before it', () => {
    const recurrence: PatternedRecurrence = {
      pattern: { type: 'daily', interval: 1 },
      range: { type: 'noEnd', startDate: '2026-01-01' },
    };
    const window = { startMs: Date.parse('2026-05-10T10:30:00Z'), endMs: Date.parse('2026-05-11T10:00:00Z') };
    const out = expandRecurrence({
      recurrence,
      seriesStartMs: Date.parse('2026-01-01T10:00:00Z'),
      durationMs: HOUR,
      timeZone: 'UTC',
      window,
    });
    expect(out.map((o) => iso(o.startMs))).toEqual(['2026-05-10T10:00:00.000Z']);
  });

  it('moves a time inside the spring-forward gap forward, and takes the earlier of a repeated time', () => {
    // New York skips 02:00–03:00 on 2026-03-08 and repeats 01:00–02:00 on 2026-11-01.
    const daily = (startDate: string): PatternedRecurrence => ({
      pattern: { type: 'daily', interval: 1 },
      range: { type: 'numbered', startDate, numberOfOccurrences: 3 },
    });
    const gap = expandRecurrence({
      recurrence: daily('2026-03-07'),
      seriesStartMs: Date.parse('2026-03-07T07:30:00Z'),
      durationMs: HOUR,
      timeZone: 'America/New_York',
      window: wide,
    });
    expect(gap.map((o) => iso(o.startMs))).toEqual([
      '2026-03-07T07:30:00.000Z',
      '2026-03-08T07:30:00.000Z',
      '2026-03-09T06:30:00.000Z',
    ]);
    const repeat = expandRecurrence({
      recurrence: daily('2026-10-31'),
      seriesStartMs: Date.parse('2026-10-31T05:30:00Z'),
      durationMs: HOUR,
      timeZone: 'America/New_York',
      window: wide,
    });
    expect(repeat.map((o) => iso(o.startMs))).toEqual([
      '2026-10-31T05:30:00.000Z',
      '2026-11-01T05:30:00.000Z',
      '2026-11-02T06:30:00.000Z',
    ]);
  });

  it('always keeps the series wall-clock time in its zone (property)', () => {
    const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 365 }),
        (zone, hour, interval, offsetDays) => {
          const startDate = new Date(Date.parse('2026-01-01T00:00:00Z') + offsetDays * 86_400_000)
            .toISOString()
            .slice(0, 10);
          // Start at `hour` local on startDate (approximate via UTC; the expansion reads the local time back).
          const seriesStartMs = Date.parse(`${startDate}T12:00:00Z`) + (hour - 12) * HOUR;
          const local = instantToLocal(zone, seriesStartMs);
          const recurrence: PatternedRecurrence = {
            pattern: { type: 'daily', interval },
            range: { type: 'numbered', startDate, numberOfOccurrences: 60 },
          };
          const out = expandRecurrence({ recurrence, seriesStartMs, durationMs: HOUR, timeZone: zone, window: wide });
          expect(out).toHaveLength(60);
          for (const o of out) {
            const l = instantToLocal(zone, o.startMs);
            // A wall-clock time inside a spring-forward gap moves forward by the gap.
            if (l.hour === local.hour) expect(l.minute).toBe(local.minute);
            else expect(l.hour).toBe((local.hour + 1) % 24);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
