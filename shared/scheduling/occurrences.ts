import { WEEK_MS, instantToWall, wallToInstant, MINUTE_MS } from './time-zones';

/**
 * Starts of a weekly series that keeps the organiser's local wall-clock time (as Outlook
 * recurrences do), so across a DST change the UTC instant moves and other zones may see a shift.
 */
export function occurrenceStarts(
  firstStart: number,
  organizerZone: string,
  cadenceWeeks: number,
  count: number,
): number[] {
  const wall = instantToWall(organizerZone, firstStart);
  const out: number[] = [firstStart];
  for (let k = 1; k < count; k++) out.push(wallToInstant(organizerZone, wall + k * cadenceWeeks * WEEK_MS));
  return out;
}

/**
 * Last instant whose free/busy the engine needs: the end of the final occurrence of the latest
 * possible first start, plus the buffer. The adapter compares it with the range it fetched to
 * decide whether a second getSchedule call is needed.
 */
export function requiredHorizon(args: {
  windowEnd: number;
  organizerZone: string;
  cadenceWeeks: number;
  occurrences: number;
  durationMinutes: number;
  bufferMinutes?: number | undefined;
}): number {
  const starts = occurrenceStarts(args.windowEnd, args.organizerZone, args.cadenceWeeks, args.occurrences);
  const last = starts[starts.length - 1] ?? args.windowEnd;
  return last + (args.durationMinutes + (args.bufferMinutes ?? 0)) * MINUTE_MS;
}
