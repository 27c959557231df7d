import type { WorkingHours } from '../scheduling/slot-finder-input';
import {
  DAY_MS,
  MINUTE_MS,
  instantToWall,
  resolveTimeZone,
  wallToInstant,
  wallWeekday,
} from '../scheduling/time-zones';
import { dayIndex, expandDailyWindows, parseTimeOfDay } from '../scheduling/working-hours';

/** One person's working week in their own zone: when reminders may reach them. */
export interface WorkingCalendar {
  zone: string;
  days: ReadonlySet<number>;
  startMinute: number;
  endMinute: number;
}

/** Used when a person's mailbox reports no usable working hours. */
export const DEFAULT_CALENDAR: WorkingCalendar = {
  zone: 'UTC',
  days: new Set([1, 2, 3, 4, 5]),
  startMinute: 9 * 60,
  endMinute: 17 * 60,
};

/** Graph's working hours → a calendar; anything unreadable falls back to Mon–Fri 09:00–17:00. */
export function workingCalendarOf(hours: WorkingHours | null, fallbackZone = 'UTC'): WorkingCalendar {
  const fallback = { ...DEFAULT_CALENDAR, zone: resolveTimeZone(fallbackZone) ?? 'UTC' };
  if (hours === null) return fallback;
  const zone = resolveTimeZone(hours.timeZone) ?? fallback.zone;
  const days = new Set(hours.daysOfWeek.map(dayIndex).filter((d) => d >= 0));
  try {
    const startMinute = parseTimeOfDay(hours.startTime);
    const endMinute = parseTimeOfDay(hours.endTime);
    if (days.size === 0 || startMinute === endMinute) return { ...fallback, zone };
    return { zone, days, startMinute, endMinute };
  } catch {
    return { ...fallback, zone };
  }
}

/** Working windows (UTC ms) overlapping [from, to). */
function windows(cal: WorkingCalendar, from: number, to: number) {
  return expandDailyWindows(cal.zone, cal.days, cal.startMinute, cal.endMinute, from, to);
}

export function isWorkingMoment(cal: WorkingCalendar, instant: number): boolean {
  return windows(cal, instant, instant + 1).length > 0;
}

/** `instant` itself when inside working hours, else the start of the next working window. */
export function nextWorkingMoment(cal: WorkingCalendar, instant: number): number {
  // Two weeks bound the search: a calendar always has at least one working day a week.
  const found = windows(cal, instant, instant + 14 * DAY_MS)[0];
  return found === undefined ? instant : found.start;
}

/** The start of the recipient's working hours on the last working day before `instant`'s local date. */
export function workingMorningBefore(cal: WorkingCalendar, instant: number): number {
  const localDay = Math.floor(instantToWall(cal.zone, instant) / DAY_MS);
  for (let day = localDay - 1; day >= localDay - 14; day--) {
    const wallStart = day * DAY_MS + cal.startMinute * MINUTE_MS;
    if (cal.days.has(wallWeekday(wallStart))) return wallToInstant(cal.zone, wallStart);
  }
  return instant - DAY_MS;
}

/** `YYYY-MM-DD` of `instant` in the person's zone: "one a day" counts their days, not UTC's. */
export function localDate(cal: WorkingCalendar, instant: number): string {
  return new Date(instantToWall(cal.zone, instant)).toISOString().slice(0, 10);
}
