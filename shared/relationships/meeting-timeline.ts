import { HOUR_MS } from '../scheduling/time-zones';
import type { Meeting } from './relationship-schemas';

/**
 * The one definition of where a relationship's meetings stand at a given instant. Every caller
 * (the dates stored on the relationship, guidance prompts, the tab's timeline, the side panel)
 * asks these functions instead of filtering meetings itself.
 */

/** The fields the timeline reads; stored rows and API items both fit. */
export type TimelineMeeting = Pick<Meeting, 'start' | 'end' | 'held'>;

/** How far around a meeting the side panel still treats it as "this meeting". */
export const NEAR_MEETING_MS = 3 * HOUR_MS;

const startOf = (m: TimelineMeeting) => Date.parse(m.start);
const endOf = (m: TimelineMeeting) => Date.parse(m.end);

/** A meeting has started once its start is not after now; only then can it be held or rated. */
export function hasStarted(meeting: TimelineMeeting, nowMs: number): boolean {
  return startOf(meeting) <= nowMs;
}

/** Under way right now: started and not yet over. */
export function isOngoing(meeting: TimelineMeeting, nowMs: number): boolean {
  return startOf(meeting) <= nowMs && nowMs < endOf(meeting);
}

/** Oldest first; equal starts keep their given order. */
/** Meetings marked held: how far a relationship has come (the prompts' stage follows it). */
export function countHeldMeetings(meetings: readonly Pick<TimelineMeeting, 'held'>[]): number {
  return meetings.filter((m) => m.held).length;
}

export function sortMeetings<T extends TimelineMeeting>(meetings: readonly T[]): T[] {
  return [...meetings].sort((a, b) => startOf(a) - startOf(b));
}

/**
 * The upcoming meeting (also "the next meeting"): the earliest one not recorded as held that is
 * not over yet, so a meeting under way is still the upcoming one until it ends.
 */
export function upcomingMeeting<T extends TimelineMeeting>(meetings: readonly T[], nowMs: number): T | undefined {
  let best: T | undefined;
  for (const m of meetings) {
    if (m.held || endOf(m) < nowMs) continue;
    if (!best || startOf(m) < startOf(best)) best = m;
  }
  return best;
}

/** "Last met": the latest meeting recorded as held that has started (a future one never counts). */
export function lastMeeting<T extends TimelineMeeting>(meetings: readonly T[], nowMs: number): T | undefined {
  let best: T | undefined;
  for (const m of meetings) {
    if (!m.held || !hasStarted(m, nowMs)) continue;
    if (!best || startOf(m) > startOf(best)) best = m;
  }
  return best;
}

/**
 * The meeting the side panel is for: one happening now or within a few hours either side (the
 * nearest start wins), else the upcoming one, else none.
 */
export function currentMeeting<T extends TimelineMeeting>(meetings: readonly T[], nowMs: number): T | undefined {
  let near: T | undefined;
  for (const m of meetings) {
    if (startOf(m) - NEAR_MEETING_MS > nowMs || nowMs > endOf(m) + NEAR_MEETING_MS) continue;
    if (!near || Math.abs(startOf(m) - nowMs) < Math.abs(startOf(near) - nowMs)) near = m;
  }
  return near ?? upcomingMeeting(meetings, nowMs);
}

/** What the tab's timeline says about one meeting. */
export type MeetingStanding = 'held' | 'upcoming' | 'not-recorded';

export function meetingStanding(meeting: TimelineMeeting, nowMs: number): MeetingStanding {
  if (meeting.held) return 'held';
  return endOf(meeting) >= nowMs ? 'upcoming' : 'not-recorded';
}

/** The dates stored on the relationship (and its membership rows), derived from its meetings. */
export function meetingDates(
  meetings: readonly TimelineMeeting[],
  nowMs: number,
): { lastMetAt?: string; nextMeetingAt?: string } {
  const last = lastMeeting(meetings, nowMs);
  const next = upcomingMeeting(meetings, nowMs);
  return { ...(last ? { lastMetAt: last.start } : {}), ...(next ? { nextMeetingAt: next.start } : {}) };
}
