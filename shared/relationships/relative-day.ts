import { DAY_MS, instantToWall } from '../scheduling/time-zones';

/**
 * How far a day is from today, counted in calendar days of one IANA zone (the viewer's), so
 * 23:30 → 00:30 is "tomorrow" and a DST change never turns a day into 0 or 2. The add-in turns
 * the value into words; nothing here is English.
 */
export type RelativeDay =
  | { kind: 'today'; days: 0 }
  | { kind: 'tomorrow'; days: 1 }
  | { kind: 'yesterday'; days: -1 }
  | { kind: 'in-days'; days: number }
  | { kind: 'days-ago'; days: number };

/** Local calendar-day number of an instant in `zone` (days since 1970-01-01 there). */
export function localDayNumber(instantMs: number, zone: string): number {
  return Math.floor(instantToWall(zone, instantMs) / DAY_MS);
}

/** `YYYY-MM-DD` of an instant in `zone`. */
export function localDate(instantMs: number, zone: string): string {
  return new Date(localDayNumber(instantMs, zone) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Calendar days from now's local date to the target's. `days` is signed (negative in the past),
 * so it can go straight to `Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day')`.
 */
export function relativeDay(targetMs: number, nowMs: number, zone: string): RelativeDay {
  const diff = localDayNumber(targetMs, zone) - localDayNumber(nowMs, zone);
  if (diff === 0) return { kind: 'today', days: 0 };
  if (diff === 1) return { kind: 'tomorrow', days: 1 };
  if (diff === -1) return { kind: 'yesterday', days: -1 };
  return diff > 1 ? { kind: 'in-days', days: diff } : { kind: 'days-ago', days: diff };
}
