import { describe, expect, it } from 'vitest';
import {
  currentMeeting,
  hasStarted,
  isOngoing,
  lastMeeting,
  meetingDates,
  meetingStanding,
  sortMeetings,
  upcomingMeeting,
} from '../../../shared/relationships/meeting-timeline';

const H = 3_600_000;
const now = Date.parse('2026-12-01T12:00:00Z');
const at = (offsetHours: number, held = false, id = `m${offsetHours}`) => ({
  id,
  start: new Date(now + offsetHours * H).toISOString(),
  end: new Date(now + (offsetHours + 0.5) * H).toISOString(),
  held,
});

describe('meeting timeline', () => {
  it('the upcoming meeting is the earliest one not held and not over', () => {
    const meetings = [at(48), at(24), at(-24, true), at(-48)];
    expect(upcomingMeeting(meetings, now)?.id).toBe('m24');
  });

  it('a meeting under way is still the upcoming one until it ends', () => {
    const ongoing = { ...at(-0.25), id: 'now' };
    expect(upcomingMeeting([at(24), ongoing], now)?.id).toBe('now');
    expect(isOngoing(ongoing, now)).toBe(true);
  });

  it('a meeting marked held is never upcoming, and one that ended unheld is "not recorded"', () => {
    expect(upcomingMeeting([at(-0.25, true)], now)).toBeUndefined();
    expect(meetingStanding(at(-24), now)).toBe('not-recorded');
    expect(meetingStanding(at(24), now)).toBe('upcoming');
    expect(meetingStanding(at(-24, true), now)).toBe('held');
  });

  it('"last met" is the latest held meeting that has started; a held future meeting never counts', () => {
    const meetings = [at(-72, true), at(-24, true), at(24, true, 'future-held'), at(-1)];
    expect(lastMeeting(meetings, now)?.id).toBe('m-24');
  });

  it('no meetings: no dates', () => {
    expect(meetingDates([], now)).toEqual({});
    expect(currentMeeting([], now)).toBeUndefined();
  });

  it('meetingDates gives lastMetAt from the held past and nextMeetingAt from the upcoming one', () => {
    const meetings = [at(-24, true), at(24), at(48)];
    expect(meetingDates(meetings, now)).toEqual({ lastMetAt: meetings[0]!.start, nextMeetingAt: meetings[1]!.start });
  });

  it('a meeting is started from its start instant on, not a millisecond before', () => {
    const m = at(1);
    expect(hasStarted(m, now + H - 1)).toBe(false);
    expect(hasStarted(m, now + H)).toBe(true);
  });

  it('the side panel picks a meeting within three hours either side, the nearest start first', () => {
    expect(currentMeeting([at(2.5), at(-3)], now)?.id).toBe('m2.5');
    // Ended two and a half hours ago (start −3h, end −2.5h) is still "this meeting" with nothing nearer.
    expect(currentMeeting([at(-3), at(30)], now)?.id).toBe('m-3');
  });

  it('the side panel falls back to the upcoming meeting when none is near', () => {
    expect(currentMeeting([at(-30, true), at(30), at(60)], now)?.id).toBe('m30');
  });

  it('sorts by start instant, not by string, whatever the offsets', () => {
    const a = { id: 'a', start: '2026-12-01T10:00:00+02:00', end: '2026-12-01T11:00:00+02:00', held: false };
    const b = { id: 'b', start: '2026-12-01T09:30:00Z', end: '2026-12-01T10:00:00Z', held: false };
    expect(sortMeetings([b, a]).map((m) => m.id)).toEqual(['a', 'b']);
  });
});
