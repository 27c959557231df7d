import { goalInfo, type Goal } from '../discovery/goals';
import { instantToWall, resolveTimeZone, windowsTimeZoneName } from './time-zones';
import { DAY_NAMES } from './working-hours';

import type { Format } from '../relationships/relationship-schemas';

export interface MeetingPlanInput {
  organizer: { displayName: string; timeZone: string };
  peer: { displayName: string };
  /** First occurrence, epoch ms. */
  start: number;
  end: number;
  cadenceWeeks: number;
  format: Format;
  goal: Goal;
  goalNote?: string;
  prompts: string[];
  openCommitments: Array<{ text: string; ownerName: string }>;
  /** Link back to the relationship in the tab. */
  link?: string;
}

/** What both the Outlook compose pane and the API's Graph event say about a peer 1:1 series. */
export interface MeetingPlan {
  subject: string;
  location: string;
  agendaHtml: string;
  /** Weekly, every `cadenceWeeks`, keeping the organiser's wall-clock time (as Outlook does). */
  recurrence: {
    intervalWeeks: number;
    dayOfWeek: (typeof DAY_NAMES)[number];
    /** Windows zone name (what Outlook and Graph recurrences carry). */
    timeZone: string;
    /** Local date and time of the first occurrence in that zone. */
    startDate: { year: number; month: number; day: number };
    startTime: { hour: number; minute: number };
    durationMinutes: number;
  };
}

export const formatLocations: Record<Format, string> = {
  video: 'Microsoft Teams meeting',
  coffee: 'Coffee (agree the place together)',
  walk: 'Walk-and-talk',
  meal: 'Lunch together',
};

/** Builds subject, agenda, location and recurrence for a peer 1:1 series. Pure: no clock, no I/O. */
export function planMeeting(input: MeetingPlanInput): MeetingPlan {
  const zone = resolveTimeZone(input.organizer.timeZone) ?? 'UTC';
  const wall = new Date(instantToWall(zone, input.start));
  const first = (name: string) => name.trim().split(/\s+/)[0] ?? name;
  return {
    subject: `Peer 1:1 · ${first(input.organizer.displayName)} & ${first(input.peer.displayName)}`,
    location: formatLocations[input.format],
    agendaHtml: agendaHtml(input),
    recurrence: {
      intervalWeeks: input.cadenceWeeks,
      dayOfWeek: DAY_NAMES[wall.getUTCDay()] ?? 'monday',
      timeZone: windowsTimeZoneName(zone) ?? 'UTC',
      startDate: { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() },
      startTime: { hour: wall.getUTCHours(), minute: wall.getUTCMinutes() },
      durationMinutes: Math.round((input.end - input.start) / 60_000),
    },
  };
}

function agendaHtml(input: MeetingPlanInput): string {
  const goal = goalInfo.find((g) => g.goal === input.goal);
  const parts: string[] = [
    `<h3>Peer 1:1 · ${escapeHtml(goal?.label ?? input.goal)}</h3>`,
    `<p>${escapeHtml(input.goalNote || goal?.description || '')}</p>`,
  ];
  if (input.prompts.length > 0) {
    parts.push('<p><strong>To talk about</strong></p>');
    parts.push(`<ul>${input.prompts.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`);
  }
  if (input.openCommitments.length > 0) {
    parts.push('<p><strong>Open commitments</strong></p>');
    parts.push(
      `<ul>${input.openCommitments.map((c) => `<li>${escapeHtml(c.text)} (${escapeHtml(c.ownerName)})</li>`).join('')}</ul>`,
    );
  }
  parts.push(
    `<p>Every ${input.cadenceWeeks} weeks.${input.link ? ` <a href="${escapeHtml(input.link)}">Open in Peer 1:1s</a>` : ''}</p>`,
  );
  return parts.join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
