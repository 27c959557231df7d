import type { Interval } from './intervals';
import { DAY_MS, MINUTE_MS, instantToWall, wallToInstant, wallWeekday } from './time-zones';

export const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type DayName = (typeof DAY_NAMES)[number];

/** Day index (0 = Sunday) for a Graph day name; case-insensitive; -1 when unknown. */
export function dayIndex(name: string): number {
  return (DAY_NAMES as readonly string[]).indexOf(name.toLowerCase());
}

/** Minutes since midnight for `HH:mm` or `HH:mm:ss(.fffffff)`; throws on anything else. */
export function parseTimeOfDay(text: string): number {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text.trim());
  if (m === null) throw new RangeError(`Not a time of day: "${text}"`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) throw new RangeError(`Not a time of day: "${text}"`);
  return h * 60 + min;
}

/**
 * The same local time window on chosen weekdays, expanded into UTC intervals covering
 * `[from, to)`. Each day is converted on its own, so DST changes move the UTC times correctly.
 * An end at or before the start means the window runs past midnight into the next day.
 */
export function expandDailyWindows(
  zone: string,
  days: ReadonlySet<number>,
  startMinute: number,
  endMinute: number,
  from: number,
  to: number,
): Interval[] {
  const out: Interval[] = [];
  if (days.size === 0 || to <= from) return out;
  const span = endMinute > startMinute ? endMinute - startMinute : endMinute + 1440 - startMinute;
  // One day of margin each side: a local day can start up to ~14 h away from the UTC day.
  const firstDay = Math.floor(instantToWall(zone, from) / DAY_MS) - 1;
  const lastDay = Math.floor(instantToWall(zone, to) / DAY_MS) + 1;
  for (let day = firstDay; day <= lastDay; day++) {
    const wallStart = day * DAY_MS + startMinute * MINUTE_MS;
    if (!days.has(wallWeekday(wallStart))) continue;
    const start = wallToInstant(zone, wallStart);
    const end = wallToInstant(zone, wallStart + span * MINUTE_MS);
    const s = start > from ? start : from;
    const e = end < to ? end : to;
    if (e > s) {
      const last = out[out.length - 1];
      if (last !== undefined && s <= last.end) last.end = e > last.end ? e : last.end;
      else out.push({ start: s, end: e });
    }
  }
  return out;
}
