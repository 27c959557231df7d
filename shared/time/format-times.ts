/**
 * Dates, times and ranges as people read them: Intl in a given locale (which decides 12 h or
 * 24 h) and IANA zone. Pure: the caller passes the instant, the locale and the zone.
 */

/** Where and for whom a time is shown. */
export interface TimeView {
  /** BCP 47 tag, e.g. 'en-US', 'de-DE', 'qps-ploc'. */
  locale: string;
  /** IANA zone, e.g. 'Europe/London'. */
  zone: string;
}

/** Instants are epoch ms, Dates, or ISO strings (as the API sends them). */
export type InstantInput = number | Date | string;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Pseudo and unknown locales fall back to English data while keeping their own tag elsewhere. */
export function intlLocale(locale: string): string {
  if (locale === 'qps-ploc') return 'en-US';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-US';
  } catch {
    return 'en-US';
  }
}

const clocks = new Map<string, Intl.DateTimeFormatOptions>();

/** 24-hour locales write "09:00", 12-hour ones "9:00 AM" (never "03:15 PM"). */
function timeOptions(locale: string): Intl.DateTimeFormatOptions {
  const tag = intlLocale(locale);
  let options = clocks.get(tag);
  if (!options) {
    const cycle = new Intl.DateTimeFormat(tag, { hour: 'numeric' }).resolvedOptions().hourCycle;
    const twentyFour = cycle === 'h23' || cycle === 'h24';
    options = { hour: twentyFour ? '2-digit' : 'numeric', minute: '2-digit' };
    clocks.set(tag, options);
  }
  return options;
}

function formatter(view: TimeView, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Formatters are costly to build and the option sets here are few: cache them by key.
  const key = `${view.locale}|${view.zone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(view.locale), { ...options, timeZone: view.zone });
    formatters.set(key, found);
  }
  return found;
}

export function toEpoch(input: InstantInput): number {
  const ms = typeof input === 'number' ? input : typeof input === 'string' ? Date.parse(input) : input.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${String(input)}`);
  return ms;
}

const DATE: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };

/** Calendar year of an instant in the view's zone. */
function yearIn(view: TimeView, instant: number): string {
  return formatter(view, { year: 'numeric' }).format(instant);
}

/** "10:15" (en-GB, de-DE, ja-JP) or "10:15 AM" (en-US). */
export function formatTime(instant: InstantInput, view: TimeView): string {
  return formatter(view, timeOptions(view.locale)).format(toEpoch(instant));
}

/**
 * "Tue, Dec 9" / "Tue 9 Dec"; the year is added when it differs from `now`'s year (in the zone),
 * so "due 2026-12-09" becomes a date people read at a glance.
 */
export function formatDate(instant: InstantInput, view: TimeView, now?: InstantInput): string {
  const at = toEpoch(instant);
  const withYear = now !== undefined && yearIn(view, at) !== yearIn(view, toEpoch(now));
  return formatter(view, withYear ? { ...DATE, year: 'numeric' } : DATE).format(at);
}

/** Date and time: "Tue, Dec 9, 3:15 PM" / "Di., 9. Dez., 15:15". */
export function formatDateTime(instant: InstantInput, view: TimeView, now?: InstantInput): string {
  const at = toEpoch(instant);
  const withYear = now !== undefined && yearIn(view, at) !== yearIn(view, toEpoch(now));
  return formatter(view, { ...DATE, ...timeOptions(view.locale), ...(withYear ? { year: 'numeric' } : {}) }).format(at);
}

/** A time of day given as "HH:mm" (working hours, not an instant), on the locale's clock: "8:00 AM" / "08:00". */
export function formatTimeOfDay(hhmm: string, locale: string): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return formatTime(Date.UTC(2000, 0, 3, hours, minutes), { locale, zone: 'UTC' });
}

/** "10:15–10:45" / "10:15 – 10:45 AM"; across midnight the dates are included by Intl itself. */
export function formatTimeRange(start: InstantInput, end: InstantInput, view: TimeView): string {
  const from = toEpoch(start);
  const to = toEpoch(end);
  if (to < from) throw new RangeError('A range ends after it starts');
  const sameDay = formatDate(from, view) === formatDate(to, view);
  return formatter(view, sameDay ? timeOptions(view.locale) : { ...DATE, ...timeOptions(view.locale) }).formatRange(
    from,
    to,
  );
}

/** Short weekday of an instant in the view's zone: "Tue", "Di.", "火". */
export function formatWeekday(instant: InstantInput, view: TimeView): string {
  return formatter(view, { weekday: 'short' }).format(toEpoch(instant));
}

/** "Los Angeles" for America/Los_Angeles: the place people recognise, from the zone's name. */
export function zonePlace(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}
