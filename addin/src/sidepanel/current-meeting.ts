import type { Meeting } from '../../../shared/relationships/relationship-schemas';

const HOUR = 3_600_000;

/**
 * The meeting the side panel is for: one happening now (or within a few hours either side), else
 * the next upcoming one, else none.
 */
export function currentMeeting(meetings: Meeting[], now: number): Meeting | undefined {
  const near = meetings
    .filter((m) => Date.parse(m.start) - 3 * HOUR <= now && now <= Date.parse(m.end) + 3 * HOUR)
    .sort((a, b) => Math.abs(Date.parse(a.start) - now) - Math.abs(Date.parse(b.start) - now))[0];
  if (near) return near;
  return meetings.filter((m) => Date.parse(m.start) > now).sort((a, b) => a.start.localeCompare(b.start))[0];
}
