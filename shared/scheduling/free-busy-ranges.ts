import { occurrenceStarts } from './occurrences';
import { HOUR_MS, MINUTE_MS } from './time-zones';

export interface Range {
  start: number;
  end: number;
}

/**
 * The free/busy ranges a recurring search needs: occurrence k of any candidate falls in the search
 * window shifted by k cadences (give or take a DST hour). Far-apart ranges are fetched separately,
 * and close ones share a fetch, each fetch at most `maxSpanMs` long (getSchedule's limit).
 */
export function freeBusyRanges(args: {
  windowStart: number;
  windowEnd: number;
  organizerZone: string;
  cadenceWeeks: number;
  occurrences: number;
  durationMinutes: number;
  bufferMinutes?: number | undefined;
  maxSpanMs: number;
}): Range[] {
  const pad = (args.durationMinutes + (args.bufferMinutes ?? 0)) * MINUTE_MS + HOUR_MS;
  const firsts = occurrenceStarts(args.windowStart, args.organizerZone, args.cadenceWeeks, args.occurrences);
  const lasts = occurrenceStarts(args.windowEnd, args.organizerZone, args.cadenceWeeks, args.occurrences);
  const needed = firsts
    .map((start, k) => ({ start: start - pad, end: (lasts[k] ?? start) + pad }))
    .sort((a, b) => a.start - b.start);

  // Merge overlapping ranges, then pack neighbours into fetches no longer than the limit.
  const fetches: Range[] = [];
  for (const range of needed) {
    const last = fetches[fetches.length - 1];
    if (last && range.end - last.start <= args.maxSpanMs) {
      last.end = Math.max(last.end, range.end);
      continue;
    }
    for (let start = range.start; start < range.end; start += args.maxSpanMs) {
      fetches.push({ start, end: Math.min(range.end, start + args.maxSpanMs) });
    }
  }
  return fetches;
}
