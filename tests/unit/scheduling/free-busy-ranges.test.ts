import { describe, expect, it } from 'vitest';
import { freeBusyRanges } from '../../../shared/scheduling/free-busy-ranges';
import { occurrenceStarts } from '../../../shared/scheduling/occurrences';

const DAY = 86_400_000;
const start = Date.parse('2026-03-02T00:00:00Z');
const base = {
  windowStart: start,
  organizerZone: 'America/New_York',
  occurrences: 3,
  durationMinutes: 30,
  maxSpanMs: 61 * DAY,
};

describe('freeBusyRanges', () => {
  it('covers a fortnightly series from a two-week window in one fetch', () => {
    const ranges = freeBusyRanges({ ...base, windowEnd: start + 14 * DAY, cadenceWeeks: 2 });
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.start).toBeLessThanOrEqual(start);
    expect(ranges[0]!.end).toBeGreaterThanOrEqual(start + 42 * DAY);
  });

  it('needs a second fetch only for occurrences beyond the 61-day limit', () => {
    const ranges = freeBusyRanges({ ...base, windowEnd: start + 14 * DAY, cadenceWeeks: 4 });
    expect(ranges).toHaveLength(2);
    // The first fetch covers occurrences 1 and 2 (weeks 0–6); the second only the third occurrence's fortnight.
    expect(ranges[1]!.start).toBeGreaterThan(start + 50 * DAY);
    expect(ranges[1]!.end - ranges[1]!.start).toBeLessThan(16 * DAY);
  });

  it('keeps every fetch within the limit and covers every possible occurrence, across DST', () => {
    for (const cadenceWeeks of [1, 2, 3, 4, 6, 8, 12]) {
      for (const days of [1, 14, 30, 61]) {
        const windowEnd = start + days * DAY;
        const ranges = freeBusyRanges({ ...base, windowEnd, cadenceWeeks, occurrences: 4 });
        for (const r of ranges) expect(r.end - r.start).toBeLessThanOrEqual(61 * DAY);
        // Every occurrence of a candidate anywhere in the window (organiser's wall clock, so DST moves
        // it by an hour against UTC) must lie inside one fetched range.
        for (let t = start; t <= windowEnd; t += 6 * 3_600_000) {
          occurrenceStarts(t, base.organizerZone, cadenceWeeks, 4).forEach((occurrence, k) => {
            const end = occurrence + 30 * 60_000;
            expect(
              ranges.some((r) => r.start <= occurrence && end <= r.end),
              `${cadenceWeeks}w ${days}d k=${k}`,
            ).toBe(true);
          });
        }
      }
    }
  });
});
