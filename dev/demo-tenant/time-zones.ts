import { findIana } from 'windows-iana';

// Time zone arithmetic on epoch milliseconds, with Intl as the only source of offsets.

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const resolved = new Map<string, string | undefined>();

function formatterFor(iana: string): Intl.DateTimeFormat {
  let f = formatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(iana, f);
  }
  return f;
}

function isIana(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Maps a Windows name, IANA name or "UTC" to an IANA name; undefined when unknown. */
export function resolveTimeZone(name: string): string | undefined {
  if (resolved.has(name)) return resolved.get(name);
  let out: string | undefined;
  const trimmed = name.trim();
  if (/^(utc|gmt|z)$/i.test(trimmed)) out = 'UTC';
  else {
    const fromWindows = findIana(trimmed)[0];
    if (fromWindows) out = fromWindows;
    else if (isIana(trimmed)) out = trimmed;
  }
  resolved.set(name, out);
  return out;
}

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function instantToLocal(iana: string, ms: number): WallClock {
  const parts = formatterFor(iana).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Offset of the zone from UTC at instant ms (local minus UTC). */
export function zoneOffsetMs(iana: string, ms: number): number {
  if (iana === 'UTC') return 0;
  const l = instantToLocal(iana, ms);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The instant at which the zone's clocks show the given wall-clock time. Like Outlook, a time
 * skipped by a spring-forward gap moves forward by the gap, and a time repeated at fall-back
 * takes its earlier instant.
 */
export function localToInstant(iana: string, w: WallClock): number {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  if (iana === 'UTC') return naive;
  // Offsets a day either side; zones never change offset twice within two days.
  const before = zoneOffsetMs(iana, naive - DAY_MS);
  const after = zoneOffsetMs(iana, naive + DAY_MS);
  if (before === after) return naive - before;
  const shows = (ms: number): boolean => {
    const l = instantToLocal(iana, ms);
    return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) === naive;
  };
  const valid = [naive - before, naive - after].filter(shows);
  if (valid.length > 0) return Math.min(...valid);
  return naive - before;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Graph's dateTimeTimeZone.dateTime text: local wall clock with seven fractional digits. */
export function formatGraphDateTime(ms: number, iana: string): string {
  const l = iana === 'UTC' ? utcWallClock(ms) : instantToLocal(iana, ms);
  return `${l.year}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}.0000000`;
}

function utcWallClock(ms: number): WallClock {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
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
  const l = iana === 'UTC' ? utcWallClock(ms) : instantToLocal(iana, ms);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${l.year}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
