import { ok, refuse, type Outcome } from '../errors/app-error';
import { isMember, type Members } from './member-rules';
import { hasStarted } from './meeting-timeline';
import type { Meeting } from './relationship-schemas';

/** A meeting as stored (the API adds its etag and the caller's own rating). */
export type MeetingRecord = Omit<Meeting, 'etag' | 'myRating'>;

export interface MeetingPatch {
  held?: boolean | undefined;
  rating?: number | undefined;
}

/** What a meeting patch comes to: the shared row (changed or not) and the caller's private rating. */
export interface MeetingChange<T> {
  meeting: T;
  heldChanged: boolean;
  rating?: number;
}

/** "Held" and a rating are accepted only once the meeting has started; un-marking is always fine. */
export function applyMeetingPatch<T extends MeetingRecord>(
  current: T,
  patch: MeetingPatch,
  context: { caller: string; members: Members; nowMs: number },
): Outcome<MeetingChange<T>> {
  if (!isMember(context.caller, context.members)) return refuse('forbidden', 'Only the two peers can change meetings');
  const started = hasStarted(current, context.nowMs);
  if (patch.held === true && !started) return refuse('conflict', 'This meeting has not started yet', 'held');
  if (patch.rating !== undefined) {
    if (!started) return refuse('conflict', 'This meeting has not started yet', 'rating');
    if (!Number.isInteger(patch.rating) || patch.rating < 1 || patch.rating > 5) {
      return refuse('invalid-input', 'A rating is a whole number from 1 to 5', 'rating');
    }
  }
  const heldChanged = patch.held !== undefined && patch.held !== current.held;
  const meeting: T = heldChanged ? { ...current, held: patch.held === true } : current;
  return ok({ meeting, heldChanged, ...(patch.rating !== undefined ? { rating: patch.rating } : {}) });
}

/** A meeting to record: its end after its start. */
export function newMeeting(
  input: { start: string; end: string; eventId?: string | undefined; iCalUId?: string | undefined },
  context: { caller: string; members: Members; id: string },
): Outcome<MeetingRecord> {
  if (!isMember(context.caller, context.members)) return refuse('forbidden', 'Only the two peers can record meetings');
  const start = Date.parse(input.start);
  const end = Date.parse(input.end);
  if (Number.isNaN(start)) return refuse('invalid-input', 'Expected an ISO date-time with an offset', 'start');
  if (Number.isNaN(end) || end <= start) return refuse('invalid-input', 'end must be after start', 'end');
  return ok({
    id: context.id,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    ...(input.eventId ? { eventId: input.eventId } : {}),
    ...(input.iCalUId ? { iCalUId: input.iCalUId } : {}),
    held: false,
  });
}
