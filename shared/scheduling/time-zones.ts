import { findIana, findWindows } from 'windows-iana';

/**
 * Time-zone arithmetic on epoch numbers. "Wall" values are the local date and time written as if
 * they were UTC epoch ms, so local days and hours are plain integer arithmetic.
 *
 * Offsets come from Intl (the runtime's tz database). Each zone's offsets are sampled once per
 * fixed block of time and cached; lookups afterwards are a map read and a short scan.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Cache block length. Sampling is daily inside a block; zones do not change offset twice a day. */
const BLOCK_MS = 32 * DAY_MS;

interface OffsetBlock {
  /** Offset (wall − UTC, ms) at the block start. */
  first: number;
  /** Instants where the offset changes inside the block, ascending, and the offset from then on. */
  at: number[];
  offsets: number[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const blocks = new Map<string, Map<number, OffsetBlock>>();
const resolved = new Map<string, string | null>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset asked straight from Intl; slow, used only to fill the cache. */
function sampleOffset(zone: string, instant: number): number {
  const parts = formatterFor(zone).formatToParts(instant);
  let y = 0,
    mo = 0,
    d = 0,
    h = 0,
    mi = 0,
    s = 0;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value);
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      case 'second':
        s = Number(p.value);
        break;
      default:
        break;
    }
  }
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return Date.UTC(y, mo - 1, d, h, mi, s) - wholeSecond;
}

function buildBlock(zone: string, key: number): OffsetBlock {
  const from = key * BLOCK_MS;
  const first = sampleOffset(zone, from);
  const at: number[] = [];
  const offsets: number[] = [];
  let prevT = from;
  let prevO = first;
  for (let t = from + DAY_MS; t <= from + BLOCK_MS; t += DAY_MS) {
    const o = sampleOffset(zone, t);
    if (o !== prevO) {
      // Binary search to the second where the offset changes.
      let lo = prevT;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (sampleOffset(zone, mid) === prevO) lo = mid;
        else hi = mid;
      }
      if (hi < from + BLOCK_MS) {
        at.push(hi);
        offsets.push(o);
      }
      prevO = o;
    }
    prevT = t;
  }
  return { first, at, offsets };
}

/** Offset of `zone` at `instant`, in ms (local wall time minus UTC). */
export function offsetAt(zone: string, instant: number): number {
  let zoneBlocks = blocks.get(zone);
  if (zoneBlocks === undefined) {
    zoneBlocks = new Map();
    blocks.set(zone, zoneBlocks);
  }
  const key = Math.floor(instant / BLOCK_MS);
  let block = zoneBlocks.get(key);
  if (block === undefined) {
    block = buildBlock(zone, key);
    zoneBlocks.set(key, block);
  }
  let o = block.first;
  for (let i = 0; i < block.at.length; i++) {
    if (block.at[i]! <= instant) o = block.offsets[i]!;
    else break;
  }
  return o;
}

/** Local wall time (as UTC-style epoch ms) of `instant` in `zone`. */
export function instantToWall(zone: string, instant: number): number {
  return instant + offsetAt(zone, instant);
}

/**
 * Instant at which `zone` shows the wall time `wall`. In a spring-forward gap the time is moved
 * forward by the gap (02:30 becomes 03:30); in a fall-back overlap the earlier instant wins.
 */
export function wallToInstant(zone: string, wall: number): number {
  const before = offsetAt(zone, wall - DAY_MS);
  const after = offsetAt(zone, wall + DAY_MS);
  const a = wall - before;
  if (before === after) return a;
  const b = wall - after;
  const aOk = offsetAt(zone, a) === before;
  const bOk = offsetAt(zone, b) === after;
  if (aOk && bOk) return a < b ? a : b;
  if (aOk) return a;
  if (bOk) return b;
  return a;
}

function isIanaZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    formatters.delete(name);
    return false;
  }
}

/**
 * IANA name for a Windows or IANA time-zone name (Graph returns Windows names in working hours),
 * or null when neither table knows it.
 */
export function resolveTimeZone(name: string): string | null {
  const cached = resolved.get(name);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  const trimmed = name.trim();
  if (trimmed.length > 0) {
    // Windows names first: "UTC" and a few others are valid in both vocabularies anyway.
    const fromWindows = findIana(trimmed).find(isIanaZone);
    if (fromWindows !== undefined) result = fromWindows;
    else if (trimmed.includes('/') || trimmed === 'UTC') result = isIanaZone(trimmed) ? trimmed : null;
  }
  resolved.set(name, result);
  return result;
}

/** 0 = Sunday … 6 = Saturday for a wall time. 1970-01-01 was a Thursday. */
export function wallWeekday(wall: number): number {
  return (((Math.floor(wall / DAY_MS) + 4) % 7) + 7) % 7;
}

/** Minutes since local midnight for a wall time. */
export function wallMinuteOfDay(wall: number): number {
  return Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

/** `YYYY-MM-DDTHH:mm` for a wall time (formatting happens only at the edges). */
export function formatWall(wall: number): string {
  return new Date(wall).toISOString().slice(0, 16);
}

/** A readable place for a zone: "America/New_York" → "New York". */
export function zonePlace(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}

/**
 * Windows name for an IANA zone (Outlook recurrences and Graph events want them), or null when the
 * mapping has none.
 */
export function windowsTimeZoneName(zone: string): string | null {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  return findWindows(zone)[0] ?? null;
}
