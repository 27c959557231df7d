import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate, relativeDay } from '../../../shared/relationships/relative-day';

const t = (iso: string) => Date.parse(iso);

describe('relative day', () => {
  it('late evening to just after midnight is "tomorrow", not "today"', () => {
    expect(relativeDay(t('2026-12-02T00:30:00Z'), t('2026-12-01T23:30:00Z'), 'Europe/London')).toEqual({
      kind: 'tomorrow',
      days: 1,
    });
  });

  it('counts days in the viewer’s zone: one pair of instants is "tomorrow" in London and "today" in Los Angeles', () => {
    // 20:00 → 07:00 UTC next day: London crosses midnight, Los Angeles (12:00 → 23:00) does not.
    const now = t('2026-12-01T20:00:00Z');
    const target = t('2026-12-02T07:00:00Z');
    expect(relativeDay(target, now, 'Europe/London').kind).toBe('tomorrow');
    expect(relativeDay(target, now, 'America/Los_Angeles').kind).toBe('today');
  });

  it('"in 3 days" and "3 days ago" carry a signed count', () => {
    const now = t('2026-12-01T09:00:00Z');
    expect(relativeDay(t('2026-12-04T18:00:00Z'), now, 'UTC')).toEqual({ kind: 'in-days', days: 3 });
    expect(relativeDay(t('2026-11-28T01:00:00Z'), now, 'UTC')).toEqual({ kind: 'days-ago', days: -3 });
    expect(relativeDay(t('2026-11-30T23:59:00Z'), now, 'UTC')).toEqual({ kind: 'yesterday', days: -1 });
  });

  it('a week across the spring-forward change is still 7 days (a 167-hour week)', () => {
    const now = t('2026-03-02T17:00:00Z'); // 09:00 in Los Angeles, PST
    const target = t('2026-03-09T16:00:00Z'); // 09:00 in Los Angeles, PDT
    expect(relativeDay(target, now, 'America/Los_Angeles')).toEqual({ kind: 'in-days', days: 7 });
  });

  it('across the autumn change, 00:30 the next day is tomorrow even though 25 hours passed', () => {
    const now = t('2026-10-24T22:30:00Z'); // 23:30 BST on Oct 24
    const target = t('2026-10-26T00:30:00Z'); // 00:30 GMT on Oct 26
    expect(relativeDay(target, now, 'Europe/London')).toEqual({ kind: 'in-days', days: 2 });
    expect(relativeDay(t('2026-10-25T23:30:00Z'), now, 'Europe/London')).toEqual({ kind: 'tomorrow', days: 1 });
  });

  it('gives the local date of an instant in a zone', () => {
    expect(localDate(t('2026-12-02T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-12-01');
    expect(localDate(t('2026-12-02T03:00:00Z'), 'Asia/Tokyo')).toBe('2026-12-02');
  });

  it('the count is the difference of local dates, for any two instants and zones', () => {
    const zones = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    const instant = fc.integer({ min: t('2025-01-01T00:00:00Z'), max: t('2028-01-01T00:00:00Z') });
    fc.assert(
      fc.property(instant, instant, fc.constantFrom(...zones), (a, b, zone) => {
        // Independent of the code under test: Intl's own calendar date in the zone.
        const dateIn = (ms: number) => Date.parse(new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(ms));
        const days = Math.round((dateIn(a) - dateIn(b)) / 86_400_000);
        expect(relativeDay(a, b, zone).days).toBe(days);
      }),
    );
  });
});
