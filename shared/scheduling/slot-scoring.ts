import type { Interval } from './intervals';
import { MINUTE_MS } from './time-zones';

/** Comfortable local meeting time: mid-morning to mid-afternoon. */
export const COMFORT_START_MINUTE = 10 * 60;
export const COMFORT_END_MINUTE = 15 * 60;
/** Minutes outside the comfortable band at which comfort reaches zero. */
const COMFORT_FALLOFF_MINUTES = 180;
/** Clear time around a meeting that earns the full buffer bonus. */
export const GOOD_GAP_MINUTES = 30;

/** 1 inside the comfortable band, falling linearly to 0 three hours outside it. */
export function comfortOf(localStartMinute: number, localEndMinute: number): number {
  const outside =
    Math.max(0, COMFORT_START_MINUTE - localStartMinute) + Math.max(0, localEndMinute - COMFORT_END_MINUTE);
  return Math.max(0, 1 - outside / COMFORT_FALLOFF_MINUTES);
}

/**
 * Smaller of the free minutes before `start` and after `end` in a merged list of occupied time,
 * capped at GOOD_GAP_MINUTES (binary search for the neighbours).
 */
export function gapAround(occupied: readonly Interval[], start: number, end: number): number {
  const cap = GOOD_GAP_MINUTES * MINUTE_MS;
  let lo = 0;
  let hi = occupied.length;
  // First interval whose end is after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (occupied[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const prev = occupied[lo - 1];
  const next = occupied[lo];
  const before = prev === undefined ? cap : Math.min(cap, start - prev.end);
  let after = cap;
  if (next !== undefined) after = next.start >= end ? Math.min(cap, next.start - end) : 0;
  return Math.max(0, Math.min(before, after)) / MINUTE_MS;
}

export interface ScoreParts {
  /** 0.7 × the least comfortable person + 0.3 × the average, over all occurrences. */
  comfort: number;
  insideAllWorkingHours: boolean;
  tentative: boolean;
  /** Smallest clear minutes next to other meetings, capped. */
  minGapMinutes: number;
}

/** Score out of 100; weights favour comfort for both sides, then a clear calendar, then buffers. */
export function scoreOf(parts: ScoreParts): number {
  const raw =
    50 * parts.comfort +
    15 * (parts.insideAllWorkingHours ? 1 : 0) +
    20 * (parts.tentative ? 0 : 1) +
    15 * (Math.min(parts.minGapMinutes, GOOD_GAP_MINUTES) / GOOD_GAP_MINUTES);
  return Math.round(raw * 10) / 10;
}
