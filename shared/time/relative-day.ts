import { intlLocale, toEpoch, type InstantInput } from './format-times';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A distance in time as Intl.RelativeTimeFormat takes it: negative is the past. */
export interface RelativeTime {
  value: number;
  unit: 'minute' | 'hour' | 'day';
}

/** Calendar days from `now` to `target` in the user's zone: 0 today, 1 tomorrow, -1 yesterday. */
export function relativeDay(target: InstantInput, now: InstantInput, zone: string): RelativeTime {
  const day = (instant: number) => dayNumber(zone, instant);
  return { value: day(toEpoch(target)) - day(toEpoch(now)), unit: 'day' };
}

const dayParts = new Map<string, Intl.DateTimeFormat>();

/**
 * Days since 1970-01-01 of the calendar date `zone` shows at `instant`. Read from Intl directly:
 * the scheduling zone tables would bring the Windows zone names into every page.
 */
function dayNumber(zone: string, instant: number): number {
  let format = dayParts.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dayParts.set(zone, format);
  }
  const part = (type: string) => Number(format.formatToParts(instant).find((p) => p.type === type)?.value);
  return Math.round(Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS);
}

/**
 * For a meeting: under a day away it reads in hours ("in 2 hours"), under an hour in minutes,
 * else in calendar days of the user's zone ("tomorrow", "in 3 days").
 */
export function relativeMeetingTime(target: InstantInput, now: InstantInput, zone: string): RelativeTime {
  const distance = toEpoch(target) - toEpoch(now);
  const size = Math.abs(distance);
  const sign = distance < 0 ? -1 : 1;
  if (size < HOUR_MS) return { value: sign * Math.max(1, Math.round(size / MINUTE_MS)), unit: 'minute' };
  if (size < DAY_MS) return { value: sign * Math.round(size / HOUR_MS), unit: 'hour' };
  return relativeDay(target, now, zone);
}

const formatters = new Map<string, Intl.RelativeTimeFormat>();

/** "today", "tomorrow", "in 3 days", "in 2 hours" (numeric: 'auto' picks the words). */
export function formatRelative(relative: RelativeTime, locale: string): string {
  const tag = intlLocale(locale);
  let format = formatters.get(tag);
  if (!format) {
    format = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
    formatters.set(tag, format);
  }
  return format.format(relative.value, relative.unit);
}
