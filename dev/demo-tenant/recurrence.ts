import type { PatternedRecurrence, DayOfWeek } from './tenant-schema';
import { DAYS_OF_WEEK } from './tenant-schema';
import { instantToLocal, localToInstant } from './time-zones';

// Expands Graph's patternedRecurrence into occurrence start instants. Pure: no clock, no I/O.
// Occurrences keep the series' wall-clock time in the recurrence time zone, so a 09:00 New York
// meeting stays at 09:00 local across the March DST change (its UTC instant moves by an hour).

const DAY_MS = 86_400_000;
/** Safety bound: no series is walked further than this many days from its start date. */
export const MAX_SERIES_DAYS = 366 * 30;
/** Safety bound on occurrences produced by one expansion. */
export const MAX_OCCURRENCES = 20_000;

export interface ExpandInput {
  recurrence: PatternedRecurrence;
  /** First occurrence start; its local time of day in `timeZone` is kept for every occurrence. */
  seriesStartMs: number;
  durationMs: number;
  /** IANA zone the series' wall-clock time lives in. */
  timeZone: string;
  window: { startMs: number; endMs: number };
}

export interface Occurrence {
  startMs: number;
  endMs: number;
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** 0 = Sunday, matching DAYS_OF_WEEK order. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function dayIndex(d: DayOfWeek): number {
  return DAYS_OF_WEEK.indexOf(d);
}

/** Candidate days of the pattern in increasing order, starting at or after startDay. */
function* patternDays(rec: PatternedRecurrence, startDay: number): Generator<number> {
  const { pattern } = rec;
  const limit = startDay + MAX_SERIES_DAYS;
  if (pattern.type === 'daily') {
    for (let d = startDay; d <= limit; d += pattern.interval) yield d;
    return;
  }
  if (pattern.type === 'weekly') {
    const first = dayIndex(pattern.firstDayOfWeek ?? 'sunday');
    const offsets = [...new Set((pattern.daysOfWeek ?? []).map((d) => (dayIndex(d) - first + 7) % 7))].sort(
      (a, b) => a - b,
    );
    if (offsets.length === 0) return;
    const weekStart = startDay - ((weekdayOf(startDay) - first + 7) % 7);
    for (let base = weekStart; base <= limit; base += 7 * pattern.interval) {
      for (const off of offsets) {
        const d = base + off;
        if (d >= startDay) yield d;
      }
    }
    return;
  }
  // absoluteMonthly: months without that day (e.g. the 31st in April) are skipped.
  const dom = pattern.dayOfMonth ?? 1;
  const start = new Date(startDay * DAY_MS);
  for (let k = 0; ; k += pattern.interval) {
    const y = start.getUTCFullYear();
    const m = start.getUTCMonth() + k;
    const candidate = Date.UTC(y, m, dom) / DAY_MS;
    if (candidate > limit) return;
    if (new Date(candidate * DAY_MS).getUTCDate() !== dom) continue;
    if (candidate >= startDay) yield candidate;
  }
}

/** Occurrences of the series that overlap the window, in start order. */
export function expandRecurrence(input: ExpandInput): Occurrence[] {
  const { recurrence, timeZone, durationMs, window } = input;
  const { range } = recurrence;
  const startDay = dayNumber(range.startDate);
  const endDay = range.type === 'endDate' && range.endDate ? dayNumber(range.endDate) : Infinity;
  const maxCount = range.type === 'numbered' ? (range.numberOfOccurrences ?? 0) : Infinity;
  const local = instantToLocal(timeZone, input.seriesStartMs);
  // Days that cannot touch the window are counted but never converted to instants (that is the slow part).
  const firstUsefulDay = Math.floor((window.startMs - durationMs) / DAY_MS) - 2;
  const lastUsefulDay = Math.ceil(window.endMs / DAY_MS) + 2;

  const out: Occurrence[] = [];
  let count = 0;
  for (const day of patternDays(recurrence, startDay)) {
    if (day > endDay || count >= maxCount || day > lastUsefulDay) break;
    count++;
    if (day < firstUsefulDay) continue;
    const date = new Date(day * DAY_MS);
    const startMs = localToInstant(timeZone, {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: local.hour,
      minute: local.minute,
      second: local.second,
    });
    const endMs = startMs + durationMs;
    if (startMs < window.endMs && endMs > window.startMs) {
      out.push({ startMs, endMs });
      if (out.length >= MAX_OCCURRENCES) break;
    }
  }
  return out;
}
