import { intersectIntervals } from './intervals';
import type { WorkingHours } from './slot-finder-input';
import { DAY_MS, MINUTE_MS, instantToWall, resolveTimeZone, wallWeekday } from './time-zones';
import { dayIndex, expandDailyWindows, parseTimeOfDay } from './working-hours';

/** How two people's working hours meet, on the days both work. */
export interface WorkingHoursOverlap {
  /** The longest stretch both work at the same time on any one day, in minutes (0 = never). */
  dailyMinutes: number;
  /** Weekdays (0 = Sunday, in the first person's zone) on which their hours overlap. */
  days: number[];
}

/** Two weeks from the reference instant: every weekday twice, so a DST change in one week is not the only sample. */
const SPAN_DAYS = 14;

/** A person's hours as UTC intervals from `from` for `SPAN_DAYS`, in their own zone (null if unreadable). */
function hoursAsIntervals(hours: WorkingHours, from: number) {
  const zone = resolveTimeZone(hours.timeZone);
  if (zone === null) return null;
  try {
    const days = new Set(hours.daysOfWeek.map(dayIndex).filter((d) => d >= 0));
    const start = parseTimeOfDay(hours.startTime);
    const end = parseTimeOfDay(hours.endTime);
    return { zone, intervals: expandDailyWindows(zone, days, start, end, from, from + SPAN_DAYS * DAY_MS) };
  } catch {
    return null; // a time of day Graph should never send: treat the hours as unknown
  }
}

/**
 * The daily overlap of two people's working hours, each in their own time zone, over the two weeks
 * from `from` (epoch ms). Each day is converted on its own, so DST and weekday shifts across zones
 * (a Tokyo Monday morning is a Los Angeles Sunday) count correctly. Null when either person's hours
 * cannot be read: unknown is not the same as "never".
 */
export function workingHoursOverlap(a: WorkingHours, b: WorkingHours, from: number): WorkingHoursOverlap | null {
  const first = hoursAsIntervals(a, from);
  const second = hoursAsIntervals(b, from);
  if (first === null || second === null) return null;
  const perDay = new Map<number, number>();
  for (const shared of intersectIntervals(first.intervals, second.intervals)) {
    const day = Math.floor(instantToWall(first.zone, shared.start) / DAY_MS);
    perDay.set(day, (perDay.get(day) ?? 0) + (shared.end - shared.start) / MINUTE_MS);
  }
  let dailyMinutes = 0;
  const days = new Set<number>();
  for (const [day, minutes] of perDay) {
    if (minutes > dailyMinutes) dailyMinutes = minutes;
    days.add(wallWeekday(day * DAY_MS));
  }
  return { dailyMinutes: Math.round(dailyMinutes), days: [...days].sort((x, y) => x - y) };
}
