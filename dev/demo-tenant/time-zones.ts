import {
  instantToWall,
  offsetAt,
  resolveTimeZone as resolveIana,
  wallToInstant,
} from '../../shared/scheduling/time-zones';

// The simulator's view of time zones: Graph's dateTime texts and wall-clock structs, computed by the
// product's own zone arithmetic in ./shared so both sides agree on every DST edge.

/** Maps a Windows name, IANA name or "UTC" to an IANA name; undefined when unknown. */
export function resolveTimeZone(name: string): string | undefined {
  if (/^(utc|gmt|z)$/i.test(name.trim())) return 'UTC';
  return resolveIana(name) ?? undefined;
}

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockOf(wall: number): WallClock {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

export function instantToLocal(iana: string, ms: number): WallClock {
  return wallClockOf(instantToWall(iana, ms));
}

/** Offset of the zone from UTC at instant ms (local minus UTC). */
export function zoneOffsetMs(iana: string, ms: number): number {
  return offsetAt(iana, ms);
}

/**
 * The instant at which the zone's clocks show the given wall-clock time. Like Outlook, a time
 * skipped by a spring-forward gap moves forward by the gap, and a time repeated at fall-back
 * takes its earlier instant.
 */
export function localToInstant(iana: string, w: WallClock): number {
  return wallToInstant(iana, Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Graph's dateTimeTimeZone.dateTime text: local wall clock with seven fractional digits. */
export function formatGraphDateTime(ms: number, iana: string): string {
  const l = instantToLocal(iana, ms);
  return `${l.year}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}.0000000`;
}

/** Parses Graph's {dateTime, timeZone}; an explicit offset in dateTime wins over timeZone. */
export function parseGraphDateTime(dateTime: string, iana: string): number | undefined {
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(dateTime)) {
    const ms = Date.parse(dateTime);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(dateTime);
  if (!m) return undefined;
  return localToInstant(iana, {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  });
}

/** ISO 8601 with the zone's offset, e.g. 2026-03-09T09:00:00-04:00. */
export function formatIsoWithOffset(ms: number, iana: string): string {
  const off = Math.round(zoneOffsetMs(iana, ms) / 60000);
  const l = instantToLocal(iana, ms);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${l.year}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
