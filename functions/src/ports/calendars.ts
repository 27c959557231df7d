import type { BusyInterval, WorkingHours } from '../../../shared/scheduling/slot-finder-input';
import type { Caller } from '../auth/caller';

/** One person's free/busy over a range: blocking intervals and working hours, never subjects. */
export interface FreeBusy {
  busy: BusyInterval[];
  workingHours: WorkingHours | null;
}

export interface FreeBusyRequest {
  /** Mail addresses (Graph's schedule ids), the caller's own included. */
  schedules: string[];
  /** Epoch ms ranges to cover; each is fetched separately when they are far apart. */
  ranges: Array<{ start: number; end: number }>;
  intervalMinutes: number;
}

export interface FreeBusyResult {
  /** By lower-cased mail; a schedule Graph could not resolve is in `unknown`. */
  people: Map<string, FreeBusy>;
  unknown: string[];
  /** Graph requests made, reported by the benchmark. */
  graphRequests: number;
}

export interface Calendars {
  freeBusy(caller: Caller, request: FreeBusyRequest): Promise<FreeBusyResult>;
}
